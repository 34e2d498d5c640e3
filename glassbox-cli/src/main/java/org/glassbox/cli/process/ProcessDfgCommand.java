package org.glassbox.cli.process;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.cli.CommandFailure;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.ClusterEngine;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.io.json.ProcessJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code glassbox process dfg LOG... [--performance] [--json FILE|-]}: the directly-follows graph.
 * The JSON is directly comparable with pm4py's {@code discover_dfg} / {@code discover_performance_dfg}.
 */
@Command(name = "dfg", mixinStandardHelpOptions = true,
        description = "Directly-follows graph with start/end activities; --performance adds durations per edge.")
public final class ProcessDfgCommand extends LogCommand {
    @Option(names = "--performance", description = "add mean, median, min, max duration (seconds) per edge")
    boolean performance;

    @Option(names = "--top", paramLabel = "N", description = "edges printed in the terminal (default 30; JSON has all)")
    int top = 30;

    @Override
    List<String> optionProblems() {
        return topProblem(top);
    }

    @Option(names = "--html", paramLabel = "FILE", description = "draw the directly-follows graph as a self-contained HTML page (opens offline)")
    java.nio.file.Path html;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "language of the HTML page (default en)")
    String lang;

    /**
     * The DFG record of a log, as this command computes it — the hook for the HTML process map
     * ({@code --html}) and any other presentation.
     */
    public static DirectlyFollowsGraph discover(EventLog log, boolean performance, SequenceOrder order) {
        CaseView v = ProcessMining.caseView(log);
        return performance ? ProcessMining.discoverPerformanceDfg(v, order) : ProcessMining.discoverDfg(v, order);
    }

    @Override
    int run(List<EventLog> logs) throws IOException {
        Map<String, DirectlyFollowsGraph> graphs = new java.util.LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (EventLog log : logs) {
            names.add(log.name());
            graphs.put(names.size() + "", discover(log, performance, input.order()));
        }
        return show(names, new ArrayList<>(graphs.values()));
    }

    @Override
    int runCluster(ClusterEngine cluster, List<LogSource> sources) throws IOException {
        List<String> names = new ArrayList<>();
        List<DirectlyFollowsGraph> graphs = new ArrayList<>();
        for (LogSource src : sources) {
            names.add(src.name());
            graphs.add(cluster.dfg(src, performance, input.order()));
        }
        return show(names, graphs);
    }

    /** Prints, writes the JSON and draws the map of the graphs, whichever engine computed them. */
    private int show(List<String> names, List<DirectlyFollowsGraph> graphs) throws IOException {
        List<ObjectNode> json = new ArrayList<>();
        PrintWriter o = out();
        org.glassbox.report.Language language;
        try {
            language = org.glassbox.report.Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--lang: " + e.getMessage());
        }
        Map<String, DirectlyFollowsGraph> drawn = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            DirectlyFollowsGraph g = graphs.get(i);
            drawn.put(drawn.containsKey(name) ? name + " (" + (drawn.size() + 1) + ")" : name, g);
            if (output.wantsJson()) {
                json.add(ProcessJson.dfg(name, g));
            }
            if (text()) {
                print(o, name, g);
            }
        }
        output.writeJson(ProcessJson.oneOrMany(json), out());
        if (html != null) {
            org.glassbox.report.HtmlReport.writeProcessMap(drawn, org.glassbox.report.ReportOptions
                    .defaults(org.glassbox.cli.Main.Version.version()).withLanguage(language), html);
            (text() ? o : err()).println("Process map written to " + html.toAbsolutePath().normalize());
        }
        return 0;
    }

    private void print(PrintWriter o, String name, DirectlyFollowsGraph g) {
        o.printf(Locale.ROOT, "%s: %,d cases, %,d events, %d activities, %d edges%n", name, g.cases(), g.events(),
                g.activities().size(), g.edges().size());
        o.println("  start: " + top(g.startActivities()));
        o.println("  end:   " + top(g.endActivities()));
        List<DfgEdge> edges = new ArrayList<>(g.edges());
        edges.sort(Comparator.comparingLong(DfgEdge::count).reversed());
        int w = 0;
        for (int i = 0; i < Math.min(top, edges.size()); i++) {
            w = Math.max(w, edges.get(i).source().length() + edges.get(i).target().length() + 4);
        }
        o.printf("  %-" + Math.max(w, 4) + "s %9s%s%n", "edge", "count",
                performance ? String.format("  %10s %10s %10s %10s", "mean", "median", "min", "max") : "");
        for (int i = 0; i < Math.min(top, edges.size()); i++) {
            DfgEdge e = edges.get(i);
            String perf = e.performance() == null ? "" : String.format("  %10s %10s %10s %10s",
                    DurationText.of(e.performance().mean()), DurationText.of(e.performance().median()),
                    DurationText.of(e.performance().min()), DurationText.of(e.performance().max()));
            o.printf(Locale.ROOT, "  %-" + Math.max(w, 4) + "s %,9d%s%n", e.source() + " -> " + e.target(), e.count(), perf);
        }
        if (edges.size() > top) {
            o.printf("  ... %d more edges (--top N, or --json for all)%n", edges.size() - top);
        }
    }

    private static String top(Map<String, Long> m) {
        List<Map.Entry<String, Long>> l = new ArrayList<>(m.entrySet());
        l.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, l.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append(l.get(i).getKey()).append(" (").append(l.get(i).getValue()).append(')');
        }
        if (l.size() > 8) {
            sb.append(", ... ").append(l.size() - 8).append(" more");
        }
        return sb.toString();
    }
}
