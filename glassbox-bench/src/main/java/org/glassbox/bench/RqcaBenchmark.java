package org.glassbox.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Glassbox against R's QCA package 3.23, side by side and whole process against whole process
 * ({@link SideBySide}): a fresh {@code ./glassbox qca minimize DATA.csv --outcome Y --incl-cut 0.8
 * --include ?} against a fresh {@code Rscript glassbox-bench/peers/qca_minimize.R DATA.csv}
 * ({@code minimize(truthTable(d, outcome = "Y", incl.cut = 0.8), include = "?")}; the complex
 * solution for {@code complex_*}), with QCA and its dependencies built from source into
 * {@code PEERS/R} ({@code glassbox-bench/peers/install.sh}). Problems: every file of
 * {@code shared/data/qca/bench}, or those named.
 *
 * <p>Usage: {@code ./bench rqca [PROBLEM.csv|NAME-PART...] [--runs N] [--timeout S]} (default
 * every problem, 3 runs, 300 s; a peer run past the limit is stopped and the ratio becomes a
 * lower bound).
 */
public final class RqcaBenchmark {
    private RqcaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 3;
        double timeout = 300;
        List<String> only = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--timeout" -> timeout = Double.parseDouble(args[++i]);
                default -> only.add(args[i]);
            }
        }
        Path home = SideBySide.home();
        Path dir = Path.of(System.getProperty("glassbox.shared", home.resolve("../shared").toString()), "data", "qca", "bench")
                .toAbsolutePath().normalize();
        Path peers = Path.of(System.getenv().getOrDefault("PEERS", home.resolve("../peers").toString())).toAbsolutePath().normalize();
        boolean installed = Files.isDirectory(peers.resolve("R/QCA")) && Files.isExecutable(Path.of("/usr/bin/Rscript"));
        String how = "fetch QCA 3.23 and its dependencies' sources into " + peers.resolve("src") + " and run glassbox-bench/peers/install.sh";
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".csv"))
                    .filter(p -> only.isEmpty() || only.stream().anyMatch(o -> p.getFileName().toString().contains(o)))
                    .sorted().toList();
        }
        SideBySide sbs = new SideBySide(home, runs, timeout, System.out);
        System.out.println(SideBySide.header("Glassbox vs R QCA 3.23 (" + runs + " runs each, alternating, limit " + (long) timeout + " s)"));
        Map<String, String> env = Map.of("R_LIBS", peers.resolve("R").toString());
        Path script = home.resolve("glassbox-bench/peers/qca_minimize.R");
        List<SideBySide.Outcome> all = new ArrayList<>();
        for (Path f : files) {
            boolean complex = f.getFileName().toString().startsWith("complex");
            List<String> g = new ArrayList<>(List.of("qca", "minimize", f.toString(), "--outcome", "Y", "--incl-cut", "0.8"));
            if (!complex) {
                g.add("--include");
                g.add("?");
            }
            SideBySide.Side gs = sbs.glassbox(null, g.toArray(String[]::new));
            SideBySide.Side ps = new SideBySide.Side("R QCA", List.of("/usr/bin/Rscript", script.toString(), f.toString()), env);
            String name = (complex ? "complex" : "parsimonious") + " solution: " + f.getFileName();
            all.add(installed ? sbs.compare(name, gs, ps) : sbs.glassboxOnly(name, gs, how));
        }
        System.out.printf("%nSummary (median wall, whole process; ratio = R QCA / Glassbox)%n");
        for (SideBySide.Outcome o : all) {
            double gw = o.median(o.glassbox(), false);
            double p = o.peerTimedOut() ? timeout : o.median(o.peer(), false);
            System.out.printf(Locale.ROOT, "  %-50s glassbox %7.2f s  R QCA %s%7.2f s  %s%n", o.name(), gw, o.peerTimedOut() ? ">" : " ", p,
                    o.peer().isEmpty() ? "(not installed)" : (o.peerTimedOut() ? "> " : "") + String.format(Locale.ROOT, "%.1fx", p / gw));
        }
    }
}
