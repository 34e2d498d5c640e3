package org.glassbox.cli.process;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.ObjectCentricDfg;
import org.glassbox.core.process.OcdfgEdge;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.io.json.ProcessJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glassbox process ocdfg LOG...}: the object-centric directly-follows graph per object type. */
@Command(name = "ocdfg", mixinStandardHelpOptions = true,
        description = "Object-centric directly-follows graph per object type (OCEL 2.0 logs), as pm4py's discover_ocdfg.")
public final class ProcessOcdfgCommand extends LogCommand {
    @Option(names = "--top", paramLabel = "N", description = "edges printed per object type (default 10; JSON has all)")
    int top = 10;

    @Override
    List<String> optionProblems() {
        return topProblem(top);
    }

    @Override
    int run(List<EventLog> logs) throws IOException {
        List<ObjectNode> json = new ArrayList<>();
        for (EventLog log : logs) {
            ObjectCentricDfg g = ProcessMining.discoverOcdfg(log);
            json.add(ProcessJson.ocdfg(log.name(), g));
            if (text()) {
                print(out(), log.name(), g);
            }
        }
        output.writeJson(ProcessJson.oneOrMany(json), out());
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
                        e.uniqueObjects(), e.totalObjects(), DurationText.of(e.couplePerformance().median()));
            }
        }
    }



}
