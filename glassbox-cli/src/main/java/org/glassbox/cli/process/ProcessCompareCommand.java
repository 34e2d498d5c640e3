package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.glassbox.cli.CommandFailure;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.ClusterEngine;
import org.glassbox.core.process.EdgeComparison;
import org.glassbox.core.process.GroupCountException;
import org.glassbox.core.process.LogProfile;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.ProcessComparison;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.VariantOverlap;
import org.glassbox.io.json.ProcessJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code glassbox process compare LOG LOG...} or {@code LOG --group-by ATTR}: shared activities and edges and those only in
 * one log (or group), with totals, per-edge frequency and duration differences, pairwise variant overlap, handover networks
 * side by side. The groups of one log are compared exactly as separate logs would be (every pair).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare several logs of the same process (e.g. one per municipality), or the groups of one log by an"
                + " attribute's value (--group-by)."})
public final class ProcessCompareCommand extends LogCommand {
    @Option(names = "--top", paramLabel = "N", description = "edges printed per ranking (default 15; JSON has all)")
    int top = 15;

    @Override
    List<String> optionProblems() {
        return topProblem(top);
    }

    @Option(names = "--group-by", paramLabel = "ATTR",
            description = "compare the groups of one LOG by the value of a case attribute (a CSV column case:ATTR, an XES trace"
                    + " attribute) or, when no case attribute has that name, an event attribute: municipalities or counties within one log")
    String groupBy;

    private void requireLogs(int count) {
        if (groupBy != null && count != 1) {
            throw CommandFailure.usage("--group-by compares the groups of one LOG, not of " + count);
        }
        if (groupBy == null && count < 2) {
            throw CommandFailure.usage("compare needs at least two logs (or one LOG and --group-by ATTR)");
        }
    }

    @Override
    int run(List<EventLog> logs) throws IOException {
        requireLogs(logs.size());
        return show(groupBy != null ? ProcessMining.compareGroups(logs.get(0), groupBy, input.order(), input.missing())
                : ProcessMining.compare(logs, input.order(), input.missing()));
    }

    @Override
    int runCluster(ClusterEngine cluster, List<LogSource> sources) throws IOException {
        requireLogs(sources.size());
        List<LogProfile> profiles = new ArrayList<>();
        if (groupBy != null) {
            profiles.addAll(cluster.groupProfiles(sources.get(0), groupBy, input.order(), input.missing()));
            if (profiles.size() < 2) {
                throw new GroupCountException(sources.get(0).name(), groupBy, profiles.size());
            }
        } else {
            for (LogSource src : sources) {
                profiles.add(cluster.profile(src, input.order(), input.missing()));
            }
        }
        return show(ProcessMining.compareProfiles(profiles));
    }

    private int show(ProcessComparison c) throws IOException {
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
            int log = i;
            long edges = c.edges().stream().filter(e -> e.counts().get(log) > 0).count();
            o.printf(Locale.ROOT, "  [%d] %s  %,d cases, %d edges (%d only in this log), %d activities only in this log,"
                    + " %d resources%n", i + 1, c.logs().get(i), c.cases().get(i), edges, c.uniqueEdges().get(c.logs().get(i)),
                    c.uniqueActivities().get(c.logs().get(i)).size(), c.handover().get(i).resources().size());
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
