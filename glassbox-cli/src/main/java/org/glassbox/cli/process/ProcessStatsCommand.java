package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.period.CategoryShift;
import org.glassbox.core.analysis.period.ChangePoint;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ProcessStats;
import org.glassbox.core.process.ThroughputPeriod;
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
        List<Map<String, Object>> json = new ArrayList<>();
        PrintWriter o = out();
        for (EventLog log : logs) {
            ProcessStats s = ProcessMining.stats(log);
            Map<String, Object> js = Json.stats(s);
            List<ChangePoint> phases = noPhases ? List.of() : ProcessMining.phases(log);
            List<Map<String, Object>> pj = new ArrayList<>();
            for (ChangePoint cp : phases) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("from", Instant.ofEpochMilli(cp.timeMillis()).toString());
                x.put("event_rank", cp.index());
                x.put("gain", cp.gain());
                List<Map<String, Object>> sh = new ArrayList<>();
                for (CategoryShift c : cp.shifts()) {
                    Map<String, Object> y = new LinkedHashMap<>();
                    y.put("activity", c.category());
                    y.put("share_before", c.shareBefore());
                    y.put("share_after", c.shareAfter());
                    sh.add(y);
                }
                x.put("shifts", sh);
                pj.add(x);
            }
            if (!noPhases) {
                js.put("phases", pj);
            }
            json.add(js);
            if (!text()) {
                continue;
            }
            o.println(s.log());
            o.printf(Locale.ROOT, "  events      %,d%n  cases       %,d%n  activities  %,d%n  resources   %,d%n  variants    %,d%n",
                    s.events(), s.cases(), s.activities(), s.resources(), s.variants());
            if (s.firstTime() != null) {
                o.printf("  period      %s .. %s%n", Instant.ofEpochMilli(s.firstTime()), Instant.ofEpochMilli(s.lastTime()));
            }
            o.printf("  case duration  median %s, mean %s, min %s, max %s%n", Json.duration(s.durations().median()),
                    Json.duration(s.durations().mean()), Json.duration(s.durations().min()), Json.duration(s.durations().max()));
            if (s.eventsWithoutTimestamp() > 0 || s.eventsWithoutResource() > 0) {
                o.printf(Locale.ROOT, "  missing     %,d events without timestamp (left out), %,d without resource%n",
                        s.eventsWithoutTimestamp(), s.eventsWithoutResource());
            }
            for (String w : s.warnings()) {
                o.println("  note: " + w);
            }
            if (!noPhases) {
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
        output.writeJson(json.size() == 1 ? json.get(0) : json, out());
        return 0;
    }
}
