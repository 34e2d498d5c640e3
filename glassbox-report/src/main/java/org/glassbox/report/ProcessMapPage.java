package org.glassbox.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;

/**
 * The data of a process-map page: the directly-follows graph of one or more event logs (as
 * {@code glassbox process dfg} computes it), with activity frequencies, start and end counts, edge
 * frequencies and, when computed, edge durations.
 */
final class ProcessMapPage {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ProcessMapPage() {
    }

    /** A log's name and its graph. */
    record Log(String name, DirectlyFollowsGraph dfg) {
        Log {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(dfg, "dfg");
        }
    }

    static ObjectNode data(List<Log> logs, ReportOptions opts, Messages msg) {
        ObjectNode root = F.objectNode();
        root.put("kind", "dfg");
        root.put("lang", opts.language().code());
        root.put("version", opts.glassboxVersion());
        root.put("title", msg.format("dfg.title", String.join(msg.get("list.sep"), logs.stream().map(Log::name).toList())));
        ArrayNode arr = root.putArray("logs");
        for (Log l : logs) {
            DirectlyFollowsGraph g = l.dfg();
            ObjectNode o = arr.addObject();
            o.put("name", l.name());
            o.put("cases", g.cases());
            o.put("events", g.events());
            o.put("performance", g.hasPerformance());
            ArrayNode acts = o.putArray("activities");
            for (Map.Entry<String, Long> a : g.activities().entrySet()) {
                ObjectNode x = acts.addObject();
                x.put("name", a.getKey());
                x.put("count", a.getValue());
                x.put("start", g.startActivities().getOrDefault(a.getKey(), 0L));
                x.put("end", g.endActivities().getOrDefault(a.getKey(), 0L));
            }
            ArrayNode edges = o.putArray("edges");
            for (DfgEdge e : g.edges()) {
                ObjectNode x = edges.addObject();
                x.put("s", e.source());
                x.put("t", e.target());
                x.put("count", e.count());
                if (e.performance() != null) {
                    x.put("mean", e.performance().mean());
                    x.put("median", e.performance().median());
                }
            }
        }
        ObjectNode labels = root.putObject("labels");
        msg.all().forEach(labels::put);
        return root;
    }
}
