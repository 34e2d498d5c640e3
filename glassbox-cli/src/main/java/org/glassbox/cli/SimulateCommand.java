package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseWriter;
import org.glassbox.io.guard.PartFiles;
import org.glassbox.report.Language;
import org.glassbox.report.SimulationPage;
import org.glassbox.sim.Calibration;
import org.glassbox.sim.Estimate;
import org.glassbox.sim.FitItem;
import org.glassbox.sim.Incentives;
import org.glassbox.sim.Parameter;
import org.glassbox.sim.ParameterException;
import org.glassbox.sim.Replicator;
import org.glassbox.sim.Scenario;
import org.glassbox.sim.Sensitivity;
import org.glassbox.sim.Simulation;
import org.glassbox.sim.SimulationJson;
import org.glassbox.sim.SimulationResult;
import org.glassbox.sim.Sweep;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox simulate CASE | --preset administrative|market [--runs N] [--seed S] [--set P=V]...
 * [--sweep P=LO:HI:N]... [--calibrate-until PHASE] [--constant-constraints] [--years Y] [--sensitivity morris|sobol] [--target T]
 * [--json FILE|-] [--html FILE [--lang en|zh]] [--cases DIR] [--progress]}: the agent-based "what if"
 * (docs/simulation.md). The scenario's own runs come first; a sweep, a sensitivity analysis and an
 * incentives table are added to the same output (and JSON, and page) when asked. Exit 0 ok, 1 bad
 * input, 2 usage.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Simulate a case's governance subjects under other structural constraints; every run is a case judged by the same analysis.")
public final class SimulateCommand implements Callable<Integer> {
    /** The most runs of one scenario: every run's outcome is kept until the summary (about 3 KB each). */
    static final int MAX_RUNS = 100_000;
    static final int MAX_MORRIS_R = 10_000;
    static final int MAX_SOBOL_N = 1 << 16;


    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "the case to calibrate from (folder, .zip, .xlsx)")
    Path path;

    @Option(names = "--preset", paramLabel = "PROCESS", description = "run without a case: administrative or market (the generator's processes)")
    String preset;

    @Option(names = "--actors", paramLabel = "M", defaultValue = "50", description = "actors of a preset (default: ${DEFAULT-VALUE})")
    int actors;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "100", description = "runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "master seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the number of cores); results do not depend on it")
    Integer threads;

    @Option(names = "--years", paramLabel = "Y", description = "horizon in years from the start (default: the case's period; 10 for a preset)")
    Integer years;

    @Option(names = "--calibrate-until", paramLabel = "PHASE", description = "estimate the parameters from the phases up to PHASE only")
    String calibrateUntil;

    @Option(names = "--constant-constraints", description = "play every phase under the whole calibration window's estimates (default for a CASE: dated"
            + " constraints, each calibrated phase under its own estimates from its start, the last calibrated phase's after it)")
    boolean constant;

    /** The default since 2026-12-04; accepted so that scripts written before keep working. */
    @Option(names = "--dated-constraints", hidden = true)
    boolean dated;

    @Option(names = "--set", paramLabel = "PARAM=VALUE", description = "change a parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "PARAM=LO:HI:N", description = "phase diagram over one or two parameters (repeatable, at most twice)")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--sensitivity", paramLabel = "METHOD", description = "global sensitivity of the model verdict to the six constraints: morris (r = 20) or sobol")
    String sensitivity;

    @Option(names = "--sobol-n", paramLabel = "N", defaultValue = "256", description = "Sobol base points (default: ${DEFAULT-VALUE}); N·8 points are run")
    int sobolN;

    @Option(names = "--morris-r", paramLabel = "R", defaultValue = "20", description = "Morris trajectories (default: ${DEFAULT-VALUE})")
    int morrisR;

    @Option(names = "--target", paramLabel = "TARGET", description = "rank incentives per type of organisation towards TARGET, e.g. model=market or formalism.people-centredness<0.5")
    String target;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write glassbox.simulation/1 (docs/json.md) to FILE, or with - to standard output alone (the readable report then goes to standard error)")
    String json;

    @Option(names = "--cases", paramLabel = "DIR", description = "write every run as a case folder DIR/run-0001 … (DIR new or empty)")
    Path cases;

    @Option(names = "--html", paramLabel = "FILE", description = "write the simulation page (phase diagram, trajectories, sensitivity, the scenario against the coded case) to FILE")
    Path html;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "language of the simulation page (default en)")
    String lang;

    @Option(names = "--progress", description = "report progress of long runs, sweeps and sensitivity on standard error (default: only when attached to a terminal)")
    boolean progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((path == null) == (preset == null)) {
            throw CommandFailure.usage("give either CASE or --preset administrative|market");
        }
        if (sensitivity != null && !sensitivity.equals("morris") && !sensitivity.equals("sobol")) {
            throw CommandFailure.usage("--sensitivity must be morris or sobol, not '" + sensitivity + "'");
        }
        // checked before any run, so that a bad budget does not surface after the main runs have finished
        if (morrisR < 2) {
            throw CommandFailure.usage("--morris-r must be at least 2 trajectories, not " + morrisR);
        }
        if (sobolN < 2) {
            throw CommandFailure.usage("--sobol-n must be at least 2 base points, not " + sobolN);
        }
        if (dated && preset != null) {
            throw CommandFailure.usage("--dated-constraints needs a CASE to estimate per phase; a preset has none");
        }
        if (dated && constant) {
            throw CommandFailure.usage("--dated-constraints and --constant-constraints exclude each other (dated is the default for a CASE)");
        }
        if (constant && preset != null) {
            throw CommandFailure.usage("--constant-constraints is for a CASE; a preset is always played under constant constraints");
        }
        if (calibrateUntil != null && preset != null) {
            throw CommandFailure.usage("--calibrate-until needs a CASE whose phases it bounds; a preset is calibrated on all its phases");
        }
        // an option that belongs to a feature not asked for is a mistake to name, not to ignore
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (given.hasMatchedOption("--actors") && preset == null) {
            throw CommandFailure.usage("--actors sets a preset's size; a CASE has its own actors");
        }
        if (given.hasMatchedOption("--morris-r") && !"morris".equals(sensitivity)) {
            throw CommandFailure.usage("--morris-r sets the trajectories of --sensitivity morris, which is not asked for");
        }
        if (given.hasMatchedOption("--sobol-n") && !"sobol".equals(sensitivity)) {
            throw CommandFailure.usage("--sobol-n sets the base points of --sensitivity sobol, which is not asked for");
        }
        if (given.hasMatchedOption("--lang") && html == null) {
            throw CommandFailure.usage("--lang sets the language of the --html page, which is not asked for");
        }
        // budgets a run can hold: the outcomes of every run are kept until the summary
        if (morrisR > MAX_MORRIS_R) {
            throw CommandFailure.usage("--morris-r must be at most " + MAX_MORRIS_R + " trajectories, not " + morrisR);
        }
        if (sobolN > MAX_SOBOL_N) {
            throw CommandFailure.usage("--sobol-n must be at most " + MAX_SOBOL_N + " base points, not " + sobolN);
        }
        String version = Main.Version.version();
        GeneratingProcess process = preset == null ? null : GeneratingProcess.ofWord(preset);
        if (preset != null && process == null) {
            throw CommandFailure.usage("--preset must be administrative or market, not '" + preset + "'");
        }
        Language language;
        try {
            language = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--lang: " + e.getMessage());
        }
        // every problem of the input at once (exit 1), before any run
        List<String> problems = new ArrayList<>();
        Scenario sc = null;
        String caseName = null;
        try {
            if (process != null) {
                sc = Simulation.preset(process, actors, years == null ? 10 : years);
            } else {
                Case c = CaseStudy.read(List.of(path), true).get(0);
                sc = Simulation.calibrate(c, calibrateUntil, !constant);
                // the page names the case as the analysis report does: its Chinese name in Chinese when it has one
                caseName = language == Language.ZH && c.info().nameZh() != null && !c.info().nameZh().isBlank()
                        ? c.info().nameZh() : c.info().name();
            }
            if (years != null && path != null) {
                sc = Simulation.horizon(sc, years);
            }
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage()); // the case cannot be calibrated as asked: input, not usage
            sc = null;
        }
        java.util.Map<String, Estimate> calibrated = new java.util.HashMap<>();
        if (sc != null) {
            sc.estimates().forEach(e -> calibrated.put(e.name(), e));
        }
        for (String s : sets) {
            int eq = s.indexOf('=');
            try {
                if (eq < 0) {
                    throw new ParameterException(s, Double.NaN, "--set takes PARAM=VALUE, not '" + s + "'");
                }
                Parameter p = Parameter.of(s.substring(0, eq).trim());
                double v;
                try {
                    v = Double.parseDouble(s.substring(eq + 1).trim());
                } catch (NumberFormatException e) {
                    throw new ParameterException(p.key(), Double.NaN, p.key() + " takes a number, not '" + s.substring(eq + 1) + "'");
                }
                if (sc != null) {
                    sc = sc.with(p, v);
                } else {
                    org.glassbox.sim.Parameters.defaults().with(p, v); // the bounds, checked without a scenario
                }
            } catch (ParameterException e) {
                problems.add(e.getMessage());
            }
        }
        List<Sweep.Axis> axes = new ArrayList<>();
        for (String s : sweeps) {
            try {
                Sweep.Axis a = Sweep.Axis.parse(s);
                if (axes.stream().anyMatch(x -> x.parameter() == a.parameter())) {
                    problems.add("--sweep names " + a.parameter().key() + " twice; a phase diagram sweeps two different parameters");
                } else {
                    axes.add(a);
                }
            } catch (ParameterException e) {
                problems.add(e.getMessage());
            }
        }
        if (sweeps.size() > 2) {
            problems.add("--sweep takes one or two parameters, not " + sweeps.size());
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (runs < 1 || runs > MAX_RUNS) {
            problems.add("--runs must be in [1, " + MAX_RUNS + "] per scenario (for more, several seeds), not " + runs);
        }
        if (threadCount < 1) {
            problems.add("--threads must be ≥ 1, not " + threadCount);
        }
        Incentives.Target goal = null;
        try {
            goal = target == null ? null : Incentives.Target.parse(target);
        } catch (ParameterException e) {
            problems.add(e.getMessage());
        }
        if (cases != null && !axes.isEmpty()) {
            problems.add("--cases writes the runs of one scenario; it cannot be combined with --sweep");
        }
        try {
            if (cases != null && Files.exists(cases) && !isEmptyDirectory(cases)) {
                problems.add(cases + " exists and is not an empty folder; choose a new one");
            } else if (cases != null) { // the folder the run cases will be made in must take files
                Path at = cases.toAbsolutePath();
                while (at != null && !Files.exists(at)) {
                    at = at.getParent();
                }
                if (at == null || !Files.isDirectory(at)) {
                    problems.add("--cases " + cases + ": " + at + " is not a folder");
                } else {
                    try {
                        Files.delete(Files.createTempFile(at, ".glassbox-", ".probe"));
                    } catch (IOException | UnsupportedOperationException e) {
                        problems.add("--cases " + cases + ": cannot write in " + at);
                    }
                }
            }
        } catch (IOException e) {
            problems.add(cases + ": " + e.getMessage());
        }
        // the output files, so that a bad path is named before the runs rather than after them
        if (json != null && !"-".equals(json)) {
            outputPath(Path.of(json), "--json", problems);
        }
        if (html != null) {
            if (html.toString().equals("-")) {
                problems.add("--html writes a file; standard output ('-') is for --json alone");
            } else {
                outputPath(html, "--html", problems);
            }
            if (json != null && !"-".equals(json) && Path.of(json).toAbsolutePath().normalize().equals(html.toAbsolutePath().normalize())) {
                problems.add("--json and --html name the same file, " + html + "; give each its own");
            }
        }
        if (!problems.isEmpty()) {
            throw CommandFailure.badInput(problems);
        }
        Simulation.Options o = new Simulation.Options(runs, seed, threadCount);
        boolean showProgress = progress || System.console() != null;
        Simulation.RunSink sink = cases == null ? null
                : (i, c) -> CaseWriter.writeFolder(c, cases.resolve(String.format(Locale.ROOT, "run-%04d", i + 1)));
        int total = runs;
        SimulationResult r = Simulation.run(sc, o, sink, showProgress && runs >= 200 ? done -> progress(err, done, total) : null);
        // with --json - standard output carries the JSON alone; the readable report goes to standard error
        PrintWriter say = "-".equals(json) ? err : out;
        print(r, sc, calibrated, say);
        List<Sweep.Cell> cells = axes.isEmpty() ? null : sweep(sc, axes, o, say, err, showProgress);
        Incentives.Table incentives = goal == null ? null : incentives(sc, goal, o, say, err, showProgress);
        Sensitivity.Report rep = sensitivity == null ? null : sensitivity(sc, o, say, err, showProgress);
        SimulationJson.Studies studies = new SimulationJson.Studies(axes.isEmpty() ? null : axes, cells, rep, incentives);
        com.fasterxml.jackson.databind.node.ObjectNode tree = SimulationJson.tree(r, studies, version);
        if (json != null) {
            String text = new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            if ("-".equals(json)) {
                out.println(text);
            } else {
                PartFiles.writeString(Path.of(json), text + "\n");
            }
        }
        if (html != null) {
            PartFiles.writeString(html, SimulationPage.render(tree, language, caseName));
            say.println("simulation page written to " + html);
        }
        say.flush();
        out.flush();
        return 0;
    }

    /** A file the command will write: its folder must exist and it must not be a folder itself. */
    private static void outputPath(Path file, String option, List<String> problems) {
        Path parent = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            problems.add(option + " " + file + " is a folder; give a file name");
        } else if (parent == null || !Files.isDirectory(parent)) {
            problems.add(option + " " + file + ": the folder " + parent + " does not exist");
        } else if (!Files.isWritable(parent)) {
            problems.add(option + " " + file + ": the folder " + parent + " is not writable");
        } else {
            try { // a folder can look writable and refuse a file (/proc, a read-only mount): try one
                Files.delete(Files.createTempFile(parent, ".glassbox-", ".probe"));
            } catch (IOException | UnsupportedOperationException e) {
                problems.add(option + " " + file + ": cannot write a file in " + parent);
            }
        }
    }

    private Incentives.Table incentives(Scenario sc, Incentives.Target goal, Simulation.Options o, PrintWriter out, PrintWriter err,
                                        boolean showProgress) {
        int levers = Incentives.leverCount(sc);
        Incentives.Table t = Incentives.rank(sc, goal, o, showProgress ? done -> {
            err.printf(Locale.ROOT, "incentives: %d / %d levers%n", done, levers);
            err.flush();
        } : null);
        boolean scored = t.baselineMean() != null || t.levers().stream().anyMatch(l -> l.mean() != null);
        out.printf(Locale.ROOT, "incentives towards %s (%d runs per lever): baseline %.0f %% of runs%s%n", t.target(), runs, 100 * t.baseline(),
                scored ? ", mean score " + meanScore(t.baselineMean()) : "");
        String last = scored ? "%-22s%s%n" : "%s%s%n"; // the mean-score column only for a formalism target
        out.printf(Locale.ROOT, "  %-4s %-24s %-26s %-16s " + last, "rank", "type of organisation", "lever", "from → to", "share (shift)",
                scored ? "mean score" : "");
        int k = 0;
        for (Incentives.Lever l : t.levers()) {
            out.printf(Locale.ROOT, "  %-4d %-24s %-26s %-16s " + last, ++k, l.sector(), l.parameter().key(),
                    l.from() == l.to() ? String.format(Locale.ROOT, "already %.2f", l.from()) : String.format(Locale.ROOT, "%.2f → %.2f", l.from(), l.to()),
                    String.format(Locale.ROOT, "%.0f %% (%+.0f points)", 100 * l.share(), 100 * l.shift()), scored ? meanScore(l.mean()) : "");
        }
        return t;
    }

    /** A formalism score's mean over the runs in which it is assessable, or "n.a." when it is in none. */
    private static String meanScore(Double mean) {
        return mean == null ? "n.a." : String.format(Locale.ROOT, "%.2f", mean);
    }

    private Sensitivity.Report sensitivity(Scenario sc, Simulation.Options o, PrintWriter out, PrintWriter err, boolean showProgress) {
        int points = sensitivity.equals("morris") ? morrisR * (Sensitivity.FACTORS.size() + 1) : sobolN * (Sensitivity.FACTORS.size() + 2);
        IntConsumer prog = !showProgress ? null : done -> {
            if (done % Math.max(1, points / 20) == 0 || done == points) {
                err.printf(Locale.ROOT, "sensitivity: %d / %d points%n", done, points);
                err.flush();
            }
        };
        Sensitivity.Report rep = sensitivity.equals("morris") ? Sensitivity.morris(sc, morrisR, o, prog) : Sensitivity.sobol(sc, sobolN, o, prog);
        out.printf(Locale.ROOT, "%s sensitivity of (market − administrative score), %d points × %d runs:%n", rep.method(), rep.evaluations(), rep.runsPerPoint());
        rep.factors().forEach((name, v) -> out.printf(Locale.ROOT, "  %-24s%s%n", name, indices(v)));
        return rep;
    }

    /**
     * One factor's indices in reading order: Sobol's first-order and total index each with its 95 % bootstrap
     * interval, Morris's μ*, μ and σ; any other key after them.
     */
    static String indices(Map<String, Double> v) {
        StringBuilder b = new StringBuilder();
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (String k : List.of("first", "total")) {
            if (v.containsKey(k)) {
                b.append(String.format(Locale.ROOT, "  %s %7.3f", k, v.get(k)));
                shown.add(k);
                if (v.containsKey(k + "Low") && v.containsKey(k + "High")) {
                    b.append(String.format(Locale.ROOT, " (95 %% %.3f – %.3f)", v.get(k + "Low"), v.get(k + "High")));
                    shown.add(k + "Low");
                    shown.add(k + "High");
                }
            }
        }
        for (String k : List.of("muStar", "mu", "sigma")) {
            if (v.containsKey(k)) {
                b.append(String.format(Locale.ROOT, "  %s %7.3f", k.equals("muStar") ? "μ*" : k.equals("mu") ? "μ" : "σ", v.get(k)));
                shown.add(k);
            }
        }
        new java.util.TreeMap<>(v).forEach((k, x) -> {
            if (!shown.contains(k)) {
                b.append(String.format(Locale.ROOT, "  %s %7.3f", k, x));
            }
        });
        return b.toString();
    }

    private static void progress(PrintWriter err, int done, int total) {
        if (done % Math.max(1, total / 10) == 0 || done == total) {
            synchronized (err) {
                err.printf(Locale.ROOT, "simulate: %d / %d runs%n", done, total);
                err.flush();
            }
        }
    }

    private static List<Sweep.Cell> sweep(Scenario sc, List<Sweep.Axis> axes, Simulation.Options o, PrintWriter out, PrintWriter err,
                                          boolean showProgress) {
        int cells = axes.stream().mapToInt(Sweep.Axis::n).reduce(1, (a, b) -> a * b);
        List<Sweep.Cell> result = Sweep.run(sc, axes, o, !showProgress ? null : done -> {
            err.printf(Locale.ROOT, "sweep: %d / %d cells%n", done, cells);
            err.flush();
        });
        StringBuilder head = new StringBuilder();
        for (Sweep.Axis a : axes) {
            head.append(String.format(Locale.ROOT, "%-24s", a.parameter().key()));
        }
        out.println(head + String.format(Locale.ROOT, "%-15s%-9s%-8s%-7s%s", "administrative", "market", "hybrid", "undet.", "inter-embedded"));
        for (Sweep.Cell c : result) {
            StringBuilder line = new StringBuilder();
            for (double v : c.values()) {
                line.append(String.format(Locale.ROOT, "%-24.3f", v));
            }
            Map<String, Double> m = c.model();
            out.println(line + String.format(Locale.ROOT, "%-15.2f%-9.2f%-8.2f%-7.2f%.2f", m.get("administrative"), m.get("market"),
                    m.get("hybrid"), m.get("undetermined"), c.trajectory().get("inter-embedded")));
        }
        if (axes.size() == 1) {
            double t = Sweep.marketThreshold(result);
            String key = axes.get(0).parameter().key();
            out.println(switch (Sweep.marketCrossing(result)) {
                case RISES -> String.format(Locale.ROOT, "market reaches half of the runs at %s ≈ %.3f", key, t);
                case FALLS -> String.format(Locale.ROOT, "market falls below half of the runs at %s ≈ %.3f", key, t);
                case ABOVE -> "market is above half of the runs over the whole range of " + key;
                case BELOW -> "market stays below half of the runs over the whole range of " + key;
            });
        }
        out.flush();
        return result;
    }

    /** {@code calibrated}: the estimates before any {@code --set}, so that a set value is shown with what it replaced. */
    private static void print(SimulationResult r, Scenario sc, java.util.Map<String, Estimate> calibrated, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d run%s, seed %d, %.1f s (%.0f events per run)%n", r.source(), r.runs(), r.runs() == 1 ? "" : "s", r.seed(),
                r.seconds(), r.meanEvents());
        out.println("parameters:");
        for (Estimate e : sc.estimates()) {
            if (r.parameters().containsKey(e.name())) {
                double v = r.parameters().get(e.name());
                Estimate before = calibrated.get(e.name());
                boolean set = before != null && !before.equals(e);
                String note = !set ? (e.estimated() ? "" : "(default) ") + e.estimator()
                        : e.estimator() + ", in place of " + (before.estimated() ? "the estimate " : "the default ")
                                + String.format(Locale.ROOT, "%.3f", before.value());
                out.printf(Locale.ROOT, "  %-24s %8.3f  %s%n", e.name(), v, note);
            }
        }
        List<String> thin = Calibration.cautions(sc.estimates());
        if (!thin.isEmpty()) {
            out.println("caution: estimates resting on few coded events (the runs play them as exact; read their figures with that"
                    + " uncertainty):");
            thin.forEach(t -> out.println("  " + t));
        }
        if (r.parameterSchedule().size() > 1) {
            out.println("dated constraints (in force from each phase's start; the last holds after):");
            for (int k = 0; k < r.parameterSchedule().size(); k++) {
                Map<String, Double> q = r.parameterSchedule().get(k);
                out.printf(Locale.ROOT, "  %-4s contractStrength %.3f, administrativePressure %.3f, publicParticipation %.3f, subsidy %.3f,"
                        + " reputation %.3f, contractTerm %.3f%n", k < r.phases().size() ? r.phases().get(k) : "", q.get("contractStrength"),
                        q.get("administrativePressure"), q.get("publicParticipation"), q.get("subsidy"), q.get("reputation"), q.get("contractTerm"));
            }
        }
        for (String verdict : List.of("model", "lateStructure", "trajectory")) {
            StringBuilder b = new StringBuilder();
            r.outcomes().get(verdict).forEach((k, v) -> {
                if (v > 0) {
                    b.append(String.format(Locale.ROOT, "%s %.0f %%, ", k, 100 * v));
                }
            });
            out.printf(Locale.ROOT, "%-14s %s%n", verdict + ":", b.length() > 2 ? b.substring(0, b.length() - 2) : "");
        }
        out.printf(Locale.ROOT, "embedding index by phase %s: mean %s, 10–90 %% of runs %s%n", r.phases(), fmt(r.phaseIndex().mean()),
                range(r.phaseIndex()));
        out.printf(Locale.ROOT, "administrative dominance by phase: mean %s, 10–90 %% of runs %s%n", fmt(r.phaseDominance().mean()),
                range(r.phaseDominance()));
        List<Replicator.RestPoint> rp = new Replicator(org.glassbox.sim.Payoffs.of(sc.parameters())).restPoints();
        List<String> rb = new ArrayList<>();
        for (Replicator.RestPoint q : rp) {
            rb.add(String.format(Locale.ROOT, "(%.2f, %.2f) %s", q.x(), q.y(), q.kind().word()));
        }
        out.println("mean-field rest points (x = contracting governments, y = initiating enterprises): " + String.join("; ", rb));
        if (sc.coded() != null && sc.coded().constraints().size() > 1) {
            String window = models(Replicator.models(sc.parameters()));
            List<org.glassbox.sim.Parameters> constraints = sc.coded().constraints();
            List<Boolean> leads = sc.coded().leadsElsewhere(sc.parameters());
            StringBuilder own = new StringBuilder();
            List<String> elsewhere = new java.util.ArrayList<>();
            for (int k = 0; k < constraints.size(); k++) {
                String ph = sc.coded().phases().get(k);
                String m = models(Replicator.models(constraints.get(k)));
                own.append(k > 0 ? "; " : "").append(ph).append(' ').append(m);
                if (leads.get(k)) {
                    elsewhere.add(ph + "'s to " + m);
                }
            }
            out.println("mean field at each calibrated phase's own constraints: " + own);
            if (!elsewhere.isEmpty() && r.parameterSchedule().size() <= 1) {
                out.println("  note: the runs play every phase under the same constraints (the window's estimates and any --set), which lead to " + window + "; "
                        + String.join(", ", elsewhere) + " — a fit figure of " + (elsewhere.size() > 1 ? "those phases" : "that phase")
                        + " can miss for that reason alone (docs/simulation.md §8; without --constant-constraints each phase is played under its own)");
            }
        }
        if (!r.fit().isEmpty()) {
            out.println("fit (coded vs mean simulated, calibrated phases):");
            for (FitItem f : r.fit()) {
                out.printf(Locale.ROOT, "  %-4s %-46s %7s %7.3f  ±%.2f  %s%n", f.phase(), f.measure(),
                        Double.isNaN(f.coded()) ? "n.a." : String.format(Locale.ROOT, "%.3f", f.coded()), f.simulated(), f.tolerance(),
                        Double.isNaN(f.coded()) ? "no coded figure (n 0): not judged"
                                : !f.judged() ? "insufficient (" + f.weight().words() + ": not judged)" : f.within() ? "within" : "OUTSIDE");
            }
        }
        if (!r.strategies().isEmpty()) {
            out.println("strategies read from the events by the initial state's rule (coded vs mean simulated; not judged):");
            for (SimulationResult.Strategies q : r.strategies()) {
                out.printf(Locale.ROOT, "  %-4s contracting governments %s %s   initiating enterprises %s %s%n", q.phase(),
                        share(q.codedContracting()), share(q.simulatedContracting()), share(q.codedInitiating()), share(q.simulatedInitiating()));
            }
        }
    }

    /** {@link Replicator#models} in words: "market", "administrative or market (bistable)", "no attractor". */
    private static String models(List<String> w) {
        return w.isEmpty() ? "no attractor" : w.size() == 1 ? w.get(0) : String.join(" or ", w) + " (bistable)";
    }

    private static String share(double v) {
        return Double.isNaN(v) ? "   –" : String.format(Locale.ROOT, "%4.2f", v);
    }

    /** A band's 10–90 % range per phase: {@code [0.41–0.58, …]}. */
    private static String range(org.glassbox.sim.Band b) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < b.low().size(); i++) {
            s.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.2f–%.2f", b.low().get(i), b.high().get(i)));
        }
        return s.append(']').toString();
    }

    private static String fmt(List<Double> v) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < v.size(); i++) {
            b.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.2f", v.get(i)));
        }
        return b.append(']').toString();
    }

    private static boolean isEmptyDirectory(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
