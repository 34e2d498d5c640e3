package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.glassbox.cli.CommandFailure;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.EdgeComparison;
import org.glassbox.core.process.ProcessComparison;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.VariantOverlap;
import org.glassbox.io.json.ProcessJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code glassbox process compare LOG LOG...}: shared and unique activities and edges, per-edge
 * frequency and duration differences, variant overlap, handover networks side by side.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare several logs of the same process (e.g. one per municipality).")
public final class ProcessCompareCommand extends LogCommand {
    @Option(names = "--top", paramLabel = "N", description = "edges printed per ranking (default 15; JSON has all)")
    int top = 15;

    @Override
    int run(List<EventLog> logs) throws IOException {
        if (logs.size() < 2) {
            throw CommandFailure.usage("compare needs at least two logs");
        }
        ProcessComparison c = ProcessMining.compare(logs, input.order(), input.missing());
        if (text()) {
            print(out(), c);
        }
        output.writeJson(ProcessJson.comparison(c), out());
        return 0;
    }

    private void print(PrintWriter o, ProcessComparison c) {
        int m = c.logs().size();
        o.println("logs:");
        for (int i = 0; i < m; i++) {
            o.printf(Locale.ROOT, "  [%d] %s  %,d cases, %d unique activities, %d unique edges, %d resources%n", i + 1,
                    c.logs().get(i), c.cases().get(i), c.uniqueActivities().get(c.logs().get(i)).size(),
                    c.uniqueEdges().get(c.logs().get(i)), c.handover().get(i).resources().size());
        }
        o.printf("activities shared by all: %d; edges shared by all: %d of %d; variants in all: %d; resources in all: %d%n",
                c.sharedActivities().size(), c.sharedEdges(), c.edges().size(), c.variantsInAll(), c.sharedResources().size());
        o.println("variant overlap (shared variants, Jaccard, share of cases covered):");
        for (VariantOverlap v : c.variantOverlap()) {
            o.printf(Locale.ROOT, "  [%d]-[%d] %5d  %.3f  %.1f%% / %.1f%%%n", v.logA() + 1, v.logB() + 1, v.shared(), v.jaccard(),
                    100 * v.casesOfACovered(), 100 * v.casesOfBCovered());
        }
        List<EdgeComparison> shared = new ArrayList<>();
        for (EdgeComparison e : c.edges()) {
            if (e.presentIn() == m) {
                shared.add(e);
            }
        }
        shared.sort(Comparator.comparingDouble(EdgeComparison::perCaseRange).reversed());
        o.println("shared edges with the largest frequency difference (occurrences per case in each log):");
        for (int i = 0; i < Math.min(top, shared.size()); i++) {
            EdgeComparison e = shared.get(i);
            StringBuilder sb = new StringBuilder();
            for (double d : e.perCase()) {
                sb.append(String.format(Locale.ROOT, " %6.3f", d));
            }
            o.printf("  %-44s%s%n", e.source() + " -> " + e.target(), sb);
        }
        shared.sort(Comparator.comparingDouble(EdgeComparison::meanRange).reversed());
        o.println("shared edges with the largest mean-duration difference:");
        for (int i = 0; i < Math.min(top, shared.size()); i++) {
            EdgeComparison e = shared.get(i);
            StringBuilder sb = new StringBuilder();
            for (double d : e.meanSeconds()) {
                sb.append(String.format(" %9s", DurationText.of(d)));
            }
            o.printf("  %-44s%s%n", e.source() + " -> " + e.target(), sb);
        }
    }

}
