package org.glassbox.bench;

import org.glassbox.io.EventLogs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.glassbox.core.model.EventLog;
import org.glassbox.io.ocel.OcelReader;
import org.glassbox.io.ocel.OcelWriter;

/**
 * OCEL 2.0 reading speed against pm4py's timings in {@code shared/data/process/pm4py-timings.md}:
 * reading ocel2-p2p.sqlite (pm4py {@code read_ocel2_sqlite} 2.55 s), and reading the JSON and XML
 * exports of it that Glassbox writes (pm4py {@code read_ocel2_json} 3.03 s and
 * {@code read_ocel2_xml} 2.44 s, on pm4py's own exports). Reports the median wall seconds of the
 * measured runs (after warm-up runs in the same JVM), the reading thread's CPU seconds (less
 * disturbed on a shared machine), and the ratios pm4py / Glassbox for both (pm4py's figures are
 * wall seconds on an unloaded machine, so the CPU ratio is the fair one when the machine is busy).
 * Also times the writes.
 *
 * <p>Usage: {@code ./bench ocel [--runs N] [--warmup N]} (defaults 5 and 2); the shared data
 * is found through the system property {@code glassbox.shared} (default {@code ../shared}).
 */
public final class OcelBenchmark {
    private static final double PM4PY_SQLITE = 2.55;
    private static final double PM4PY_JSON = 3.03;
    private static final double PM4PY_XML = 2.44;

    private OcelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 5;
        int warmup = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: OcelBenchmark [--runs N] [--warmup N]");
                    System.exit(2);
                }
            }
        }
        Path p2p = Path.of(System.getProperty("glassbox.shared", "../shared"), "data", "process", "logs",
                "ocel2-p2p.sqlite");
        if (!Files.isRegularFile(p2p)) {
            System.err.println("ocel2-p2p.sqlite not found at " + p2p + " (set -Dglassbox.shared=DIR)");
            System.exit(1);
        }
        Path tmp = Files.createTempDirectory("glassbox-ocel-bench");
        try {
            EventLog log = EventLogs.read(p2p);
            System.out.printf(Locale.ROOT, "ocel2-p2p.sqlite: %,d events, %,d objects; %d warm-up + %d measured runs%n",
                    log.events().size(), log.events().objects().size(), warmup, runs);
            Path json = tmp.resolve("p2p.jsonocel");
            Path xml = tmp.resolve("p2p.xmlocel");
            double[] wj = time(() -> EventLogs.write(log, json), warmup, runs);
            double[] wx = time(() -> EventLogs.write(log, xml), warmup, runs);
            System.out.printf(Locale.ROOT, "%-28s %8s %8s %10s %11s %11s%n", "step", "wall s", "cpu s", "pm4py s",
                    "ratio wall", "ratio cpu");
            report("read ocel2-p2p.sqlite", time(() -> EventLogs.read(p2p), warmup, runs), PM4PY_SQLITE);
            report("read JSON export (" + Files.size(json) / 1_000_000 + " MB)",
                    time(() -> EventLogs.read(json), warmup, runs), PM4PY_JSON);
            report("read XML export (" + Files.size(xml) / 1_000_000 + " MB)",
                    time(() -> EventLogs.read(xml), warmup, runs), PM4PY_XML);
            report("write JSON", wj, Double.NaN);
            report("write XML", wx, Double.NaN);
            report("write SQLite", time(() -> EventLogs.write(log, tmp.resolve("p2p.sqlite")), warmup, runs),
                    Double.NaN);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap in use after the runs: %.0f MB (max %.0f MB)%n",
                    (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private interface Step {
        Object run() throws IOException;
    }

    /** Median wall seconds and median CPU seconds of the measured runs. */
    private static double[] time(Step step, int warmup, int runs) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            step.run();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            step.run();
            wall[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new double[] {wall[runs / 2], cpu[runs / 2]};
    }

    private static void report(String step, double[] t, double pm4py) {
        boolean ref = !Double.isNaN(pm4py);
        System.out.printf(Locale.ROOT, "%-28s %8.3f %8.3f %10s %11s %11s%n", step, t[0], t[1],
                ref ? String.format(Locale.ROOT, "%.2f", pm4py) : "",
                ref ? String.format(Locale.ROOT, "%.1fx", pm4py / t[0]) : "",
                ref ? String.format(Locale.ROOT, "%.1fx", pm4py / t[1]) : "");
    }
}
