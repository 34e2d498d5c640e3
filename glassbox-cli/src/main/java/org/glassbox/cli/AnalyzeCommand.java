package org.glassbox.cli;

import org.glassbox.io.Cases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.PhaseSource;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.analysis.period.PhaseBoundary;
import org.glassbox.core.analysis.sensitivity.ThresholdRun;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.json.AnalysisJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox analyze CASE [--json FILE|-]}: the framework on one case — per year and per
 * phase structure, subjects, mechanism and embedding; the evolution, trajectory and construction
 * model with their evidence; the formalism diagnostics. A readable summary by default. Exit 0 ok,
 * 1 bad input (the case's problems are printed with file, line and column), 2 usage.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse one case (folder, .zip, .xlsx or OCEL 2.0 file): structure, subjects, mechanism, model, formalism.")
public final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "a case folder, .zip, .xlsx workbook or OCEL 2.0 file")
    Path path;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write the analysis as JSON (docs/json.md) to FILE, or to standard output with -")
    String json;

    @Mixin
    Options options = new Options();

    @Mixin
    ReportOutput report = new ReportOutput();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalysisOptions o;
        try {
            o = options.toOptions();
        } catch (IllegalArgumentException e) {
            err.println("glassbox analyze: " + e.getMessage());
            return 2;
        }
        org.glassbox.report.Language lang = report.language(err, "analyze");
        if (lang == null) {
            return 2;
        }
        Case c = read(path, err);
        if (c == null) {
            return 1;
        }
        CaseAnalysis a;
        try {
            a = Glassbox.analyze(c, o);
        } catch (IllegalArgumentException e) {
            err.println("glassbox analyze: " + e.getMessage());
            return 2;
        }
        List<String> said = new java.util.ArrayList<>();
        if (report.write(List.of(c), new org.glassbox.core.analysis.Comparison(List.of(a), List.of(), List.of()),
                report.html, lang, said, err) != 0) {
            return 1;
        }
        if (json != null) {
            if (!writeJson(json, w -> AnalysisJson.write(a, w), out, err)) {
                return 1;
            }
            if ("-".equals(json)) {
                ReportOutput.tell(said, json, out, err);
                return 0;
            }
        }
        summary(a, out);
        ReportOutput.tell(said, json, out, err);
        return 0;
    }

    /** Reads a case, printing its problems to {@code err}; null when it cannot be read. */
    static Case read(Path p, PrintWriter err) {
        try {
            return Cases.read(p);
        } catch (CaseFormatException e) {
            for (Problem pr : e.errors()) {
                err.println(pr.format());
            }
            err.println(p + ": cannot be analysed (" + e.errors().size() + (e.errors().size() == 1 ? " problem" : " problems")
                    + "; see 'glassbox validate')");
            return null;
        } catch (RuntimeException e) {
            err.println(p + ": cannot be read: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return null;
        }
    }

    interface JsonBody {
        void write(Writer w) throws IOException;
    }

    /** Writes JSON to a file or, for "-", to out; false (message on err) when the file cannot be written. */
    static boolean writeJson(String target, JsonBody body, PrintWriter out, PrintWriter err) {
        try {
            if ("-".equals(target)) {
                body.write(out);
                out.println();
                out.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
                    body.write(w);
                }
            }
            return true;
        } catch (IOException e) {
            err.println("glassbox: cannot write " + target + ": " + e.getMessage());
            return false;
        }
    }

    /** The options every analysing command shares. */
    public static final class Options {
        @Option(names = "--phases", paramLabel = "auto|coded|detected", defaultValue = "auto",
                description = "phases from case.yaml (coded), from change points (detected), or coded when present (auto, default)")
        String phases;

        @Option(names = "--penalty", paramLabel = "BETA", description = "change-point penalty per phase boundary (default: BIC, (K-1)/2 ln N)")
        Double penalty;

        @Option(names = "--min-phase-events", paramLabel = "N", defaultValue = "8", description = "least events in a detected phase (default 8)")
        int minPhaseEvents;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "random seed (betweenness sampling; default 1)")
        long seed;

        @Option(names = "--threshold", paramLabel = "NAME=VALUE", description = "override a codebook threshold (repeatable), e.g. structure.matrix.dual_authority_min=0.25")
        Map<String, Double> thresholds = new LinkedHashMap<>();

        @Option(names = "--sensitivity", description = "re-run every verdict with each threshold moved ±20 % and list the flips")
        boolean sensitivity;

        AnalysisOptions toOptions() {
            PhaseSource src;
            try {
                src = PhaseSource.valueOf(phases.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--phases must be auto, coded or detected, not " + phases);
            }
            AnalysisOptions d = AnalysisOptions.defaults(Main.Version.version());
            return new AnalysisOptions(d.glassboxVersion(), src, penalty, minPhaseEvents, seed, d.betweennessExactMaxActors(),
                    d.betweennessSamples(), d.subjectsListed(), thresholds, sensitivity, d.sensitivityStep());
        }
    }

    /** The readable terminal summary of one case. */
    static void summary(CaseAnalysis a, PrintWriter out) {
        out.println(a.caseName() + " (" + a.caseId() + ") — " + a.events() + " events, " + a.actors() + " actors, " + a.ties() + " ties");
        out.println("Phases (" + a.phaseDetection().source() + ", " + a.phaseDetection().method() + "):");
        for (PeriodAnalysis p : a.phases()) {
            out.printf(Locale.ROOT, "  %-4s %s – %s  %-17s mechanism %-14s embedding %.2f  (%s)%n", p.period().id(),
                    p.period().start(), p.period().end(), p.structure().type().word(), p.mechanism().dominant().word(),
                    p.embedding().index(), p.period().name());
        }
        for (PhaseBoundary b : a.phaseDetection().boundaries()) {
            out.println("  boundary " + b.before() + " | " + b.after() + " at " + b.date() + ": "
                    + b.shifts().stream().map(s -> String.format(Locale.ROOT, "%s %.2f→%.2f", s.category(), s.shareBefore(), s.shareAfter()))
                    .collect(Collectors.joining(", ")));
        }
        out.println("Years: " + a.years().stream().map(y -> y.period().id() + " " + y.structure().type().word())
                .collect(Collectors.joining(", ")));
        out.println("Structure (late): " + a.structureLate().word() + "   evolution: " + a.evolution().sequence());
        out.println("Embedding trajectory: " + a.trajectory().type().word() + " — " + a.trajectory().rule());
        out.printf(Locale.ROOT, "Construction model: %s (administrative %.2f, market %.2f, hybrid %.2f) — %s%n",
                a.model().verdict().word(), a.model().scores().get(org.glassbox.core.analysis.outcome.ConstructionModel.ADMINISTRATIVE),
                a.model().scores().get(org.glassbox.core.analysis.outcome.ConstructionModel.MARKET),
                a.model().scores().get(org.glassbox.core.analysis.outcome.ConstructionModel.HYBRID), a.model().rule());
        out.println("Evidence chain:");
        for (EvidenceLink l : a.model().evidence()) {
            List<String> refs = new java.util.ArrayList<>();
            if (!l.evidence().eventIds().isEmpty()) {
                refs.add("events " + abbreviate(l.evidence().eventIds()));
            }
            if (!l.evidence().tieIds().isEmpty()) {
                refs.add("ties " + abbreviate(l.evidence().tieIds()));
            }
            out.println("  " + l.layer().word() + " → " + l.pointsTo() + ": " + l.evidence().claim()
                    + (refs.isEmpty() ? "" : " [" + String.join("; ", refs) + "]"));
        }
        out.println("Digital formalism:");
        for (Diagnostic d : a.formalism().diagnostics()) {
            out.printf(Locale.ROOT, "  %-25s %.2f  %s%s%n", d.id(), d.score(), d.explanation(),
                    d.flagged().isEmpty() ? "" : " [flagged " + abbreviate(d.flagged()) + "]");
        }
        if (a.sensitivity() != null) {
            out.println("Sensitivity (each threshold ±" + Math.round(a.sensitivity().step() * 100) + " %): "
                    + (a.sensitivity().fragile().isEmpty() ? "no verdict flips" : "fragile: " + String.join(", ", a.sensitivity().fragile())));
            for (ThresholdRun r : a.sensitivity().runs()) {
                if (!r.flips().isEmpty()) {
                    out.printf(Locale.ROOT, "  %s %.3f → %.3f: %s%n", r.threshold(), r.baseValue(), r.value(),
                            r.flips().stream().map(f -> f.verdict() + " " + f.from() + "→" + f.to()).collect(Collectors.joining(", ")));
                }
            }
        }
        out.println("Provenance: glassbox " + a.provenance().glassboxVersion() + ", codebook sha256 "
                + a.provenance().codebookSha256().substring(0, 12) + "…, seed " + a.provenance().seed());
    }

    static String abbreviate(List<String> ids) {
        return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + ", … (" + ids.size() + ")";
    }
}
