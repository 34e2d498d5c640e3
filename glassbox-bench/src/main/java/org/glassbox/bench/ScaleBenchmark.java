package org.glassbox.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Scaling of read + DFG (issue 13 item 6): {@code ./glassbox process dfg LOG --json FILE} with the
 * embedded engine against the same command with {@code --engine spark --master local[2]}, each a
 * fresh process under {@code /usr/bin/time} (wall, CPU of the process and its children, peak
 * resident set), on generated logs of 10^6, 10^7 (and, asked for, 5·10^7) events, and whether
 * the two engines' JSON is byte for byte the same.
 *
 * <p>The logs are shaped like a municipal service log: many short cases (3–20 events, mean 11),
 * 40 activities following a seeded Markov chain (mostly the next one or two steps, now and then
 * any), 300 clerks, cases starting 37 s apart and overlapping, so the file interleaves cases in
 * time order as a system's export does. CSV with pm4py's column names, written once into
 * {@code /tmp/glassbox-scale} (never into the repository) and reused while it exists.
 *
 * <p>Usage: {@code ./bench scale [--events 1000000,10000000] [--heap 20g] [--timeout S]}; the
 * Spark engine's jars must be built ({@code mvn -B -DskipTests -pl glassbox-spark -am package}).
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    static final int ACTIVITIES = 40;
    static final int CLERKS = 300;

    public static void main(String[] args) throws IOException, InterruptedException {
        List<Long> sizes = List.of(1_000_000L, 10_000_000L);
        String heap = "20g";
        long timeout = 3600;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> (long) Double.parseDouble(s)).toList();
                case "--heap" -> heap = args[++i];
                case "--timeout" -> timeout = Long.parseLong(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (./bench scale [--events N,N...] [--heap SIZE] [--timeout S])");
            }
        }
        Path home = SideBySide.home();
        if (!Files.isDirectory(home.resolve("glassbox-spark/target/spark-jars"))) {
            System.out.println("The Spark engine is not built: mvn -B -DskipTests -pl glassbox-spark -am package");
            return;
        }
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "glassbox-scale"));
        new ProcessBuilder(home.resolve("glassbox").toString(), "--version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        System.out.println(SideBySide.header("Scaling: read + DFG, embedded engine vs Spark local[2] (heap -Xmx" + heap + ")"));
        System.out.printf("%-12s %-9s %9s %9s %9s %8s  %s%n", "events", "engine", "wall s", "cpu s", "rss MB", "load", "result");
        for (long n : sizes) {
            Path log = work.resolve("scale-" + n + ".csv");
            if (!Files.exists(log)) {
                long t0 = System.nanoTime();
                long[] made = generate(log, n, 20261202L);
                System.out.printf(Locale.ROOT, "  generated %s: %,d events, %,d cases, %,d MB in %.0f s%n", log, made[0], made[1],
                        Files.size(log) >> 20, (System.nanoTime() - t0) / 1e9);
            }
            Path embeddedJson = work.resolve("scale-" + n + ".embedded.json");
            Path sparkJson = work.resolve("scale-" + n + ".spark.json");
            double[] e = run(home, heap, timeout, List.of("process", "dfg", log.toString(), "--json", embeddedJson.toString()));
            print(n, "embedded", e);
            double[] s = run(home, heap, timeout, List.of("process", "dfg", log.toString(), "--json", sparkJson.toString(),
                    "--engine", "spark", "--master", "local[2]"));
            print(n, "spark", s);
            boolean same = e[4] == 0 && s[4] == 0 && Arrays.equals(Files.readAllBytes(embeddedJson), Files.readAllBytes(sparkJson));
            System.out.printf(Locale.ROOT, "  %,d events: the engines' JSON is %s; embedded/spark wall %.2f, rss %.2f%n", n,
                    same ? "byte for byte the same" : "DIFFERENT (or a run failed)", e[0] / s[0], e[2] / s[2]);
        }
    }

    private static void print(long n, String engine, double[] r) {
        System.out.printf(Locale.ROOT, "%,12d %-9s %9.1f %9.1f %9.0f %8.1f  %s%n", n, engine, r[0], r[1], r[2], r[3],
                r[4] == 0 ? "ok" : r[4] < 0 ? "STOPPED at the time limit" : "FAILED (exit " + (int) r[4] + ")");
    }

    /** Wall s, CPU s, peak RSS MB, load average before, exit code (-1: stopped at the limit). */
    private static double[] run(Path home, String heap, long timeout, List<String> args) throws IOException, InterruptedException {
        Path timing = Files.createTempFile("glassbox-scale-", ".time");
        Path output = Files.createTempFile("glassbox-scale-", ".out");
        try {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", timing.toString(),
                    home.resolve("glassbox").toString()));
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
            pb.environment().put("GLASSBOX_JAVA_OPTS", "-Xmx" + heap);
            double load = SideBySide.loadAverage();
            Process p = pb.start();
            if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly().waitFor();
                return new double[] {timeout, Double.NaN, Double.NaN, load, -1};
            }
            String[] t = Files.readString(timing, StandardCharsets.UTF_8).trim().split("\\R");
            String[] f = t[t.length - 1].trim().split("\\s+");
            if (p.exitValue() != 0) {
                List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
                lines.stream().skip(Math.max(0, lines.size() - 5)).forEach(l -> System.out.println("    | " + l));
            }
            return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
                    Long.parseLong(f[3]) / 1024.0, load, p.exitValue()};
        } finally {
            Files.deleteIfExists(timing);
            Files.deleteIfExists(output);
        }
    }

    /**
     * Writes about {@code events} events (whole cases: the last case may overrun by a few) in
     * blocks of 64 overlapping cases, each block's events in time order. Returns {events, cases}.
     */
    static long[] generate(Path file, long events, long seed) throws IOException {
        Random r = new Random(seed);
        long start = Instant.parse("2023-01-02T08:00:00Z").getEpochSecond();
        long written = 0;
        long cases = 0;
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("case:concept:name,concept:name,time:timestamp,org:resource\n");
            List<long[]> block = new ArrayList<>(64 * 20);
            while (written < events) {
                block.clear();
                for (int k = 0; k < 64 && written < events; k++, cases++) {
                    int len = 3 + r.nextInt(9) + r.nextInt(10);
                    long t = start + cases * 37;
                    int a = r.nextInt(5);
                    for (int i = 0; i < len; i++) {
                        block.add(new long[] {t, cases, a, r.nextInt(CLERKS)});
                        t += 60 + r.nextInt(3 * 3600);
                        a = r.nextInt(10) < 8 ? (a + 1 + r.nextInt(2)) % ACTIVITIES : r.nextInt(ACTIVITIES);
                    }
                    written += len;
                }
                block.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
                for (long[] e : block) {
                    w.write("case ");
                    w.write(Long.toString(e[1]));
                    w.write(",activity ");
                    w.write(e[2] < 10 ? "0" + e[2] : Long.toString(e[2]));
                    w.write(',');
                    w.write(Instant.ofEpochSecond(e[0]).toString());
                    w.write(",clerk ");
                    w.write(Long.toString(e[3]));
                    w.write('\n');
                }
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new long[] {written, cases};
    }
}
