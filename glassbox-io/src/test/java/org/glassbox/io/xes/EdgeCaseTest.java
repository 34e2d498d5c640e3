package org.glassbox.io.xes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.MissingResource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ResourceEdge;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.core.process.Variant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-made edge cases of {@code shared/data/process/edge-cases/} (copied into test
 * resources): in pm4py-compatible mode (wall-clock times, file order) every output pm4py produced
 * is reproduced; where pm4py raises, or where its semantics are wrong, our documented behaviour
 * is pinned.
 */
class EdgeCaseTest {
    private static JsonNode expected;
    private static Path dir;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        dir = Path.of(EdgeCaseTest.class.getResource("/process/edge-cases/expected.json").toURI()).getParent();
        expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
    }

    private static XesReadReport read(String name, boolean wallClock) throws IOException {
        return new XesReader(XesReader.Options.defaults().withWallClock(wallClock)).readWithReport(dir.resolve(name + ".xes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ties_stable_file_order", "lifecycle_not_filtered", "dst_wallclock", "offsets_reorder",
            "unsorted_in_file", "naive_and_Z_and_millis", "empty_trace", "duplicate_case_id", "missing_resource",
            "missing_activity"})
    void pm4pyModeReproducesPm4py(String name) throws IOException {
        JsonNode ex = expected.get(name);
        CaseView v = ProcessMining.caseView(read(name, true).log());
        if (ex.has("dfg")) {
            DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(v, SequenceOrder.FILE);
            assertThat(edges(g)).isEqualTo(triples(ex.get("dfg")));
            assertThat(g.startActivities()).isEqualTo(counts(ex.get("start_activities")));
            assertThat(g.endActivities()).isEqualTo(counts(ex.get("end_activities")));
            JsonNode perf = ex.get("performance_dfg");
            for (int i = 0; i < perf.size(); i++) {
                assertThat(g.edges().get(i).performance().mean()).isEqualTo(perf.get(i).get(2).asDouble());
                assertThat(g.edges().get(i).performance().median()).isEqualTo(perf.get(i).get(3).asDouble());
            }
        }
        if (ex.has("variants") && !name.equals("duplicate_case_id")) {
            assertThat(variants(v, SequenceOrder.FILE)).isEqualTo(counts(ex.get("variants")));
        }
        ResourceNetwork how = ProcessMining.handoverOfWork(v, SequenceOrder.FILE, MissingResource.AS_NODE);
        ResourceNetwork wt = ProcessMining.workingTogether(v, MissingResource.AS_NODE);
        if (ex.has("handover_of_work")) {
            assertThat(network(how)).isEqualTo(network(ex.get("handover_of_work")));
        }
        if (ex.has("working_together")) {
            assertThat(network(wt)).isEqualTo(network(ex.get("working_together")));
        }
    }

    @Test
    void unsortedFileDefaultsToConsistentTimeOrder() throws IOException {
        CaseView v = ProcessMining.caseView(read("unsorted_in_file", false).log());
        DirectlyFollowsGraph g = ProcessMining.discoverDfg(v, SequenceOrder.TIME);
        // pm4py: DFG u1->u2 but start u2 and variant "u2,u1"; we keep one order
        assertThat(edges(g)).containsExactly(List.of("u1", "u2", 1L));
        assertThat(g.startActivities()).containsOnlyKeys("u1");
        assertThat(g.endActivities()).containsOnlyKeys("u2");
        assertThat(variants(v, SequenceOrder.TIME)).containsOnlyKeys("u1,u2");
    }

    @Test
    void exactInstantsAcrossDst() throws IOException {
        DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(ProcessMining.caseView(read("dst_wallclock", false).log()),
                SequenceOrder.TIME);
        assertThat(g.edges().get(0).performance().mean()).isEqualTo(3600.0); // pm4py: 7200
    }

    @Test
    void offsetsOrderByRealTime() throws IOException {
        DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(ProcessMining.caseView(read("offsets_reorder", false).log()),
                SequenceOrder.TIME);
        // r = 10:00+05:00 = 05:00Z comes before s = 08:00Z; pm4py says s -> r
        assertThat(edges(g)).containsExactly(List.of("r", "s", 1L));
        assertThat(g.edges().get(0).performance().mean()).isEqualTo(3 * 3600.0);
    }

    @Test
    void naiveZAndMillis() throws IOException {
        var log = read("naive_and_Z_and_millis", false).log();
        assertThat(log.events().time(0)).isEqualTo(1577872800000L);
        assertThat(log.events().time(1)).isEqualTo(1577872801250L);
        assertThat(log.events().time(2)).isEqualTo(1577872800500L); // 11:00:00.5+01:00 = 10:00:00.5Z
    }

    @Test
    void emptyTraceVanishesAndNetworksAreEmptyInsteadOfRaising() throws IOException {
        XesReadReport r = read("empty_trace", false);
        assertThat(r.traces()).isEqualTo(2);
        assertThat(r.tracesWithoutEvents()).isEqualTo(1);
        CaseView v = ProcessMining.caseView(r.log());
        assertThat(v.nonEmptyCases()).isEqualTo(1);
        assertThat(ProcessMining.handoverOfWork(v, SequenceOrder.TIME, MissingResource.AS_NODE).edges()).isEmpty();
        assertThat(ProcessMining.workingTogether(v, MissingResource.AS_NODE).edges()).isEmpty();
    }

    @Test
    void duplicateCaseIdMergesTracesWithoutPm4pysVariantBug() throws IOException {
        XesReadReport r = read("duplicate_case_id", false);
        assertThat(r.duplicateCaseIds()).isEqualTo(1);
        assertThat(r.log().warnings()).anyMatch(w -> w.contains("merged"));
        // pm4py's get_variants assumes contiguous rows and reports "a,b,a"
        assertThat(variants(ProcessMining.caseView(r.log()), SequenceOrder.FILE)).containsOnlyKeys("a,b,c", "a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing_timestamp", "unparseable_timestamp"})
    void eventsWithoutTimestampAreLeftOutAndCounted(String name) throws IOException {
        XesReadReport r = read(name, false);
        assertThat(r.eventsWithoutTimestamp()).isEqualTo(1);
        assertThat(r.unparseableTimestamps()).isEqualTo(name.startsWith("unparseable") ? 1 : 0);
        CaseView v = ProcessMining.caseView(r.log());
        assertThat(v.eventsWithoutTimestamp()).isEqualTo(1);
        DirectlyFollowsGraph g = ProcessMining.discoverDfg(v, SequenceOrder.TIME);
        assertThat(g.events()).isEqualTo(1);
        assertThat(g.edges()).isEmpty();
        assertThat(g.startActivities()).containsOnlyKeys("a");
    }

    @Test
    void missingActivityBecomesMissingNode() throws IOException {
        XesReadReport r = read("missing_activity", false);
        assertThat(r.eventsWithoutActivity()).isEqualTo(1);
        DirectlyFollowsGraph g = ProcessMining.discoverDfg(r.log());
        assertThat(edges(g)).containsExactly(List.of("a", XesReader.MISSING_ACTIVITY, 1L));
    }

    @Test
    void missingResourceNodeOrSkip() throws IOException {
        XesReadReport r = read("missing_resource", false);
        assertThat(r.eventsWithoutResource()).isEqualTo(1);
        CaseView v = ProcessMining.caseView(r.log());
        ResourceNetwork asNode = ProcessMining.handoverOfWork(v, SequenceOrder.TIME, MissingResource.AS_NODE);
        assertThat(network(asNode)).isEqualTo(Map.of("R1->" + ProcessMining.MISSING_RESOURCE, 0.5, "R2->R1", 0.5));
        ResourceNetwork skip = ProcessMining.handoverOfWork(v, SequenceOrder.TIME, MissingResource.SKIP);
        assertThat(network(skip)).isEqualTo(Map.of("R2->R1", 1.0));
        assertThat(skip.eventsWithoutResource()).isEqualTo(1);
        ResourceNetwork wt = ProcessMining.workingTogether(v, MissingResource.SKIP);
        assertThat(network(wt)).isEqualTo(Map.of("R1->R2", 0.25, "R2->R1", 0.25));
    }

    private static List<List<Object>> edges(DirectlyFollowsGraph g) {
        List<List<Object>> out = new ArrayList<>();
        for (DfgEdge e : g.edges()) {
            out.add(List.of(e.source(), e.target(), e.count()));
        }
        return out;
    }

    private static Map<String, Long> variants(CaseView v, SequenceOrder o) {
        Map<String, Long> m = new TreeMap<>();
        for (Variant x : ProcessMining.variants(v, o)) {
            m.put(x.key(), x.cases());
        }
        return m;
    }

    private static Map<String, Double> network(ResourceNetwork n) {
        Map<String, Double> m = new TreeMap<>();
        for (ResourceEdge e : n.edges()) {
            m.put(e.source() + "->" + e.target(), e.value());
        }
        return m;
    }

    private static Map<String, Double> network(JsonNode rows) {
        Map<String, Double> m = new TreeMap<>();
        rows.forEach(r -> m.put(r.get(0).asText() + "->" + r.get(1).asText(), r.get(2).asDouble()));
        return m;
    }

    /** pm4py's {"activity": count} objects. */
    private static Map<String, Long> counts(JsonNode obj) {
        Map<String, Long> m = new TreeMap<>();
        obj.fields().forEachRemaining(f -> m.put(f.getKey(), f.getValue().asLong()));
        return m;
    }

    /** pm4py's [source, target, count] rows. */
    private static List<List<Object>> triples(JsonNode arr) {
        List<List<Object>> out = new ArrayList<>();
        arr.forEach(n -> out.add(List.of(n.get(0).asText(), n.get(1).asText(), n.get(2).asLong())));
        return out;
    }
}
