package org.glassbox.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.io.csvlog.CsvLogMapping;
import org.glassbox.io.csvlog.CsvLogReader;
import org.glassbox.io.csvlog.CsvLogWriter;
import org.glassbox.io.xes.XesReader;

/**
 * Process-engine benchmark against pm4py's timings in {@code shared/data/process/pm4py-timings.md}:
 * events per second, wall seconds (median of the runs) and peak heap for
 * <ol>
 *   <li>reading Road_Traffic_Fine_Management_Process.xes.gz (561,470 events) — pm4py {@code read_xes} 82.2 s;</li>
 *   <li>DFG and performance DFG on it (case view included) — pm4py 3.54 s / 3.64 s;</li>
 *   <li>a 5,053,230-event CSV log: the road-traffic log ×9 with case ids made unique as {@code c_k}
 *       (generated into a temporary file) — pm4py read_csv + timestamp parsing/format_dataframe
 *       3.16 + 22.6 s, discover_dfg 17.5 s, performance DFG 17.0 s.</li>
 * </ol>
 * Usage: {@code ./bench process [xes|csv|all] [--runs N]} (default all, 3 runs). The heap limit is the
 * JVM's: run {@code BENCH_JAVA_OPTS=-Xmx500m ./bench process xes} to show the XES read fits in
 * 500 MB, and {@code BENCH_JAVA_OPTS=-Xmx2g ./bench process csv} for the 5 M-event log under 2 GB.
 */
public final class ProcessBenchmark {
    private static final double PM4PY_READ_XES = 82.2;
    private static final double PM4PY_DFG = 3.54;
    private static final double PM4PY_PERF_DFG = 3.64;
    private static final double PM4PY_CSV_READ = 3.16 + 22.6;
    private static final double PM4PY_CSV_DFG = 17.5;
    private static final double PM4PY_CSV_PERF_DFG = 17.0;

    private ProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = "all";
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                what = args[i];
            }
        }
        Path dir = Path.of(System.getProperty("glassbox.shared", "../shared"), "data", "process", "logs");
        Path rtfm = dir.resolve("Road_Traffic_Fine_Management_Process.xes.gz");
        if (!Files.isRegularFile(rtfm)) {
            System.err.println("benchmark data not found at " + rtfm.toAbsolutePath());
            System.exit(1);
        }
        System.out.printf(Locale.ROOT, "Process benchmark (%d processors, load average %.1f, max heap %d MB, Java %s, %d runs, median)%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"), runs);
        System.out.printf("%-44s %9s %9s %14s %10s %9s %9s %9s%n", "step", "wall s", "cpu s", "events/s", "peak MB", "pm4py s",
                "speed-up", "(cpu)");
        EventLog log = null;
        if (what.equals("xes") || what.equals("all")) {
            EventLog[] holder = new EventLog[1];
            Result r = time(runs, () -> holder[0] = new XesReader(XesReader.Options.defaults()).readWithReport(rtfm).log());
            log = holder[0];
            int n = log.events().size();
            row("read XES road traffic (561,470 events)", r, n, PM4PY_READ_XES);
            EventLog l = log;
            row("DFG (case view + frequencies)", time(runs, () -> ProcessMining.discoverDfg(ProcessMining.caseView(l),
                    SequenceOrder.TIME)), n, PM4PY_DFG);
            row("performance DFG (case view + durations)", time(runs, () -> ProcessMining.discoverPerformanceDfg(
                    ProcessMining.caseView(l), SequenceOrder.TIME)), n, PM4PY_PERF_DFG);
            CaseView v = ProcessMining.caseView(l);
            row("  DFG kernel only (view built)", time(runs, () -> ProcessMining.discoverDfg(v, SequenceOrder.TIME)), n, PM4PY_DFG);
        }
        if (what.equals("csv") || what.equals("all")) {
            if (log == null) {
                log = new XesReader(XesReader.Options.defaults()).readWithReport(rtfm).log();
            }
            Path csv = Files.createTempFile("glassbox-rtfm-x9-", ".csv");
            try {
                long rows = generate(log, 9, csv);
                log = null;
                System.gc();
                EventLog[] holder = new EventLog[1];
                // the mapped columns only: all the DFG needs; with every attribute column kept the
                // 5 M-event log needs about 3 GB of heap (see docs/process.md)
                Result r = time(runs, () -> holder[0] = CsvLogReader.read(csv, CsvLogMapping.defaults().withAttributes(false)));
                EventLog big = holder[0];
                int n = big.events().size();
                if (n != rows) {
                    throw new IllegalStateException("read " + n + " of " + rows + " rows");
                }
                row(String.format(Locale.ROOT, "read CSV x9, mapped columns (%,d ev.)", n), r, n, PM4PY_CSV_READ);
                row("DFG (case view + frequencies)", time(runs, () -> ProcessMining.discoverDfg(ProcessMining.caseView(big),
                        SequenceOrder.TIME)), n, PM4PY_CSV_DFG);
                Result p = time(runs, () -> ProcessMining.discoverPerformanceDfg(ProcessMining.caseView(big), SequenceOrder.TIME));
                row("performance DFG (case view + durations)", p, n, PM4PY_CSV_PERF_DFG);
                DirectlyFollowsGraph g = (DirectlyFollowsGraph) p.value;
                System.out.printf(Locale.ROOT, "  (x9 log: %,d cases, %d edges, CSV file %,d MB)%n", g.cases(), g.edges().size(),
                        Files.size(csv) >> 20);
            } finally {
                Files.deleteIfExists(csv);
            }
        }
    }

    /** Writes the log as CSV, then {@code copies} times with case ids suffixed {@code _k}. Returns rows. */
    static long generate(EventLog log, int copies, Path out) throws IOException {
        Path once = Files.createTempFile("glassbox-rtfm-", ".csv");
        long rows = 0;
        try {
            CsvLogWriter.write(log, once);
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (int k = 0; k < copies; k++) {
                    try (BufferedReader r = Files.newBufferedReader(once, StandardCharsets.UTF_8)) {
                        String header = r.readLine();
                        if (k == 0) {
                            w.write(header);
                            w.newLine();
                        }
                        String line;
                        while ((line = r.readLine()) != null) {
                            int comma = line.indexOf(',');
                            w.write(line, 0, comma);
                            w.write("_" + k);
                            w.write(line, comma, line.length() - comma);
                            w.newLine();
                            rows++;
                        }
                    }
                }
            }
        } finally {
            Files.deleteIfExists(once);
        }
        return rows;
    }

    /** Median wall seconds, median CPU seconds of the calling thread (less sensitive to a loaded machine), peak heap. */
    record Result(double seconds, double cpuSeconds, long peakBytes, Object value) {
    }

    static Result time(int runs, Callable<Object> task) throws Exception {
        double[] s = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long peak = 0;
        Object v = null;
        for (int i = 0; i < runs; i++) {
            v = null;
            System.gc();
            for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
                if (m.getType() == MemoryType.HEAP) {
                    m.resetPeakUsage();
                }
            }
            long t = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            v = task.call();
            s[i] = (System.nanoTime() - t) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e9;
            long p = 0;
            for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
                if (m.getType() == MemoryType.HEAP) {
                    p += m.getPeakUsage().getUsed();
                }
            }
            peak = Math.max(peak, p);
        }
        Arrays.sort(s);
        Arrays.sort(cpu);
        return new Result(s[runs / 2], cpu[runs / 2], peak, v);
    }

    static void row(String step, Result r, long events, double pm4py) {
        System.out.printf(Locale.ROOT, "%-44s %9.3f %9.3f %,14.0f %10d %9.2f %8.1fx %8.1fx%n", step, r.seconds, r.cpuSeconds,
                events / r.seconds, r.peakBytes >> 20, pm4py, pm4py / r.seconds, pm4py / r.cpuSeconds);
    }
}
