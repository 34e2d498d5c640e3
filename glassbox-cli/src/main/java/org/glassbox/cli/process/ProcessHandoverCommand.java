package org.glassbox.cli.process;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.ClusterEngine;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ResourceEdge;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.io.json.ProcessJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glassbox process handover LOG...}: handover-of-work and working-together networks. */
@Command(name = "handover", mixinStandardHelpOptions = true,
        description = "Handover-of-work (beta=0) and working-together networks of the resources (pm4py semantics).")
public final class ProcessHandoverCommand extends LogCommand {
    @Option(names = "--top", paramLabel = "N", description = "edges printed per network (default 20; JSON has all)")
    int top = 20;

    @Override
    List<String> optionProblems() {
        return topProblem(top);
    }

    @Override
    int run(List<EventLog> logs) throws IOException {
        List<ObjectNode> json = new ArrayList<>();
        for (EventLog log : logs) {
            CaseView v = ProcessMining.caseView(log);
            show(json, log.name(), ProcessMining.handoverOfWork(v, input.order(), input.missing()),
                    ProcessMining.workingTogether(v, input.missing()));
        }
        output.writeJson(ProcessJson.oneOrMany(json), out());
        return 0;
    }

    @Override
    int runCluster(ClusterEngine cluster, List<LogSource> sources) throws IOException {
        List<ObjectNode> json = new ArrayList<>();
        for (LogSource src : sources) {
            show(json, src.name(), cluster.handoverOfWork(src, input.order(), input.missing()),
                    cluster.workingTogether(src, input.missing()));
        }
        output.writeJson(ProcessJson.oneOrMany(json), out());
        return 0;
    }

    private void show(List<ObjectNode> json, String name, ResourceNetwork how, ResourceNetwork wt) {
        json.add(ProcessJson.handover(name, how, wt));
        if (text()) {
            print(out(), name, how);
            print(out(), name, wt);
        }
    }

    private void print(PrintWriter o, String name, ResourceNetwork n) {
        o.printf(Locale.ROOT, "%s: %s, %d resources, %d edges, denominator %,d%s%n", name, n.metric().replace('_', ' '),
                n.resources().size(), n.edges().size(), n.denominator(),
                n.eventsWithoutResource() > 0 ? String.format(Locale.ROOT, " (%,d events without resource)", n.eventsWithoutResource()) : "");
        List<ResourceEdge> edges = new ArrayList<>(n.edges());
        edges.sort(Comparator.comparingLong(ResourceEdge::count).reversed());
        for (int i = 0; i < Math.min(top, edges.size()); i++) {
            ResourceEdge e = edges.get(i);
            o.printf(Locale.ROOT, "  %-40s %,8d  %.4f%n", e.source() + " -> " + e.target(), e.count(), e.value());
        }
    }
}
