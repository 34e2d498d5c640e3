package org.glassbox.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;
import org.junit.jupiter.api.Test;

class ProcessMiningTest {
    private static final long H = 3_600_000L;

    /** Rows of (case, activity, hour, resource or null), in file order. */
    static EventLog log(Object[][] rows) {
        EventStore.Builder b = EventStore.builder();
        for (Object[] r : rows) {
            b.add(null, (String) r[1], ((Number) r[2]).longValue() * H, Precision.INSTANT);
            b.caseId((String) r[0]);
            if (r[3] != null) {
                b.actor((String) r[3], Role.INITIATOR);
            }
            b.attribute("n", ((Number) r[2]).longValue());
        }
        EventStore s = b.build();
        AttributeColumn.Builder dept = new AttributeColumn.Builder("dept", AttributeColumn.Kind.STRING);
        for (int c = 0; c < s.caseIds().size(); c++) {
            dept.setString(c, c % 2 == 0 ? "even" : "odd");
        }
        return new EventLog("t", s, Map.of("dept", dept.build(s.caseIds().size())), null, Map.of(), Map.of(), List.of());
    }

    static final Object[][] ROWS = {
            {"c1", "a", 0, "R1"}, {"c1", "b", 1, "R2"}, {"c1", "c", 3, "R1"},
            {"c2", "a", 0, "R2"}, {"c2", "c", 2, null}, {"c2", "b", 2, "R2"}, // tie: c before b (file order)
            {"c3", "b", 5, "R3"}, {"c3", "a", 4, "R3"}, // unsorted in file
    };

    @Test
    void dfgWithTiesAndUnsortedCases() {
        CaseView v = ProcessMining.caseView(log(ROWS));
        DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(v, SequenceOrder.TIME);
        assertThat(g.edges()).extracting(e -> e.source() + e.target() + e.count())
                .containsExactly("ab2", "ac1", "bc1", "cb1");
        DfgEdge ab = g.edge("a", "b");
        assertThat(ab.performance()).isEqualTo(new EdgePerformance(3600.0, 3600.0, 3600.0, 3600.0, 7200.0, 0.0));
        assertThat(g.edge("c", "b").performance().mean()).isZero();
        assertThat(g.startActivities()).isEqualTo(Map.of("a", 3L));
        assertThat(g.endActivities()).isEqualTo(Map.of("c", 1L, "b", 2L));
        DirectlyFollowsGraph file = ProcessMining.discoverDfg(v, SequenceOrder.FILE);
        assertThat(file.startActivities()).isEqualTo(Map.of("a", 2L, "b", 1L));
        assertThat(file.edges()).extracting(DfgEdge::count).containsExactly(2L, 1L, 1L, 1L);
        assertThat(g.cases()).isEqualTo(3);
        assertThat(g.events()).isEqualTo(8);
    }

    @Test
    void medianOfEvenCountIsMeanOfMiddleValues() {
        EdgePerformance p = Durations.summarise(new long[] {4000, 1000, 3000, 10000}, 0, 4);
        assertThat(p.median()).isEqualTo(3.5);
        assertThat(p.mean()).isEqualTo(4.5);
        assertThat(p.stdev()).isCloseTo(Math.sqrt((12.25 + 1.5 * 1.5 + 0.25 + 5.5 * 5.5) / 3), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Durations.summarise(new long[] {5}, 0, 1).stdev()).isNaN();
    }

    @Test
    void variantsAndNetworks() {
        CaseView v = ProcessMining.caseView(log(ROWS));
        assertThat(ProcessMining.variants(v, SequenceOrder.TIME)).extracting(Variant::key, Variant::cases)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a,b", 1L), org.assertj.core.groups.Tuple.tuple("a,b,c", 1L),
                        org.assertj.core.groups.Tuple.tuple("a,c,b", 1L));
        ResourceNetwork how = ProcessMining.handoverOfWork(v, SequenceOrder.TIME, MissingResource.AS_NODE);
        // pairs: R1R2 R2R1 | R2 __missing__, __missing__ R2 | R3R3
        assertThat(how.denominator()).isEqualTo(5);
        assertThat(how.edge("R1", "R2").value()).isEqualTo(0.2);
        assertThat(how.edge("R3", "R3").count()).isEqualTo(1);
        assertThat(how.resources()).containsExactly("R1", "R2", "R3", ProcessMining.MISSING_RESOURCE);
        ResourceNetwork skip = ProcessMining.handoverOfWork(v, SequenceOrder.TIME, MissingResource.SKIP);
        assertThat(skip.denominator()).isEqualTo(3);
        assertThat(skip.edge("R2", ProcessMining.MISSING_RESOURCE)).isNull();
        ResourceNetwork wt = ProcessMining.workingTogether(v, MissingResource.SKIP);
        assertThat(wt.edges()).extracting(e -> e.source() + e.target() + e.count()).containsExactly("R1R21", "R2R11");
        assertThat(wt.edge("R1", "R2").value()).isEqualTo(1.0 / 8);
    }

    @Test
    void filtersKeepWholeCasesOrEvents() {
        EventLog log = log(ROWS);
        EventLog window = ProcessMining.filterTimeRange(log, 0, 3 * H, TimeRangeMode.CASES_CONTAINED);
        assertThat(window.events().caseIds().values()).containsExactly("c2");
        assertThat(window.caseAttributes().get("dept").text(0)).isEqualTo("odd");
        assertThat(ProcessMining.filterTimeRange(log, 0, 3 * H, TimeRangeMode.CASES_INTERSECTING).events().caseIds().values())
                .containsExactly("c1", "c2");
        assertThat(ProcessMining.filterTimeRange(log, 0, 3 * H, TimeRangeMode.EVENTS).events().size()).isEqualTo(5);
        EventLog noC = ProcessMining.filterActivities(log, Set.of("c"), false);
        assertThat(noC.events().size()).isEqualTo(6);
        assertThat(noC.events().attribute("n").longValue(2)).isEqualTo(0L);
        assertThat(noC.events().actors().values()).contains("R1", "R2", "R3");
        assertThat(ProcessMining.discoverDfg(noC).edges()).extracting(e -> e.source() + e.target()).containsExactly("ab");
        EventLog ab = ProcessMining.filterVariants(log, Set.of(List.of("a", "b")), true);
        assertThat(ab.events().caseIds().values()).containsExactly("c3");
        assertThat(ProcessMining.filterCaseAttribute(log, "dept", Set.of("even"), true).events().caseIds().values())
                .containsExactly("c1", "c3");
        assertThat(ProcessMining.filterTopVariants(log, 1).events().caseIds().size()).isEqualTo(1);
        assertThat(noC.warnings()).anyMatch(w -> w.contains("6 of 8 events kept"));
    }

    @Test
    void statsAndThroughput() {
        ProcessStats s = ProcessMining.stats(log(ROWS));
        assertThat(s.cases()).isEqualTo(3);
        assertThat(s.activities()).isEqualTo(3);
        assertThat(s.resources()).isEqualTo(3);
        assertThat(s.eventsWithoutResource()).isEqualTo(1);
        assertThat(s.variants()).isEqualTo(3);
        assertThat(s.durations().median()).isEqualTo(2 * 3600.0);
        assertThat(s.durations().max()).isEqualTo(3 * 3600.0);
        assertThat(s.throughput()).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo("1970-01");
            assertThat(p.casesStarted()).isEqualTo(3);
            assertThat(p.events()).isEqualTo(8);
        });
    }

    /** The kernels agree with a naive map-based recomputation on random logs (seeded). */
    @Test
    void kernelsMatchNaiveRecomputation() {
        Random rnd = new Random(42);
        for (int round = 0; round < 30; round++) {
            int acts = 1 + rnd.nextInt(round % 3 == 0 ? 1500 : 12);
            List<Object[]> rows = new ArrayList<>();
            int cases = 1 + rnd.nextInt(40);
            for (int i = 0; i < 400; i++) {
                rows.add(new Object[] {"c" + rnd.nextInt(cases), "a" + rnd.nextInt(acts), rnd.nextInt(50),
                        rnd.nextInt(5) == 0 ? null : "R" + rnd.nextInt(6)});
            }
            EventLog log = log(rows.toArray(new Object[0][]));
            DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(log);
            Map<String, List<Long>> naive = new TreeMap<>();
            Map<String, List<Object[]>> byCase = new HashMap<>();
            for (Object[] r : rows) {
                byCase.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(r);
            }
            long pairs = 0;
            for (List<Object[]> evs : byCase.values()) {
                List<Object[]> sorted = new ArrayList<>(evs);
                sorted.sort((x, y) -> Integer.compare((Integer) x[2], (Integer) y[2])); // List.sort is stable
                for (int k = 1; k < sorted.size(); k++) {
                    naive.computeIfAbsent(sorted.get(k - 1)[1] + "->" + sorted.get(k)[1], x -> new ArrayList<>())
                            .add(((Integer) sorted.get(k)[2] - (Integer) sorted.get(k - 1)[2]) * 3600L);
                    pairs++;
                }
            }
            Map<String, Long> got = new TreeMap<>();
            for (DfgEdge e : g.edges()) {
                got.put(e.source() + "->" + e.target(), e.count());
                long max = naive.get(e.source() + "->" + e.target()).stream().mapToLong(Long::longValue).max().orElseThrow();
                assertThat(e.performance().max()).isEqualTo((double) max);
            }
            Map<String, Long> want = new TreeMap<>();
            naive.forEach((k, l) -> want.put(k, (long) l.size()));
            assertThat(got).isEqualTo(want);
            assertThat(ProcessMining.handoverOfWork(log).denominator()).isEqualTo(pairs);
            assertThat(g.startActivities().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(byCase.size());
        }
    }
}
