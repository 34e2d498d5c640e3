package org.glassbox.io.xes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.MissingResource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ResourceEdge;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.it.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every result equals pm4py 2.7.11's reference output on every XES log of
 * {@code shared/data/process/expected/} (plus the two small logs copied into test resources, so a
 * fresh clone still checks exact values). Counts against pm4py's default outputs; durations both
 * against pm4py's wall-clock reading (our {@code wallClock} option) and against the
 * {@code offset_aware} values (our default, exact instants).
 */
class Pm4pyReferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** (log file, expected json) pairs: test resources, then the shared data when present. */
    static Stream<Path[]> logs() throws IOException, URISyntaxException {
        List<Path[]> out = new ArrayList<>();
        Path res = Path.of(Pm4pyReferenceTest.class.getResource("/process/running-example.xes").toURI()).getParent();
        out.add(new Path[] {res.resolve("running-example.xes"), res.resolve("running-example.xes.json")});
        out.add(new Path[] {res.resolve("roadtraffic100traces.xes"), res.resolve("roadtraffic100traces.xes.json")});
        Path shared = SharedData.processDir();
        if (shared != null) {
            try (Stream<Path> s = Files.list(shared.resolve("expected"))) {
                s.filter(p -> p.getFileName().toString().matches(".*\\.xes(\\.gz)?\\.json"))
                        .filter(p -> !p.getFileName().toString().startsWith("Road_Traffic") || SharedData.heavy())
                        .sorted()
                        .forEach(p -> out.add(new Path[] {
                                shared.resolve("logs").resolve(p.getFileName().toString().replaceAll("\\.json$", "")), p}));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void equalsPm4py(Path log, Path expectedFile) throws IOException {
        JsonNode ex = JSON.readTree(expectedFile.toFile());
        XesReadReport wall = new XesReader(XesReader.Options.defaults().withWallClock(true)).readWithReport(log);
        XesReadReport exact = new XesReader(XesReader.Options.defaults()).readWithReport(log);

        // sizes and missing values
        EventLog l = exact.log();
        assertThat(l.events().size()).isEqualTo(ex.get("events").asInt());
        assertThat(exact.traces()).isEqualTo(ex.get("traces_in_file").asInt());
        assertThat(exact.tracesWithoutEvents()).isEqualTo(ex.get("traces_without_events_in_file").asInt());
        assertThat(exact.duplicateCaseIds()).isEqualTo(ex.get("duplicate_case_ids_in_file").asInt());
        assertThat(exact.eventsWithoutActivity()).isEqualTo(ex.get("events_without_activity").asInt());
        assertThat(exact.eventsWithoutTimestamp()).isEqualTo(ex.get("events_without_timestamp").asInt());
        assertThat(exact.eventsWithoutResource()).isEqualTo(ex.get("events_without_resource").asInt());
        Map<String, Long> lifecycle = new TreeMap<>();
        exact.lifecycleTransitions().forEach((k, v) -> lifecycle.put(k, v.longValue()));
        assertThat(lifecycle).isEqualTo(counts(ex.get("lifecycle_transition_values")));

        CaseView wv = ProcessMining.caseView(wall.log());
        CaseView xv = ProcessMining.caseView(l);
        assertThat(xv.nonEmptyCases()).isEqualTo(ex.get("cases").asInt());

        // frequency DFG, start/end, activities: pm4py's default (wall clock) and exact instants agree here
        for (CaseView v : List.of(wv, xv)) {
            DirectlyFollowsGraph dfg = ProcessMining.discoverDfg(v, SequenceOrder.FILE);
            assertThat(dfg.activities()).isEqualTo(counts(ex.get("activity_counts")));
            assertThat(new ArrayList<>(dfg.activities().keySet())).isEqualTo(strings(ex.get("activities")));
            assertThat(dfg.startActivities()).isEqualTo(counts(ex.get("start_activities")));
            assertThat(dfg.endActivities()).isEqualTo(counts(ex.get("end_activities")));
            List<List<Object>> edges = new ArrayList<>();
            for (DfgEdge e : dfg.edges()) {
                edges.add(List.of(e.source(), e.target(), e.count()));
            }
            assertThat(edges).isEqualTo(triples(ex.get("dfg")));
            assertThat(ProcessMining.variants(v, SequenceOrder.FILE)).hasSize(ex.get("variants").asInt());
            assertThat(ProcessMining.discoverDfg(v, SequenceOrder.TIME).startActivities()).isEqualTo(dfg.startActivities());
        }

        // performance: pm4py's wall-clock values, then the true elapsed times
        assertPerformance(ProcessMining.discoverPerformanceDfg(wv, SequenceOrder.FILE), ex.get("performance_dfg"),
                ex.get("performance_dfg_sum_stdev"));
        JsonNode aware = ex.get("offset_aware").get("performance_dfg");
        assertPerformance(ProcessMining.discoverPerformanceDfg(xv, SequenceOrder.FILE),
                aware.isTextual() ? ex.get("performance_dfg") : aware, null);

        // organisational networks (events without resource as pm4py's "__missing__" after fillna)
        ResourceNetwork how = ProcessMining.handoverOfWork(xv, SequenceOrder.FILE, MissingResource.AS_NODE);
        assertThat(how.denominator()).isEqualTo(ex.get("handover_of_work_denominator").asLong());
        assertThat(how.resources()).isEqualTo(strings(ex.get("resources")));
        assertNetwork(how, ex.get("handover_of_work"), ex.get("handover_of_work_counts"), 0);
        ResourceNetwork wt = ProcessMining.workingTogether(xv, MissingResource.AS_NODE);
        assertThat(wt.denominator()).isEqualTo(ex.get("working_together_denominator").asLong());
        assertNetwork(wt, ex.get("working_together"), ex.get("working_together_case_counts"), 1e-12);
    }

    private static void assertPerformance(DirectlyFollowsGraph g, JsonNode perf, JsonNode sumStdev) {
        assertThat(g.edges()).hasSize(perf.size());
        for (int i = 0; i < perf.size(); i++) {
            JsonNode row = perf.get(i);
            DfgEdge e = g.edges().get(i);
            assertThat(e.source() + "->" + e.target()).isEqualTo(row.get(0).asText() + "->" + row.get(1).asText());
            assertClose(e.performance().mean(), row.get(2).asDouble(), e);
            assertClose(e.performance().median(), row.get(3).asDouble(), e);
            assertClose(e.performance().min(), row.get(4).asDouble(), e);
            assertClose(e.performance().max(), row.get(5).asDouble(), e);
            if (sumStdev != null) {
                JsonNode s = sumStdev.get(i);
                assertClose(e.performance().sum(), s.get(2).asDouble(), e);
                if (s.get(3).isNull()) {
                    assertThat(e.performance().stdev()).isNaN();
                } else {
                    assertClose(e.performance().stdev(), s.get(3).asDouble(), e);
                }
            }
        }
    }

    private static void assertClose(double actual, double expected, Object what) {
        assertThat(actual).as("%s", what).isCloseTo(expected, within(Math.max(1e-6, Math.abs(expected) * 1e-9)));
    }

    private static void assertNetwork(ResourceNetwork n, JsonNode values, JsonNode counts, double rel) {
        assertThat(n.edges()).hasSize(values.size());
        for (int i = 0; i < values.size(); i++) {
            ResourceEdge e = n.edges().get(i);
            assertThat(e.source()).isEqualTo(values.get(i).get(0).asText());
            assertThat(e.target()).isEqualTo(values.get(i).get(1).asText());
            assertThat(e.count()).isEqualTo(counts.get(i).get(2).asLong());
            double v = values.get(i).get(2).asDouble();
            if (rel == 0) {
                assertThat(e.value()).isEqualTo(v);
            } else {
                assertThat(e.value()).isCloseTo(v, within(Math.abs(v) * rel));
            }
        }
    }

    static Map<String, Long> counts(JsonNode obj) {
        Map<String, Long> m = new TreeMap<>();
        obj.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asLong()));
        return m;
    }

    static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<List<Object>> triples(JsonNode arr) {
        List<List<Object>> out = new ArrayList<>();
        arr.forEach(n -> out.add(List.of(n.get(0).asText(), n.get(1).asText(), n.get(2).asLong())));
        return out;
    }
}
