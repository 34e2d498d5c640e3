package org.glassbox.cli.process;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.core.analysis.period.CategoryShift;
import org.glassbox.core.analysis.period.ChangePoint;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.ClusterEngine;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ProcessStats;
import org.glassbox.core.process.ThroughputPeriod;
import org.glassbox.io.json.ProcessJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code glassbox process stats LOG...}: sizes, missing values, case durations, throughput per month. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Events, cases, activities, resources, variants, case durations, monthly throughput and phases (change points) of each log.")
public final class ProcessStatsCommand extends LogCommand {
    @Option(names = "--no-phases", description = "skip the change-point phases of the activity mix")
    boolean noPhases;

    @Override
    int run(List<EventLog> logs) throws IOException {
        List<ObjectNode> json = new ArrayList<>();
        for (EventLog log : logs) {
            show(json, ProcessMining.stats(log), noPhases ? null : ProcessMining.phases(log));
        }
        output.writeJson(ProcessJson.oneOrMany(json), out());
        return 0;
    }

    /** The phases need the events in time order in one process: the cluster engine gives the rest. */
    @Override
    int runCluster(ClusterEngine cluster, List<LogSource> sources) throws IOException {
        if (!noPhases) {
            err().println("glassbox process stats: --engine spark computes no phases (change points need the events in one"
                    + " process); as with --no-phases");
        }
        List<ObjectNode> json = new ArrayList<>();
        for (LogSource src : sources) {
            show(json, cluster.stats(src), null);
        }
        output.writeJson(ProcessJson.oneOrMany(json), out());
        return 0;
    }

    /** Adds the JSON of one log and prints it; {@code phases} null when not computed. */
    private void show(List<ObjectNode> json, ProcessStats s, List<ChangePoint> phases) {
        PrintWriter o = out();
        json.add(ProcessJson.stats(s, phases));
        if (!text()) {
            return;
        }
        o.println(s.log());
        o.printf(Locale.ROOT, "  events      %,d%n  cases       %,d%n  activities  %,d%n  resources   %,d%n  variants    %,d%n",
                s.events(), s.cases(), s.activities(), s.resources(), s.variants());
        if (s.firstTime() != null) {
            o.printf("  period      %s .. %s%n", Instant.ofEpochMilli(s.firstTime()), Instant.ofEpochMilli(s.lastTime()));
        }
        o.printf("  case duration  median %s, mean %s, min %s, max %s%n", DurationText.of(s.durations().median()),
                DurationText.of(s.durations().mean()), DurationText.of(s.durations().min()), DurationText.of(s.durations().max()));
        if (s.eventsWithoutTimestamp() > 0 || s.eventsWithoutResource() > 0) {
            o.printf(Locale.ROOT, "  missing     %,d events without timestamp (left out), %,d without resource%n",
                    s.eventsWithoutTimestamp(), s.eventsWithoutResource());
        }
        for (String w : s.warnings()) {
            o.println("  note: " + w);
        }
        if (phases != null) {
            o.printf("  phases      %d change points in the activity mix%s%n", phases.size(), phases.isEmpty() ? "" : ":");
            for (ChangePoint cp : phases) {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < Math.min(3, cp.shifts().size()); k++) {
                    CategoryShift c = cp.shifts().get(k);
                    sb.append(k == 0 ? "" : ", ").append(c.category()).append(String.format(Locale.ROOT, " %.0f%%->%.0f%%",
                            100 * c.shareBefore(), 100 * c.shareAfter()));
                }
                o.printf("    from %s  %s%n", Instant.ofEpochMilli(cp.timeMillis()), sb);
            }
        }
        List<ThroughputPeriod> tp = s.throughput();
        long max = tp.stream().mapToLong(ThroughputPeriod::casesStarted).max().orElse(1);
        o.println("  throughput (month: cases started / ended, events)");
        for (ThroughputPeriod p : tp) {
            o.printf(Locale.ROOT, "    %s %6d %6d %8d  %s%n", p.period(), p.casesStarted(), p.casesEnded(), p.events(),
                    "#".repeat((int) Math.round(30.0 * p.casesStarted() / Math.max(1, max))));
        }
    }
}
