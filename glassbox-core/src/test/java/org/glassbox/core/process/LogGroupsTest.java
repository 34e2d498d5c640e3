package org.glassbox.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;
import org.junit.jupiter.api.Test;

class LogGroupsTest {
    private static final long H = 3_600_000L;

    /** Rows of (case, activity, hour, resource or null, region of the case), in file order. */
    private static EventLog log(String name, List<Object[]> rows) {
        EventStore.Builder b = EventStore.builder();
        Map<String, String> regionOf = new TreeMap<>();
        for (Object[] r : rows) {
            b.add(null, (String) r[1], ((Number) r[2]).longValue() * H, Precision.INSTANT);
            b.caseId((String) r[0]);
            if (r[3] != null) {
                b.actor((String) r[3], Role.INITIATOR);
            }
            b.attribute("office", "o" + (((Number) r[2]).intValue() % 2));
            regionOf.put((String) r[0], (String) r[4]);
        }
        EventStore s = b.build();
        AttributeColumn.Builder region = new AttributeColumn.Builder("region", AttributeColumn.Kind.STRING);
        for (int c = 0; c < s.caseIds().size(); c++) {
            region.setString(c, regionOf.get(s.caseIds().value(c)));
        }
        return new EventLog(name, s, Map.of("region", region.build(s.caseIds().size())), null, Map.of(), Map.of(), List.of());
    }

    private static final List<Object[]> ROWS = List.of(
            new Object[] {"c1", "a", 0, "R1", "north"}, new Object[] {"c2", "a", 1, "R2", "south"},
            new Object[] {"c1", "b", 2, "R2", "north"}, new Object[] {"c3", "b", 5, "R3", "north"},
            new Object[] {"c2", "c", 2, null, "south"}, new Object[] {"c3", "a", 4, "R3", "north"},
            new Object[] {"c2", "b", 2, "R2", "south"});

    private static List<Object[]> where(List<Object[]> rows, int column, Object value) {
        List<Object[]> out = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[column].equals(value)) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void groupsByCaseAttributeAreTheLogsOfEachValue() {
        EventLog all = log("all", ROWS);
        List<EventLog> groups = ProcessMining.groupBy(all, "region");
        assertThat(groups).extracting(EventLog::name).containsExactly("region=north", "region=south");
        assertThat(ProcessMining.groupBy(all, "case:region")).extracting(EventLog::name)
                .containsExactly("region=north", "region=south");
        ProcessComparison grouped = ProcessMining.compareGroups(all, "region", SequenceOrder.TIME, MissingResource.AS_NODE);
        ProcessComparison separate = ProcessMining.compare(List.of(log("region=north", where(ROWS, 4, "north")),
                log("region=south", where(ROWS, 4, "south"))));
        assertThat(grouped).isEqualTo(separate);
        assertThat(grouped.cases()).containsExactly(2, 1);
        // c3 is out of time order in the file: b at 5 h after a at 4 h
        assertThat(grouped.edges()).extracting(e -> e.source() + e.target() + e.counts())
                .contains("ab[2, 0]", "cb[0, 1]");
    }

    @Test
    void groupsByEventAttributeSplitEventsNotCases() {
        EventLog all = log("all", ROWS);
        List<EventLog> groups = ProcessMining.groupBy(all, "office");
        assertThat(groups).extracting(EventLog::name).containsExactly("office=o0", "office=o1");
        // hours 0, 2, 2, 4, 2 are even: c1 a b, c2 c b, c3 a
        assertThat(groups.get(0).events().size()).isEqualTo(5);
        assertThat(ProcessMining.discoverDfg(groups.get(0)).edges()).extracting(e -> e.source() + e.target() + e.count())
                .containsExactly("ab1", "cb1");
        assertThat(ProcessMining.discoverDfg(groups.get(1)).cases()).isEqualTo(2);
    }

    @Test
    void unknownAttributeNamesTheKnownOnesNearestFirst() {
        EventLog all = log("all", ROWS);
        assertThatThrownBy(() -> ProcessMining.groupBy(all, "offce"))
                .isInstanceOfSatisfying(UnknownAttributeException.class, e -> {
                    assertThat(e.known()).containsExactly("office", "region");
                    assertThat(e.getMessage()).contains("'offce'", "known: office, region");
                });
        assertThatThrownBy(() -> ProcessMining.groupBy(all, "regoin"))
                .isInstanceOfSatisfying(UnknownAttributeException.class,
                        e -> assertThat(e.known()).containsExactly("region", "office"));
    }

    @Test
    void oneValueIsNothingToCompare() {
        List<Object[]> north = where(ROWS, 4, "north");
        assertThatThrownBy(() -> ProcessMining.compareGroups(log("n", north), "region", SequenceOrder.TIME,
                MissingResource.AS_NODE)).isInstanceOfSatisfying(GroupCountException.class, e -> assertThat(e.groups()).isEqualTo(1));
    }

    @Test
    void seededLogsGroupedEqualTheirSeparateLogs() {
        for (long seed = 1; seed <= 30; seed++) {
            Random r = new Random(seed);
            int regions = 2 + r.nextInt(4);
            List<Object[]> rows = new ArrayList<>();
            int cases = 5 + r.nextInt(30);
            for (int k = 0; k < 200; k++) {
                int c = r.nextInt(cases);
                rows.add(new Object[] {"c" + c, "a" + r.nextInt(5), r.nextInt(20), r.nextInt(6) == 0 ? null : "R" + r.nextInt(4),
                        "g" + (c % regions)});
            }
            EventLog all = log("all", rows);
            List<EventLog> separate = new ArrayList<>();
            for (String g : new java.util.TreeSet<>(rows.stream().map(x -> (String) x[4]).toList())) {
                separate.add(log("region=" + g, where(rows, 4, g)));
            }
            if (separate.size() < 2) {
                continue;
            }
            for (SequenceOrder order : SequenceOrder.values()) {
                assertThat(ProcessMining.compareGroups(all, "region", order, MissingResource.SKIP))
                        .as("seed %d, %s", seed, order)
                        .isEqualTo(ProcessMining.compare(separate, order, MissingResource.SKIP));
            }
        }
    }

    @Test
    void profilesCompareAsTheirLogs() {
        EventLog a = log("a", where(ROWS, 4, "north"));
        EventLog b = log("b", where(ROWS, 4, "south"));
        ProcessComparison direct = ProcessMining.compare(List.of(a, b), SequenceOrder.FILE, MissingResource.AS_NODE);
        assertThat(ProcessMining.compareProfiles(List.of(ProcessMining.profile(a, SequenceOrder.FILE, MissingResource.AS_NODE),
                ProcessMining.profile(b, SequenceOrder.FILE, MissingResource.AS_NODE)))).isEqualTo(direct);
        assertThatThrownBy(() -> new LogProfile("x", ProcessMining.discoverDfg(a), List.of(), direct.handover().get(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
