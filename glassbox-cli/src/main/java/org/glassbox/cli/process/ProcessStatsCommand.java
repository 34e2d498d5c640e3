package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.ProcessStats;
import org.glassbox.core.process.ThroughputPeriod;
import picocli.CommandLine.Command;

/** {@code glassbox process stats LOG...}: sizes, missing values, case durations, throughput per month. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Events, cases, activities, resources, variants, case durations and monthly throughput of each log.")
public final class ProcessStatsCommand extends LogCommand {

    @Override
    int run(List<EventLog> logs) throws IOException {
        List<Map<String, Object>> json = new ArrayList<>();
        PrintWriter o = out();
        for (EventLog log : logs) {
            ProcessStats s = ProcessMining.stats(log);
            json.add(Json.stats(s));
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
