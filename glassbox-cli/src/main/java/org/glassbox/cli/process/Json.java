package org.glassbox.cli.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.process.CaseDurationSummary;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.ProcessStats;
import org.glassbox.core.process.ResourceEdge;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.core.process.ThroughputPeriod;

/** JSON shapes of the process results (maps in a fixed order; NaN becomes null) and text helpers. */
public final class Json {
    private Json() {
    }

    static Double num(double d) {
        return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
    }

    /**
     * pm4py-comparable DFG JSON: {@code start_activities} and {@code end_activities} as
     * {activity: count}, {@code edges[]} of {source, target, count} (+ mean, median, min, max in
     * seconds when the graph has performance), plus {@code activities} {activity: events}.
     */
    public static Map<String, Object> dfg(String log, DirectlyFollowsGraph g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", log);
        m.put("cases", g.cases());
        m.put("events", g.events());
        m.put("activities", g.activities());
        m.put("start_activities", g.startActivities());
        m.put("end_activities", g.endActivities());
        List<Map<String, Object>> edges = new ArrayList<>();
        for (DfgEdge e : g.edges()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", e.source());
            x.put("target", e.target());
            x.put("count", e.count());
            if (e.performance() != null) {
                x.put("mean", e.performance().mean());
                x.put("median", e.performance().median());
                x.put("min", e.performance().min());
                x.put("max", e.performance().max());
                x.put("sum", e.performance().sum());
                x.put("stdev", num(e.performance().stdev()));
            }
            edges.add(x);
        }
        m.put("edges", edges);
        return m;
    }

    static Map<String, Object> network(ResourceNetwork n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", n.metric());
        m.put("denominator", n.denominator());
        m.put("events_without_resource", n.eventsWithoutResource());
        m.put("resources", n.resources());
        List<Map<String, Object>> edges = new ArrayList<>();
        for (ResourceEdge e : n.edges()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("source", e.source());
            x.put("target", e.target());
            x.put("count", e.count());
            x.put("value", e.value());
            edges.add(x);
        }
        m.put("edges", edges);
        return m;
    }

    static Map<String, Object> stats(ProcessStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", s.log());
        m.put("events", s.events());
        m.put("cases", s.cases());
        m.put("activities", s.activities());
        m.put("resources", s.resources());
        m.put("variants", s.variants());
        m.put("events_without_timestamp", s.eventsWithoutTimestamp());
        m.put("events_without_resource", s.eventsWithoutResource());
        m.put("first", s.firstTime() == null ? null : java.time.Instant.ofEpochMilli(s.firstTime()).toString());
        m.put("last", s.lastTime() == null ? null : java.time.Instant.ofEpochMilli(s.lastTime()).toString());
        CaseDurationSummary d = s.durations();
        Map<String, Object> dm = new LinkedHashMap<>();
        dm.put("mean", num(d.mean()));
        dm.put("median", num(d.median()));
        dm.put("min", num(d.min()));
        dm.put("max", num(d.max()));
        m.put("case_duration_s", dm);
        List<Map<String, Object>> tp = new ArrayList<>();
        for (ThroughputPeriod p : s.throughput()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("period", p.period());
            x.put("cases_started", p.casesStarted());
            x.put("cases_ended", p.casesEnded());
            x.put("events", p.events());
            x.put("median_duration_of_ended_cases_s", num(p.medianDurationOfEndedCases()));
            tp.add(x);
        }
        m.put("throughput", tp);
        m.put("warnings", s.warnings());
        return m;
    }

    /** A duration in seconds as "3d 4h", "2h 5m", "12m 3s", "4.2s". */
    static String duration(double s) {
        if (Double.isNaN(s)) {
            return "-";
        }
        double a = Math.abs(s);
        String sign = s < 0 ? "-" : "";
        if (a >= 86400) {
            return sign + (long) (a / 86400) + "d " + (long) (a % 86400 / 3600) + "h";
        }
        if (a >= 3600) {
            return sign + (long) (a / 3600) + "h " + (long) (a % 3600 / 60) + "m";
        }
        if (a >= 60) {
            return sign + (long) (a / 60) + "m " + (long) (a % 60) + "s";
        }
        return sign + String.format(Locale.ROOT, "%.1fs", a);
    }
}
