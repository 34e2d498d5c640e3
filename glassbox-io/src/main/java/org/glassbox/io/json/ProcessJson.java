package org.glassbox.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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

/**
 * The JSON of every process-mining result, as {@code glassbox process stats|dfg|ocdfg|handover|compare --json}
 * writes it (docs/json.md, "Process mining JSON"). Keys are pm4py's words in snake_case so that the
 * output compares directly with pm4py's ({@code start_activities}, {@code end_activities},
 * {@code edges} of {@code source}, {@code target}, {@code count}); durations are seconds, times
 * ISO 8601 instants in UTC. Where a statistic is undefined (an empty sample) it is {@code null}.
 * Key order is fixed.
 */
public final class ProcessJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * The mapper, in a holder so that a command printing text never creates it: building an
     * {@code ObjectMapper} was a sixth of {@code process dfg}'s CPU on a 47k-event log
     * (docs/performance.md).
     */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private ProcessJson() {
    }

    /**
     * A directly-follows graph: log, cases, events, activities {activity: events},
     * start_activities and end_activities {activity: cases}, edges of source, target, count (and,
     * with performance, mean, median, min, max, sum, stdev of the durations in seconds).
     */
    public static ObjectNode dfg(String log, DirectlyFollowsGraph g) {
        ObjectNode m = F.objectNode();
        m.put("log", log);
        m.put("cases", g.cases());
        m.put("events", g.events());
        m.set("activities", tree(g.activities()));
        m.set("start_activities", tree(g.startActivities()));
        m.set("end_activities", tree(g.endActivities()));
        ArrayNode edges = m.putArray("edges");
        for (DfgEdge e : g.edges()) {
            ObjectNode x = edges.addObject();
            x.put("source", e.source());
            x.put("target", e.target());
            x.put("count", e.count());
            if (e.performance() != null) {
                x.put("mean", e.performance().mean());
                x.put("median", e.performance().median());
                x.put("min", e.performance().min());
                x.put("max", e.performance().max());
                x.put("sum", e.performance().sum());
                x.put("stdev", finite(e.performance().stdev()));
            }
        }
        return m;
    }

    /**
     * The object-centric directly-follows graph (pm4py's {@code discover_ocdfg}): log,
     * object_types, activities, activities_per_type, activities_independent, start_activities,
     * end_activities (each of object_type, activity, events, unique_objects, total_objects), edges
     * per object type with event_couples, unique_objects, total_objects and the durations of
     * the event couples and of the (couple, object) pairs.
     */
    public static ObjectNode ocdfg(String log, ObjectCentricDfg g) {
        ObjectNode m = F.objectNode();
        m.put("log", log);
        m.set("object_types", tree(g.objectTypes()));
        m.set("activities", tree(g.activities()));
        m.set("activities_per_type", activities(g.activitiesPerType()));
        m.set("activities_independent", activities(g.activitiesIndependent()));
        m.set("start_activities", activities(g.startActivities()));
        m.set("end_activities", activities(g.endActivities()));
        ArrayNode edges = m.putArray("edges");
        for (OcdfgEdge e : g.edges()) {
            ObjectNode x = edges.addObject();
            x.put("object_type", e.objectType());
            x.put("source", e.source());
            x.put("target", e.target());
            x.put("event_couples", e.eventCouples());
            x.put("unique_objects", e.uniqueObjects());
            x.put("total_objects", e.totalObjects());
            x.set("performance_event_couples", performance(e.couplePerformance()));
            x.set("performance_total_objects", performance(e.objectPerformance()));
        }
        return m;
    }

    /**
     * Log statistics: log, events, cases, activities, resources, variants,
     * events_without_timestamp, events_without_resource, first, last, case_duration_s (mean,
     * median, min, max), throughput per month (period, cases_started, cases_ended, events,
     * median_duration_of_ended_cases_s), warnings, and — when {@code phases} is not null — the
     * change points of the activity mix (from, event_rank, gain, shifts of activity,
     * share_before, share_after).
     */
    public static ObjectNode stats(ProcessStats s, List<ChangePoint> phases) {
        ObjectNode m = F.objectNode();
        m.put("log", s.log());
        m.put("events", s.events());
        m.put("cases", s.cases());
        m.put("activities", s.activities());
        m.put("resources", s.resources());
        m.put("variants", s.variants());
        m.put("events_without_timestamp", s.eventsWithoutTimestamp());
        m.put("events_without_resource", s.eventsWithoutResource());
        m.put("first", s.firstTime() == null ? null : Instant.ofEpochMilli(s.firstTime()).toString());
        m.put("last", s.lastTime() == null ? null : Instant.ofEpochMilli(s.lastTime()).toString());
        CaseDurationSummary d = s.durations();
        ObjectNode dm = m.putObject("case_duration_s");
        dm.put("mean", finite(d.mean()));
        dm.put("median", finite(d.median()));
        dm.put("min", finite(d.min()));
        dm.put("max", finite(d.max()));
        ArrayNode tp = m.putArray("throughput");
        for (ThroughputPeriod p : s.throughput()) {
            ObjectNode x = tp.addObject();
            x.put("period", p.period());
            x.put("cases_started", p.casesStarted());
            x.put("cases_ended", p.casesEnded());
            x.put("events", p.events());
            x.put("median_duration_of_ended_cases_s", finite(p.medianDurationOfEndedCases()));
        }
        m.set("warnings", tree(s.warnings()));
        if (phases != null) {
            ArrayNode pj = m.putArray("phases");
            for (ChangePoint cp : phases) {
                ObjectNode x = pj.addObject();
                x.put("from", Instant.ofEpochMilli(cp.timeMillis()).toString());
                x.put("event_rank", cp.index());
                x.put("gain", cp.gain());
                ArrayNode sh = x.putArray("shifts");
                for (CategoryShift c : cp.shifts()) {
                    ObjectNode y = sh.addObject();
                    y.put("activity", c.category());
                    y.put("share_before", c.shareBefore());
                    y.put("share_after", c.shareAfter());
                }
            }
        }
        return m;
    }

    /** Handover of work and working together of one log: log, handover_of_work, working_together (each a {@link #network}). */
    public static ObjectNode handover(String log, ResourceNetwork handoverOfWork, ResourceNetwork workingTogether) {
        ObjectNode m = F.objectNode();
        m.put("log", log);
        m.set("handover_of_work", network(handoverOfWork));
        m.set("working_together", network(workingTogether));
        return m;
    }

    /** A resource network: metric, denominator, events_without_resource, resources, edges of source, target, count, value. */
    public static ObjectNode network(ResourceNetwork n) {
        ObjectNode m = F.objectNode();
        m.put("metric", n.metric());
        m.put("denominator", n.denominator());
        m.put("events_without_resource", n.eventsWithoutResource());
        m.set("resources", tree(n.resources()));
        ArrayNode edges = m.putArray("edges");
        for (ResourceEdge e : n.edges()) {
            ObjectNode x = edges.addObject();
            x.put("source", e.source());
            x.put("target", e.target());
            x.put("count", e.count());
            x.put("value", e.value());
        }
        return m;
    }

    /**
     * Several logs compared: logs, cases, shared_activities, unique_activities, shared_edges,
     * unique_edges, edges (source, target, counts, per_case, mean_s, present_in, per_case_range,
     * mean_range_s), variant_overlap (a, b, variants_a, variants_b, shared, jaccard,
     * cases_of_a_covered, cases_of_b_covered), variants_in_all, shared_resources,
     * handover_of_work (one network per log).
     */
    public static ObjectNode comparison(ProcessComparison c) {
        ObjectNode m = F.objectNode();
        m.set("logs", tree(c.logs()));
        m.set("cases", tree(c.cases()));
        m.set("shared_activities", tree(c.sharedActivities()));
        m.set("unique_activities", tree(c.uniqueActivities()));
        m.set("shared_edges", tree(c.sharedEdges()));
        m.set("unique_edges", tree(c.uniqueEdges()));
        ArrayNode edges = m.putArray("edges");
        for (EdgeComparison e : c.edges()) {
            ObjectNode x = edges.addObject();
            x.put("source", e.source());
            x.put("target", e.target());
            x.set("counts", tree(e.counts()));
            x.set("per_case", tree(e.perCase()));
            ArrayNode means = x.putArray("mean_s");
            e.meanSeconds().forEach(d -> means.add(finite(d)));
            x.set("present_in", tree(e.presentIn()));
            x.set("per_case_range", tree(e.perCaseRange()));
            x.put("mean_range_s", finite(e.meanRange()));
        }
        ArrayNode vo = m.putArray("variant_overlap");
        for (VariantOverlap v : c.variantOverlap()) {
            ObjectNode x = vo.addObject();
            x.put("a", c.logs().get(v.logA()));
            x.put("b", c.logs().get(v.logB()));
            x.set("variants_a", tree(v.variantsA()));
            x.set("variants_b", tree(v.variantsB()));
            x.set("shared", tree(v.shared()));
            x.set("jaccard", tree(v.jaccard()));
            x.set("cases_of_a_covered", tree(v.casesOfACovered()));
            x.set("cases_of_b_covered", tree(v.casesOfBCovered()));
        }
        m.set("variants_in_all", tree(c.variantsInAll()));
        m.set("shared_resources", tree(c.sharedResources()));
        ArrayNode nets = m.putArray("handover_of_work");
        for (ResourceNetwork n : c.handover()) {
            nets.add(network(n));
        }
        return m;
    }

    /** The results of several logs as one value: the single result itself, else an array of them. */
    public static JsonNode oneOrMany(List<? extends JsonNode> results) {
        if (results.size() == 1) {
            return results.get(0);
        }
        ArrayNode a = F.arrayNode();
        a.addAll(results);
        return a;
    }

    /** Writes indented JSON (two spaces, {@code " : "}) to {@code w}, leaving it open. */
    public static void write(JsonNode tree, Writer w) throws IOException {
        Mapper.INSTANCE.writeValue(w, tree);
    }

    /** Writes indented JSON to a file. */
    public static void write(JsonNode tree, Path file) throws IOException {
        Mapper.INSTANCE.writeValue(file.toFile(), tree);
    }

    private static ObjectNode performance(EdgePerformance p) {
        ObjectNode x = F.objectNode();
        x.put("mean", p.mean());
        x.put("median", p.median());
        x.put("min", p.min());
        x.put("max", p.max());
        return x;
    }

    private static ArrayNode activities(List<OcdfgActivity> l) {
        ArrayNode out = F.arrayNode();
        for (OcdfgActivity a : l) {
            ObjectNode x = out.addObject();
            if (a.objectType() != null) {
                x.put("object_type", a.objectType());
            }
            x.put("activity", a.activity());
            x.put("events", a.events());
            x.put("unique_objects", a.uniqueObjects());
            x.put("total_objects", a.totalObjects());
        }
        return out;
    }

    /** A collection, map, array or number as Jackson serialises it. */
    private static JsonNode tree(Object value) {
        return Mapper.INSTANCE.valueToTree(value);
    }

    private static Double finite(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }
}
