package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.EdgePerformance;
import org.glassbox.core.process.ObjectCentricDfg;
import org.glassbox.core.process.OcdfgActivity;
import org.glassbox.core.process.OcdfgEdge;
import org.glassbox.core.process.ProcessMining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glassbox process ocdfg LOG...}: the object-centric directly-follows graph per object type. */
@Command(name = "ocdfg", mixinStandardHelpOptions = true,
        description = "Object-centric directly-follows graph per object type (OCEL 2.0 logs), as pm4py's discover_ocdfg.")
public final class ProcessOcdfgCommand extends LogCommand {
    @Option(names = "--top", paramLabel = "N", description = "edges printed per object type (default 10; JSON has all)")
    int top = 10;

    @Override
    int run(List<EventLog> logs) throws IOException {
        List<Map<String, Object>> json = new ArrayList<>();
        for (EventLog log : logs) {
            ObjectCentricDfg g = ProcessMining.discoverOcdfg(log);
            json.add(json(log.name(), g));
            if (text()) {
                print(out(), log.name(), g);
            }
        }
        output.writeJson(json.size() == 1 ? json.get(0) : json, out());
        return 0;
    }

    private void print(PrintWriter o, String name, ObjectCentricDfg g) {
        o.printf("%s: %d object types, %d activities, %d edges%n", name, g.objectTypes().size(), g.activities().size(),
                g.edges().size());
        for (String t : g.objectTypes()) {
            List<OcdfgEdge> es = new ArrayList<>();
            for (OcdfgEdge e : g.edges()) {
                if (e.objectType().equals(t)) {
                    es.add(e);
                }
            }
            es.sort(Comparator.comparingLong(OcdfgEdge::totalObjects).reversed());
            o.printf("  %s (%d edges)  [event couples / objects / (couple, object) pairs, median duration]%n", t, es.size());
            for (int i = 0; i < Math.min(top, es.size()); i++) {
                OcdfgEdge e = es.get(i);
                o.printf(Locale.ROOT, "    %-50s %6d %6d %6d  %s%n", e.source() + " -> " + e.target(), e.eventCouples(),
                        e.uniqueObjects(), e.totalObjects(), Json.duration(e.couplePerformance().median()));
            }
        }
    }

    static Map<String, Object> json(String name, ObjectCentricDfg g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("log", name);
        m.put("object_types", g.objectTypes());
        m.put("activities", g.activities());
        m.put("activities_per_type", activities(g.activitiesPerType()));
        m.put("activities_independent", activities(g.activitiesIndependent()));
        m.put("start_activities", activities(g.startActivities()));
        m.put("end_activities", activities(g.endActivities()));
        List<Map<String, Object>> edges = new ArrayList<>();
        for (OcdfgEdge e : g.edges()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("object_type", e.objectType());
            x.put("source", e.source());
            x.put("target", e.target());
            x.put("event_couples", e.eventCouples());
            x.put("unique_objects", e.uniqueObjects());
            x.put("total_objects", e.totalObjects());
            x.put("performance_event_couples", perf(e.couplePerformance()));
            x.put("performance_total_objects", perf(e.objectPerformance()));
            edges.add(x);
        }
        m.put("edges", edges);
        return m;
    }

    private static Map<String, Object> perf(EdgePerformance p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("mean", p.mean());
        x.put("median", p.median());
        x.put("min", p.min());
        x.put("max", p.max());
        return x;
    }

    private static List<Map<String, Object>> activities(List<OcdfgActivity> l) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OcdfgActivity a : l) {
            Map<String, Object> x = new LinkedHashMap<>();
            if (a.objectType() != null) {
                x.put("object_type", a.objectType());
            }
            x.put("activity", a.activity());
            x.put("events", a.events());
            x.put("unique_objects", a.uniqueObjects());
            x.put("total_objects", a.totalObjects());
            out.add(x);
        }
        return out;
    }
}
