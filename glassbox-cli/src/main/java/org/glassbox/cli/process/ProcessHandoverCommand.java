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
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ResourceEdge;
import org.glassbox.core.process.ResourceNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glassbox process handover LOG...}: handover-of-work and working-together networks. */
@Command(name = "handover", mixinStandardHelpOptions = true,
        description = "Handover-of-work (beta=0) and working-together networks of the resources (pm4py semantics).")
public final class ProcessHandoverCommand extends LogCommand {
    @Option(names = "--top", paramLabel = "N", description = "edges printed per network (default 20; JSON has all)")
    int top = 20;

    @Override
    int run(List<EventLog> logs) throws IOException {
        List<Map<String, Object>> json = new ArrayList<>();
        for (EventLog log : logs) {
            CaseView v = ProcessMining.caseView(log);
            ResourceNetwork how = ProcessMining.handoverOfWork(v, input.order(), input.missing());
            ResourceNetwork wt = ProcessMining.workingTogether(v, input.missing());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("log", log.name());
            m.put("handover_of_work", Json.network(how));
            m.put("working_together", Json.network(wt));
            json.add(m);
            if (text()) {
                print(out(), log.name(), how);
                print(out(), log.name(), wt);
            }
        }
        output.writeJson(json.size() == 1 ? json.get(0) : json, out());
        return 0;
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
