package org.glassbox.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.Qca;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTableOptions;

/**
 * Minimisation benchmark against R QCA: every problem of {@code shared/data/qca/bench} minimised as
 * the reference timed it ({@code minimize(truthTable(d, outcome = "Y", incl.cut = 0.8), include = "?")},
 * the complex solution for {@code complex_*}), wall time per problem (median of three runs when a
 * run takes under ten seconds), number of prime implicants and models, and the reference's times
 * read from {@code timings.md} with the ratio.
 *
 * <p>Usage: {@code java -cp ... org.glassbox.bench.QcaBenchmark [BENCH_DIR] [--with-complex]}; the
 * default directory is {@code ../shared/data/qca/bench} (or the {@code glassbox.shared} property).
 * {@code --with-complex} also times the complex solution of every crisp problem;
 * {@code --generate K,K,...} adds seeded random problems of K conditions and 2,000 cases with the
 * same planted outcome {@code ~D*E + A*B*~C + F*G*~H} (the reference has no timings for these).
 * Times are wall seconds and the process's CPU seconds (all threads: the prime implicant search
 * runs on every core): on a shared machine the CPU figure is the fairer one.
 */
public final class QcaBenchmark {
    private QcaBenchmark() {}

    /** Reference seconds: QCA 3.25 (the results reference) and 3.23 (the speed anchor); NaN unknown, +inf "did not finish". */
    record Reference(double v325, double v323) {}

    public static void main(String[] args) throws IOException {
        Path dir = null;
        boolean withComplex = false;
        List<Integer> generate = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--with-complex")) withComplex = true;
            else if (a.equals("--generate") && i + 1 < args.length) {
                for (String k : args[++i].split(",")) generate.add(Integer.parseInt(k.trim()));
            } else dir = Path.of(a);
        }
        if (dir == null) dir = Path.of(System.getProperty("glassbox.shared", "../shared"), "data", "qca", "bench");
        if (!Files.isDirectory(dir)) {
            System.err.println("benchmark data not found at " + dir.toAbsolutePath());
            System.exit(1);
        }
        Map<String, Reference> ref = readTimings(dir.resolveSibling("timings.md"));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "QCA minimisation benchmark (%s, %d processors, load average %.1f, Java %s)%n",
                dir, Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-34s %-13s %9s %9s %8s %7s  %-10s %-10s %8s  %s%n",
                "problem", "solution", "seconds", "cpu s", "primes", "models", "R 3.25 s", "R 3.23 s", "speed-up", "first model");
        for (Path f : files) {
            String name = f.getFileName().toString();
            DataTable d = CsvDataReader.read(f);
            boolean complexOnly = name.startsWith("complex");
            List<String> kinds = new ArrayList<>();
            if (!complexOnly) kinds.add("parsimonious");
            if (complexOnly || withComplex) kinds.add("complex");
            for (String kind : kinds) run(name, d, kind, ref, System.out);
        }
        for (int k : generate) run("generated_K" + k + "_N2000 (seed 20" + k + ")", planted(k, 2000, 20L * 100 + k), "parsimonious", ref, System.out);
    }

    /** K random crisp conditions, n cases, Y = ~D*E + A*B*~C + F*G*~H exactly; one seeded generator. */
    static DataTable planted(int k, int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        List<String> cases = new ArrayList<>();
        Map<String, double[]> cols = new java.util.LinkedHashMap<>();
        double[][] x = new double[k][n];
        for (int i = 0; i < n; i++) {
            cases.add("c" + (i + 1));
            for (int j = 0; j < k; j++) x[j][i] = r.nextBoolean() ? 1 : 0;
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean a = x[0][i] == 1, b = x[1][i] == 1, c = x[2][i] == 1, dd = x[3][i] == 1, e = x[4][i] == 1;
            boolean f = x[5][i] == 1, g = x[6][i] == 1, h = x[7][i] == 1;
            y[i] = (!dd && e) || (a && b && !c) || (f && g && !h) ? 1 : 0;
        }
        for (int j = 0; j < k; j++) cols.put(String.valueOf((char) ('A' + j)), x[j]);
        cols.put("Y", y);
        return new DataTable(cases, cols);
    }

    private static void run(String name, DataTable d, String kind, Map<String, Reference> ref, java.io.PrintStream out) {
        MinimizeOptions o = kind.equals("complex") ? MinimizeOptions.complex() : MinimizeOptions.parsimonious();
        TruthTableOptions t = TruthTableOptions.defaults().withInclCut(0.8);
        double[] times = new double[3];
        double[] cpu = new double[3];
        java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        MinimizationResult r = null;
        int runs = 0;
        for (; runs < 3; runs++) {
            long c0 = processCpuNanos(os);
            long t0 = System.nanoTime();
            try {
                r = Qca.minimize(d, "Y", List.of(), t, o);
            } catch (org.glassbox.qca.QcaLimitException e) {
                out.printf(Locale.ROOT, "%-34s %-13s %9.3f %9.3f  out of reach: %s%n", name, kind, (System.nanoTime() - t0) / 1e9,
                        (processCpuNanos(os) - c0) / 1e9, e.getMessage());
                return;
            }
            times[runs] = (System.nanoTime() - t0) / 1e9;
            cpu[runs] = (processCpuNanos(os) - c0) / 1e9;
            if (times[runs] > 10) {
                runs++;
                break;
            }
        }
        double[] used = Arrays.copyOf(times, runs);
        Arrays.sort(used);
        double secs = used[used.length / 2];
        double[] usedCpu = Arrays.copyOf(cpu, runs);
        Arrays.sort(usedCpu);
        double cpuSecs = usedCpu[usedCpu.length / 2];
        Matcher m = Pattern.compile("K(\\d+)_N(\\d+)").matcher(name);
        Reference rf = m.find() ? ref.get(key(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), kind)) : null;
        if (rf == null) rf = new Reference(Double.NaN, Double.NaN);
        double best = Double.isNaN(rf.v323()) ? rf.v325() : (Double.isNaN(rf.v325()) ? rf.v323() : Math.min(rf.v323(), rf.v325()));
        String ratio = Double.isNaN(best) ? "" : Double.isInfinite(best) ? "R: none" : String.format(Locale.ROOT, "%.0fx", best / secs);
        String first = r.models().get(0).expression();
        if (first.length() > 60) first = first.substring(0, 57) + "...";
        out.printf(Locale.ROOT, "%-34s %-13s %9.3f %9.3f %8d %7s  %-10s %-10s %8s  %s%n", name, kind, secs, cpuSecs, r.primes().size(),
                r.models().size() + (r.truncated() ? "+" : ""), fmt(rf.v325()), fmt(rf.v323()), ratio, first);
        out.flush();
    }

    /** CPU time of the whole process (all threads, GC included), or NaN-like -1 when unavailable. */
    private static long processCpuNanos(java.lang.management.OperatingSystemMXBean os) {
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
        return -1;
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) return "-";
        if (Double.isInfinite(v)) return "no answer";
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String key(int k, int n, String kind) {
        return k + "/" + n + "/" + kind;
    }

    /**
     * Reads the table of {@code timings.md}: rows {@code | K | N | solution | method | seconds | notes |};
     * slash-separated K, solution and seconds fields are paired up; "> 150" counts as no answer
     * within 150 s (+inf), as do failures ("—"). Only the default CCubes method is used.
     */
    static Map<String, Reference> readTimings(Path file) throws IOException {
        Map<String, double[]> acc = new HashMap<>();
        if (!Files.exists(file)) return Map.of();
        for (String line : Files.readAllLines(file)) {
            String[] c = line.split("\\|");
            if (c.length < 6 || !c[1].trim().matches("[0-9 /]+")) continue;
            String[] ks = c[1].trim().split("\\s*/\\s*");
            String nField = c[2].trim();
            if (!nField.matches("\\d+")) continue;  // e.g. "200, fuzzy": another kind of problem
            int n = Integer.parseInt(nField);
            String[] sols = c[3].trim().replace("(`include = \"?\"`)", "").split("\\s*/\\s*");
            String method = c[4].trim();
            if (!method.startsWith("CCubes")) continue;
            boolean v323 = method.contains("3.23");
            String[] secs = c[5].trim().split("\\s*/\\s*");
            for (int i = 0; i < Math.max(ks.length, Math.max(sols.length, secs.length)); i++) {
                int k = Integer.parseInt(ks[Math.min(i, ks.length - 1)].trim());
                String sol = sols[Math.min(i, sols.length - 1)].trim().split(" ")[0];
                String s = secs[Math.min(i, secs.length - 1)].trim();
                double v = s.startsWith(">") || s.equals("—") || s.equals("-") ? Double.POSITIVE_INFINITY : parse(s);
                if (Double.isNaN(v)) continue;
                double[] r = acc.computeIfAbsent(key(k, n, sol), x -> new double[] {Double.NaN, Double.NaN});
                r[v323 ? 1 : 0] = v;
            }
        }
        Map<String, Reference> out = new HashMap<>();
        acc.forEach((k, v) -> out.put(k, new Reference(v[0], v[1])));
        return out;
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
