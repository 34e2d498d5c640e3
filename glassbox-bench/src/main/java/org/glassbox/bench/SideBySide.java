package org.glassbox.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whole process against whole process: a fresh Glassbox process ({@code ./glassbox ...}, the
 * launcher's check and the JVM's start included) and a fresh peer process ({@code python3 ...},
 * {@code Rscript ...}, the interpreter's start and the library's import included), run
 * alternately on the same machine in one run, {@code runs} times each; the order within a round
 * flips every round so that neither side always runs on a warmer page cache. Each run goes
 * through {@code /usr/bin/time} for wall seconds, CPU seconds (user + system, children
 * included) and peak resident memory. The load average (1 min) is read before every run.
 *
 * <p>Figures: the median wall time of each side, their ratio (peer / Glassbox), the same for CPU
 * time, and the minimum, mean and maximum load average seen. A peer run that exceeds the time
 * limit is stopped and counts as "more than the limit" (its ratio is then a lower bound), and the
 * peer's remaining runs of that comparison are skipped.
 */
final class SideBySide {
    /** One side of a comparison: a command line, extra environment, and a label. */
    record Side(String label, List<String> command, Map<String, String> env) {
        Side {
            command = List.copyOf(command);
            env = Map.copyOf(env);
        }
    }

    /** One run: wall and CPU seconds, peak RSS in MB, whether it hit the limit or failed, first output line. */
    record Run(double wall, double cpu, long rssMb, boolean timedOut, int exit, String firstLine) {
    }

    /** The comparison's outcome: both sides' runs and the load averages seen. */
    record Outcome(String name, List<Run> glassbox, List<Run> peer, double[] loads) {
        double median(List<Run> runs, boolean cpu) {
            double[] v = runs.stream().filter(r -> !r.timedOut() && r.exit() == 0).mapToDouble(r -> cpu ? r.cpu() : r.wall()).sorted()
                    .toArray();
            if (v.length == 0) {
                return Double.NaN;
            }
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }

        boolean peerTimedOut() {
            return peer.stream().anyMatch(Run::timedOut);
        }
    }

    private final Path home;
    private final int runs;
    private final double timeoutSeconds;
    private final PrintStream out;

    SideBySide(Path home, int runs, double timeoutSeconds, PrintStream out) throws IOException, InterruptedException {
        this.home = home;
        this.runs = runs;
        this.timeoutSeconds = timeoutSeconds;
        this.out = out;
        // one untimed run: the launcher builds when the sources changed and makes its class-data archive
        new ProcessBuilder(home.resolve("glassbox").toString(), "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    static Path home() {
        return Path.of(System.getProperty("glassbox.home", ".")).toAbsolutePath().normalize();
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static String header(String what) {
        return String.format(Locale.ROOT, "%s — side by side, whole process (%s UTC, %d processors, load average now %.1f)", what,
                java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).withNano(0).toLocalDateTime(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
    }

    /** A Glassbox side: {@code ./glassbox ARGS} with {@code GLASSBOX_JAVA_OPTS} set to {@code javaOpts} when not null. */
    Side glassbox(String javaOpts, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(home.resolve("glassbox").toString());
        cmd.addAll(Arrays.asList(args));
        Map<String, String> env = new LinkedHashMap<>();
        if (javaOpts != null) {
            env.put("GLASSBOX_JAVA_OPTS", javaOpts);
        }
        return new Side("glassbox", cmd, env);
    }

    /** Runs both sides alternately and prints the runs and the figures. */
    Outcome compare(String name, Side glassbox, Side peer) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "%n== %s%n   glassbox: %s%n   peer:     %s%s%n", name, String.join(" ", glassbox.command()),
                String.join(" ", peer.command()), peer.env().isEmpty() ? "" : "  (" + peer.env() + ")");
        List<Run> g = new ArrayList<>();
        List<Run> p = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        boolean peerDone = false;
        for (int i = 0; i < runs; i++) {
            boolean peerFirst = i % 2 == 1;
            for (int k = 0; k < 2; k++) {
                boolean isPeer = (k == 0) == peerFirst;
                if (isPeer && peerDone) {
                    continue;
                }
                loads.add(loadAverage());
                Run r = run(isPeer ? peer : glassbox);
                (isPeer ? p : g).add(r);
                out.printf(Locale.ROOT, "   run %d %-8s wall %8.2f s  cpu %8.2f s  rss %6d MB  load %5.1f  %s%n", i + 1,
                        isPeer ? "peer" : "glassbox", r.wall(), r.cpu(), r.rssMb(), loads.get(loads.size() - 1),
                        r.timedOut() ? "STOPPED at the limit of " + (long) timeoutSeconds + " s"
                                : r.exit() != 0 ? "FAILED (exit " + r.exit() + "): " + r.firstLine() : r.firstLine());
                if (isPeer && (r.timedOut() || r.exit() != 0)) {
                    peerDone = true;
                }
            }
        }
        Outcome o = new Outcome(name, g, p, loads.stream().mapToDouble(Double::doubleValue).toArray());
        summary(o);
        return o;
    }

    /** Runs only Glassbox's side (the peer is not installed). */
    Outcome glassboxOnly(String name, Side glassbox, String howToInstall) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "%n== %s%n   glassbox: %s%n   peer: not installed — %s%n", name, String.join(" ", glassbox.command()),
                howToInstall);
        List<Run> g = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            loads.add(loadAverage());
            Run r = run(glassbox);
            g.add(r);
            out.printf(Locale.ROOT, "   run %d glassbox wall %8.2f s  cpu %8.2f s  rss %6d MB  load %5.1f  %s%n", i + 1, r.wall(), r.cpu(),
                    r.rssMb(), loads.get(loads.size() - 1), r.exit() != 0 ? "FAILED (exit " + r.exit() + ")" : r.firstLine());
        }
        Outcome o = new Outcome(name, g, List.of(), loads.stream().mapToDouble(Double::doubleValue).toArray());
        summary(o);
        return o;
    }

    private void summary(Outcome o) {
        double gw = o.median(o.glassbox(), false);
        double gc = o.median(o.glassbox(), true);
        double pw = o.median(o.peer(), false);
        double pc = o.median(o.peer(), true);
        boolean lowerBound = o.peerTimedOut();
        if (lowerBound) {
            pw = timeoutSeconds;
            pc = Double.NaN;
        }
        double[] l = o.loads();
        double mean = Arrays.stream(l).average().orElse(Double.NaN);
        out.printf(Locale.ROOT, "   median wall: glassbox %.2f s, peer %s%.2f s -> ratio %s%.1fx | median cpu: glassbox %.2f s, peer %s -> %s"
                        + " | load average %.1f (min %.1f, max %.1f)%n",
                gw, lowerBound ? "> " : "", pw, lowerBound ? "> " : "", pw / gw, gc,
                Double.isNaN(pc) ? "-" : String.format(Locale.ROOT, "%.2f s", pc),
                Double.isNaN(pc) ? "-" : String.format(Locale.ROOT, "%.1fx", pc / gc), mean,
                Arrays.stream(l).min().orElse(Double.NaN), Arrays.stream(l).max().orElse(Double.NaN));
        out.flush();
    }

    private Run run(Side side) throws IOException, InterruptedException {
        Path timing = Files.createTempFile("glassbox-sbs-", ".time");
        Path output = Files.createTempFile("glassbox-sbs-", ".out");
        try {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.toString()));
            cmd.addAll(side.command());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
            pb.environment().putAll(side.env());
            long t0 = System.nanoTime();
            Process proc = pb.start();
            boolean finished = proc.waitFor((long) (timeoutSeconds * 1000), TimeUnit.MILLISECONDS);
            double wall = (System.nanoTime() - t0) / 1e9;
            if (!finished) {
                proc.descendants().forEach(ProcessHandle::destroyForcibly);
                proc.destroyForcibly();
                proc.waitFor();
                return new Run(wall, Double.NaN, 0, true, -1, "");
            }
            String first = firstLine(output);
            String[] t = Files.readString(timing, StandardCharsets.UTF_8).trim().split("\\R");
            String[] f = t[t.length - 1].trim().split("\\s+");
            if (f.length < 4) {
                return new Run(wall, Double.NaN, 0, false, proc.exitValue(), first);
            }
            return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]), Long.parseLong(f[3]) >> 10,
                    false, proc.exitValue(), first);
        } finally {
            Files.deleteIfExists(timing);
            Files.deleteIfExists(output);
        }
    }

    private static String firstLine(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        for (String line : lines) {
            String s = line.strip();
            // skip progress bars and warnings: the summary line names events/cases/models
            if (s.contains("events") || s.contains("models") || s.contains("prime") || s.startsWith("M1")) {
                return s.length() > 110 ? s.substring(0, 107) + "..." : s;
            }
        }
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        return last.length() > 110 ? last.substring(0, 107) + "..." : last;
    }
}
