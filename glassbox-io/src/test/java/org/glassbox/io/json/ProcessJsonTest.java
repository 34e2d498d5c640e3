package org.glassbox.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.period.CategoryShift;
import org.glassbox.core.analysis.period.ChangePoint;
import org.glassbox.core.process.CaseDurationSummary;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.EdgeComparison;
import org.glassbox.core.process.EdgePerformance;
import org.glassbox.core.process.ObjectCentricDfg;
import org.glassbox.core.process.OcdfgActivity;
import org.glassbox.core.process.OcdfgEdge;
import org.glassbox.core.process.ProcessComparison;
import org.glassbox.core.process.ProcessStats;
import org.glassbox.core.process.ResourceEdge;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.core.process.ThroughputPeriod;
import org.glassbox.core.process.VariantOverlap;
import org.junit.jupiter.api.Test;

/** {@link ProcessJson}: every process result's keys, order, values and nulls, from hand-made results. */
class ProcessJsonTest {
    static Map<String, Long> counts(Object... kv) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
        }
        return m;
    }

    static List<String> keys(JsonNode n) {
        return AnalysisPath.keys(n);
    }

    static String text(JsonNode n) throws Exception {
        StringWriter w = new StringWriter();
        ProcessJson.write(n, w);
        return w.toString();
    }

    @Test
    void dfgInPm4pyWordsWithPerformanceAndANullDeviation() throws Exception {
        DirectlyFollowsGraph g = new DirectlyFollowsGraph(counts("a", 3, "b", 2), List.of(
                new DfgEdge("a", "b", 2, new EdgePerformance(60, 50, 40, 90, 120, Double.NaN)),
                new DfgEdge("b", "a", 1, new EdgePerformance(10, 10, 10, 10, 10, 0))),
                counts("a", 2), counts("b", 1, "a", 1), 2, 5);
        ObjectNode j = ProcessJson.dfg("L", g);
        assertThat(keys(j)).containsExactly("log", "cases", "events", "activities", "start_activities", "end_activities", "edges");
        assertThat(j.get("log").asText()).isEqualTo("L");
        assertThat(j.get("cases").asInt()).isEqualTo(2);
        assertThat(j.get("events").asInt()).isEqualTo(5);
        assertThat(keys(j.get("end_activities"))).containsExactly("b", "a");
        assertThat(j.at("/activities/a").asLong()).isEqualTo(3);
        JsonNode e = j.at("/edges/0");
        assertThat(keys(e)).containsExactly("source", "target", "count", "mean", "median", "min", "max", "sum", "stdev");
        assertThat(e.get("count").asLong()).isEqualTo(2);
        assertThat(e.get("mean").asDouble()).isEqualTo(60);
        assertThat(e.get("sum").asDouble()).isEqualTo(120);
        assertThat(e.get("stdev").isNull()).isTrue();
        assertThat(j.at("/edges/1/stdev").asDouble()).isZero();

        ObjectNode plain = ProcessJson.dfg("L", new DirectlyFollowsGraph(counts("a", 1), List.of(new DfgEdge("a", "a", 1, null)),
                counts("a", 1), counts("a", 1), 1, 1));
        assertThat(keys(plain.at("/edges/0"))).containsExactly("source", "target", "count");
        assertThat(text(plain)).startsWith("{\n  \"log\" : \"L\",\n  \"cases\" : 1,");
    }

    @Test
    void networksAndHandover() {
        ResourceNetwork how = new ResourceNetwork("handover_of_work", List.of("r1", "r2"),
                List.of(new ResourceEdge("r1", "r2", 4, 0.5)), 8, 1);
        ResourceNetwork wt = new ResourceNetwork("working_together", List.of("r1"), List.of(), 2, 0);
        ObjectNode j = ProcessJson.handover("L", how, wt);
        assertThat(keys(j)).containsExactly("log", "handover_of_work", "working_together");
        JsonNode n = j.get("handover_of_work");
        assertThat(keys(n)).containsExactly("metric", "denominator", "events_without_resource", "resources", "edges");
        assertThat(n.get("denominator").asLong()).isEqualTo(8);
        assertThat(n.get("events_without_resource").asLong()).isEqualTo(1);
        assertThat(n.at("/resources/1").asText()).isEqualTo("r2");
        assertThat(keys(n.at("/edges/0"))).containsExactly("source", "target", "count", "value");
        assertThat(n.at("/edges/0/value").asDouble()).isEqualTo(0.5);
        assertThat(j.at("/working_together/metric").asText()).isEqualTo("working_together");
        assertThat(j.at("/working_together/edges").size()).isZero();
    }

    @Test
    void statsWithAndWithoutPhases() {
        ProcessStats s = new ProcessStats("L", 10, 3, 4, 2, 2, 1, 0, 0L, 86_400_000L,
                new CaseDurationSummary(3, 3600, 1800, Double.NaN, 7200),
                List.of(new ThroughputPeriod("1970-01", 3, 2, 10, Double.NaN)), List.of("w1"));
        ObjectNode without = ProcessJson.stats(s, null);
        assertThat(keys(without)).containsExactly("log", "events", "cases", "activities", "resources", "variants",
                "events_without_timestamp", "events_without_resource", "first", "last", "case_duration_s", "throughput", "warnings");
        assertThat(without.get("first").asText()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(without.get("last").asText()).isEqualTo("1970-01-02T00:00:00Z");
        assertThat(without.at("/case_duration_s/median").asDouble()).isEqualTo(1800);
        assertThat(without.at("/case_duration_s/min").isNull()).isTrue();
        assertThat(keys(without.at("/throughput/0"))).containsExactly("period", "cases_started", "cases_ended", "events",
                "median_duration_of_ended_cases_s");
        assertThat(without.at("/throughput/0/median_duration_of_ended_cases_s").isNull()).isTrue();
        assertThat(without.at("/warnings/0").asText()).isEqualTo("w1");

        ObjectNode with = ProcessJson.stats(s, List.of(new ChangePoint(5, 3_600_000L, 0.25, List.of(new CategoryShift("a", 0.1, 0.6)))));
        assertThat(keys(with)).endsWith("warnings", "phases");
        JsonNode p = with.at("/phases/0");
        assertThat(keys(p)).containsExactly("from", "event_rank", "gain", "shifts");
        assertThat(p.get("from").asText()).isEqualTo("1970-01-01T01:00:00Z");
        assertThat(p.get("event_rank").asInt()).isEqualTo(5);
        assertThat(p.at("/shifts/0/activity").asText()).isEqualTo("a");
        assertThat(p.at("/shifts/0/share_after").asDouble()).isEqualTo(0.6);
        assertThat(ProcessJson.stats(new ProcessStats("E", 0, 0, 0, 0, 0, 0, 0, null, null,
                new CaseDurationSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN), List.of(), List.of()), List.of())
                .get("first").isNull()).isTrue();
    }

    @Test
    void objectCentricDfg() {
        EdgePerformance p = new EdgePerformance(2, 2, 1, 3, 4, 1);
        ObjectCentricDfg g = new ObjectCentricDfg(List.of("order"), List.of("create", "pay"),
                List.of(new OcdfgActivity("order", "create", 2, 2, 2)), List.of(new OcdfgActivity(null, "create", 2, 2, 2)),
                List.of(new OcdfgActivity("order", "create", 2, 2, 2)), List.of(new OcdfgActivity("order", "pay", 1, 1, 1)),
                List.of(new OcdfgEdge("order", "create", "pay", 1, 1, 1, p, p)));
        ObjectNode j = ProcessJson.ocdfg("O", g);
        assertThat(keys(j)).containsExactly("log", "object_types", "activities", "activities_per_type", "activities_independent",
                "start_activities", "end_activities", "edges");
        assertThat(keys(j.at("/activities_per_type/0"))).containsExactly("object_type", "activity", "events", "unique_objects",
                "total_objects");
        assertThat(keys(j.at("/activities_independent/0"))).containsExactly("activity", "events", "unique_objects", "total_objects");
        JsonNode e = j.at("/edges/0");
        assertThat(keys(e)).containsExactly("object_type", "source", "target", "event_couples", "unique_objects", "total_objects",
                "performance_event_couples", "performance_total_objects");
        assertThat(keys(e.get("performance_event_couples"))).containsExactly("mean", "median", "min", "max");
        assertThat(e.at("/performance_total_objects/max").asDouble()).isEqualTo(3);
    }

    @Test
    void comparisonOfTwoLogs() {
        ResourceNetwork n = new ResourceNetwork("handover_of_work", List.of("r"), List.of(), 0, 0);
        ProcessComparison c = new ProcessComparison(List.of("A", "B"), List.of(3, 4), List.of("x"),
                Map.of("A", List.of("y"), "B", List.of()), 1, Map.of("A", 1, "B", 0),
                List.of(new EdgeComparison("x", "y", List.of(2L, 0L), List.of(0.5, 0.0), java.util.Arrays.asList(60.0, Double.NaN), 1, 0.5, Double.NaN)),
                List.of(new VariantOverlap(0, 1, 2, 3, 1, 0.25, 0.5, 0.75)), 1, List.of(n, n), List.of("r"));
        ObjectNode j = ProcessJson.comparison(c);
        assertThat(keys(j)).containsExactly("logs", "cases", "shared_activities", "unique_activities", "shared_edges", "unique_edges",
                "edges", "variant_overlap", "variants_in_all", "shared_resources", "handover_of_work");
        JsonNode e = j.at("/edges/0");
        assertThat(keys(e)).containsExactly("source", "target", "counts", "per_case", "mean_s", "present_in", "per_case_range",
                "mean_range_s");
        assertThat(e.at("/mean_s/0").asDouble()).isEqualTo(60);
        assertThat(e.at("/mean_s/1").isNull()).isTrue();
        assertThat(e.get("mean_range_s").isNull()).isTrue();
        assertThat(e.at("/counts/0").asLong()).isEqualTo(2);
        JsonNode v = j.at("/variant_overlap/0");
        assertThat(v.get("a").asText()).isEqualTo("A");
        assertThat(v.get("b").asText()).isEqualTo("B");
        assertThat(v.get("cases_of_b_covered").asDouble()).isEqualTo(0.75);
        assertThat(j.at("/unique_activities/A/0").asText()).isEqualTo("y");
        assertThat(j.get("handover_of_work").size()).isEqualTo(2);
    }

    @Test
    void oneResultIsItselfSeveralAnArray() {
        ObjectNode a = ProcessJson.handover("A", new ResourceNetwork("m", List.of(), List.of(), 0, 0),
                new ResourceNetwork("m", List.of(), List.of(), 0, 0));
        assertThat(ProcessJson.oneOrMany(List.of(a))).isSameAs(a);
        JsonNode both = ProcessJson.oneOrMany(List.of(a, a));
        assertThat(both.isArray()).isTrue();
        assertThat(both.size()).isEqualTo(2);
    }
}
