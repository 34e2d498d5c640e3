package org.glassbox.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.xes.XesReader;

/**
 * Glassbox against pm4py, side by side and whole process against whole process
 * ({@link SideBySide}): a fresh {@code ./glassbox process ...} against a fresh
 * {@code python3 glassbox-bench/peers/pm4py_dfg.py ...} on Debian's {@code /usr/bin/python3} with
 * pm4py from {@code PEERS/pm4py} on {@code PYTHONPATH} ({@code glassbox-bench/peers/install.sh};
 * {@code PEERS} defaults to {@code ../peers} beside the repository).
 * <ul>
 *   <li>{@code xes}: {@code read_xes} + {@code discover_dfg} vs {@code glassbox process dfg}, on BPIC15_4
 *       (47,293 events) and the road-traffic log (561,470 events);</li>
 *   <li>{@code csv}: the road-traffic log ×9 as CSV (5,053,230 events, case ids made unique as
 *       {@code c_k}, written to a temporary file as {@link ProcessBenchmark} does): {@code read_csv} +
 *       {@code format_dataframe} + {@code discover_dfg} vs {@code glassbox process dfg} reading every
 *       column with a 2 GB heap;</li>
 *   <li>{@code ocel}: {@code read_ocel2_sqlite} vs {@code glassbox process stats --no-phases} (reading plus
 *       the statistics) on the OCEL 2.0 procure-to-pay log (pm4py's {@code discover_ocdfg} fails on it with
 *       Debian's pandas 1.5.3: the times it read stay text).</li>
 * </ul>
 * pm4py runs with its progress bars off and, for the CSV, the timestamp format given
 * ({@code PM4PY_DEFAULT_TIMESTAMP_PARSE_FORMAT}), its fastest documented setting; for XES it parses
 * ISO times with its default parser. Usage: {@code ./bench pm4py [xes|csv|ocel|all] [--runs N] [--timeout S]}
 * (default all, 3 runs, 600 s).
 */
public final class Pm4pyBenchmark {
    private Pm4pyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = "all";
        int runs = 3;
        double timeout = 600;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--timeout" -> timeout = Double.parseDouble(args[++i]);
                default -> what = args[i];
            }
        }
        Path home = SideBySide.home();
        Path logs = Path.of(System.getProperty("glassbox.shared", home.resolve("../shared").toString()), "data", "process", "logs")
                .toAbsolutePath().normalize();
        Path peers = Path.of(System.getenv().getOrDefault("PEERS", home.resolve("../peers").toString())).toAbsolutePath().normalize();
        Path script = home.resolve("glassbox-bench/peers/pm4py_dfg.py");
        boolean installed = Files.isRegularFile(peers.resolve("pm4py/pm4py/__init__.py")) && Files.isExecutable(Path.of("/usr/bin/python3"));
        String how = "fetch pm4py 2.7.11.4's source into " + peers.resolve("pm4py") + " and run glassbox-bench/peers/install.sh";
        SideBySide sbs = new SideBySide(home, runs, timeout, System.out);
        System.out.println(SideBySide.header("Glassbox vs pm4py 2.7.11.4 (" + runs + " runs each, alternating)"));
        Map<String, String> env = Map.of("PYTHONPATH", peers.resolve("pm4py").toString(), "PM4PY_SHOW_PROGRESS_BAR", "False");
        List<SideBySide.Outcome> all = new ArrayList<>();
        if (what.equals("xes") || what.equals("all")) {
            for (String f : List.of("BPIC15_4.xes.gz", "Road_Traffic_Fine_Management_Process.xes.gz")) {
                Path log = logs.resolve(f);
                SideBySide.Side g = sbs.glassbox(null, "process", "dfg", log.toString());
                SideBySide.Side p = new SideBySide.Side("pm4py", List.of("/usr/bin/python3", script.toString(), "xes", log.toString()), env);
                String name = "read_xes + discover_dfg vs process dfg: " + f;
                all.add(installed ? sbs.compare(name, g, p) : sbs.glassboxOnly(name, g, how));
            }
        }
        if (what.equals("csv") || what.equals("all")) {
            EventLog rtfm = new XesReader(XesReader.Options.defaults()).readWithReport(
                    logs.resolve("Road_Traffic_Fine_Management_Process.xes.gz")).log();
            Path csv = Files.createTempFile("glassbox-rtfm-x9-", ".csv");
            try {
                long rows = ProcessBenchmark.generate(rtfm, 9, csv);
                rtfm = null;
                System.out.printf("%n(generated %,d rows, %,d MB, at %s)%n", rows, Files.size(csv) >> 20, csv);
                SideBySide.Side g = sbs.glassbox("-Xmx2g", "process", "dfg", csv.toString());
                Map<String, String> csvEnv = new java.util.HashMap<>(env);
                csvEnv.put("PM4PY_DEFAULT_TIMESTAMP_PARSE_FORMAT", "%Y-%m-%dT%H:%M:%S.%f%z");
                SideBySide.Side p = new SideBySide.Side("pm4py", List.of("/usr/bin/python3", script.toString(), "csv", csv.toString()), csvEnv);
                String name = "read_csv + format_dataframe + discover_dfg vs process dfg (every column, -Xmx2g): road traffic x9 CSV";
                all.add(installed ? sbs.compare(name, g, p) : sbs.glassboxOnly(name, g, how));
            } finally {
                Files.deleteIfExists(csv);
            }
        }
        if (what.equals("ocel") || what.equals("all")) {
            Path log = logs.resolve("ocel2-p2p.sqlite");
            SideBySide.Side g = sbs.glassbox(null, "process", "stats", "--no-phases", log.toString());
            SideBySide.Side p = new SideBySide.Side("pm4py", List.of("/usr/bin/python3", script.toString(), "ocel", log.toString()), env);
            String name = "read_ocel2_sqlite vs process stats --no-phases: ocel2-p2p.sqlite";
            all.add(installed ? sbs.compare(name, g, p) : sbs.glassboxOnly(name, g, how));
        }
        System.out.printf("%nSummary (median wall, whole process; ratio = pm4py / Glassbox)%n");
        for (SideBySide.Outcome o : all) {
            double g = o.median(o.glassbox(), false);
            double p = o.peerTimedOut() ? timeout : o.median(o.peer(), false);
            System.out.printf(java.util.Locale.ROOT, "  %-100s glassbox %7.2f s  pm4py %s%7.2f s  %s%n", o.name(), g,
                    o.peerTimedOut() ? ">" : " ", p, o.peer().isEmpty() ? "(not installed)" : String.format(java.util.Locale.ROOT, "%.1fx", p / g));
        }
    }
}
