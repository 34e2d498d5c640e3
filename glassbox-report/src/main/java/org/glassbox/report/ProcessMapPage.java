package org.glassbox.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.report.layout.LayeredLayout;

/**
 * The data of a process-map page: the directly-follows graph of one or more event logs (as
 * {@code glassbox process dfg} computes it), with activity frequencies, start and end counts, edge
 * frequencies and, when computed, edge durations — and the drawing: the {@value #MAX_ACTIVITIES}
 * most frequent activities, a start and an end node, placed by the {@value #MAX_LAYOUT_PAIRS} most frequent pairs through {@link LayeredLayout} (ELK layered,
 * left to right, start in the first layer, end in the last, boxes that never overlap). The page
 * draws the nodes at these coordinates and scales the whole drawing to fit its view.
 */
final class ProcessMapPage {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Most activities a map draws (the most frequent ones; the list below the map has every pair). */
    static final int MAX_ACTIVITIES = 80;
    /** Most pairs between activities that place the boxes (the most frequent; the others are drawn where the boxes are). */
    static final int MAX_LAYOUT_PAIRS = 240;
    /** Characters per line of an activity's label. */
    static final int LABEL_WIDTH = 22;
    static final String START = "__start";
    static final String END = "__end";
    static final double BOX_WIDTH = 160;
    static final double MARK = 26;

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
            o.set("layout", layout(g));
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

    /** The activities drawn: the most frequent {@link #MAX_ACTIVITIES}, ties by name. */
    static List<String> drawn(DirectlyFollowsGraph g) {
        return g.activities().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(MAX_ACTIVITIES).map(Map.Entry::getKey).toList();
    }

    /** An activity's label in lines of at most about {@link #LABEL_WIDTH} characters (at most 3 lines, the last cut with …). */
    static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : name.split(" ")) {
            if (cur.length() > 0 && cur.length() + 1 + w.length() > LABEL_WIDTH) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (cur.length() > 0) {
                cur.append(' ');
            }
            cur.append(w);
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        List<String> out = new ArrayList<>();
        for (String l : lines.subList(0, Math.min(3, lines.size()))) {
            out.add(l.length() > LABEL_WIDTH + 4 ? l.substring(0, LABEL_WIDTH + 3) + "…" : l);
        }
        return out;
    }

    /** The height of an activity's box with {@code lines} lines of label and one of counts. */
    static double boxHeight(int lines) {
        return 24 + 13 * lines;
    }

    /** The layered drawing of the graph's drawn activities with the start and end nodes. */
    static LayeredLayout.Drawing drawing(DirectlyFollowsGraph g) {
        List<String> acts = drawn(g);
        Set<String> keep = new HashSet<>(acts);
        List<LayeredLayout.Box> boxes = new ArrayList<>();
        boxes.add(new LayeredLayout.Box(START, MARK, MARK, LayeredLayout.Position.FIRST));
        for (String a : acts) {
            boxes.add(new LayeredLayout.Box("a:" + a, BOX_WIDTH, boxHeight(lines(a).size()), LayeredLayout.Position.ANY));
        }
        boxes.add(new LayeredLayout.Box(END, MARK, MARK, LayeredLayout.Position.LAST));
        List<LayeredLayout.Arc> arcs = new ArrayList<>();
        for (String a : acts) {
            if (g.startActivities().getOrDefault(a, 0L) > 0) {
                arcs.add(new LayeredLayout.Arc(START, "a:" + a));
            }
        }
        g.edges().stream().filter(e -> keep.contains(e.source()) && keep.contains(e.target()) && !e.source().equals(e.target()))
                .sorted(Comparator.comparingLong(DfgEdge::count).reversed().thenComparing(DfgEdge::source).thenComparing(DfgEdge::target))
                .limit(MAX_LAYOUT_PAIRS)
                .forEach(e -> arcs.add(new LayeredLayout.Arc("a:" + e.source(), "a:" + e.target())));
        for (String a : acts) {
            if (g.endActivities().getOrDefault(a, 0L) > 0) {
                arcs.add(new LayeredLayout.Arc("a:" + a, END));
            }
        }
        return LayeredLayout.layout(boxes, arcs);
    }

    private static ObjectNode layout(DirectlyFollowsGraph g) {
        LayeredLayout.Drawing d = drawing(g);
        ObjectNode o = F.objectNode();
        o.put("width", d.width());
        o.put("height", d.height());
        ArrayNode nodes = o.putArray("nodes");
        for (LayeredLayout.Placed p : d.boxes()) {
            ObjectNode n = nodes.addObject();
            n.put("id", p.id());
            n.put("x", p.x());
            n.put("y", p.y());
            n.put("w", p.width());
            n.put("h", p.height());
            if (p.id().startsWith("a:")) {
                ArrayNode lines = n.putArray("lines");
                lines(p.id().substring(2)).forEach(lines::add);
            }
        }
        return o;
    }
}
