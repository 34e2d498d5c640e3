package org.glassbox.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.PassageCoverage;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Difference;
import org.glassbox.core.analysis.FigureWeight;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.analysis.formalism.Exemption;
import org.glassbox.core.analysis.outcome.ConstructionModel;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.analysis.outcome.ModelVerdict;
import org.glassbox.core.analysis.period.PhaseBoundary;
import org.glassbox.core.analysis.sensitivity.ThresholdRun;

/** The readable terminal summaries of the analysing commands. */
final class CaseSummary {
    private CaseSummary() {
    }

    /** The readable terminal summary of one case. */
    static void print(CaseAnalysis a, PrintWriter out) {
        out.println(a.caseName() + " (" + a.caseId() + ") — " + a.events() + " events, " + a.actors() + " actors, " + a.ties() + " ties");
        out.println("Phases (" + a.phaseDetection().source() + ", " + a.phaseDetection().method()
                + "; n: actors under authority; embedding: government–enterprise events, or the part of the index below its minimum):");
        for (PeriodAnalysis p : a.phases()) {
            out.printf(Locale.ROOT, "  %-4s %s – %s  %-17s %-9s mechanism %-14s embedding %-16s (%s)%n", p.period().id(),
                    p.period().start(), p.period().end(), p.structure().type().word(), weight(p.weight("structure.type")),
                    p.mechanism().dominant().word(), embedding(p), p.period().name());
        }
        for (PhaseBoundary b : a.phaseDetection().boundaries()) {
            out.println("  boundary " + b.before() + " | " + b.after() + " at " + b.date() + ": "
                    + b.shifts().stream().map(s -> String.format(Locale.ROOT, "%s %.2f→%.2f", s.category(), s.shareBefore(), s.shareAfter()))
                    .collect(Collectors.joining(", ")));
        }
        out.println("Years: " + a.years().stream().map(y -> y.period().id() + " " + y.structure().type().word())
                .collect(Collectors.joining(", ")));
        FigureWeight late = a.phases().isEmpty() ? null : a.phases().get(a.phases().size() - 1).weight("structure.type");
        out.println("Structure (late): " + a.structureLate().word()
                + (late == null ? "" : " (" + late.words() + " actors under authority" + (late.sufficient() ? "" : ": insufficient") + ")")
                + "   evolution: " + a.evolution().sequence());
        if (!a.phases().isEmpty()) {
            var sv = a.phases().get(a.phases().size() - 1).structure().verdict();
            if (sv.leaning() != sv.type()) {
                out.println("  leaning " + sv.leaning().word() + ": " + sv.rule());
            }
            tests(sv.tests(), out);
        }
        out.println("Embedding trajectory: " + a.trajectory().word()
                + (a.trajectory().decided() ? "" : " (leaning " + a.trajectory().type().word() + ")") + " — " + a.trajectory().rule());
        tests(a.trajectory().tests(), out);
        ModelVerdict m = a.model();
        out.printf(Locale.ROOT, "Construction model: %s (administrative %.2f, market-based %.2f, hybrid %.2f) — %s; %s%n",
                m.decided() ? model(m.word()) + (m.late() == null ? "" : " on " + m.late().id()) : "undetermined, leaning " + model(m.leaning().word()),
                m.scores().get(ConstructionModel.ADMINISTRATIVE), m.scores().get(ConstructionModel.MARKET),
                m.scores().get(ConstructionModel.HYBRID), m.rule(), m.reason());
        if (!m.phases().isEmpty()) {
            out.println("Model per phase: " + m.phases().stream().map(p -> p.phase() + " " + model(p.word())
                    + (p.verdict() == null ? ", leaning " + model(p.leaning().word()) : "") + " (" + p.weight().words() + ")")
                    .collect(Collectors.joining(", ")));
        }
        out.println("Evidence chain:");
        for (EvidenceLink l : a.model().evidence()) {
            List<String> refs = new java.util.ArrayList<>();
            if (!l.evidence().eventIds().isEmpty()) {
                refs.add("events " + abbreviate(l.evidence().eventIds()));
            }
            if (!l.evidence().tieIds().isEmpty()) {
                refs.add("ties " + abbreviate(l.evidence().tieIds()));
            }
            String straw = l.test() != null && l.test().kind() == TestKind.STRAW_IN_THE_WIND
                    ? "straw in the wind for " + model(l.test().verdict()) + " " + l.test().outcome() + " · " : "";
            out.println("  " + l.layer().word() + " → " + model(l.pointsTo()) + ": " + straw + l.evidence().claim()
                    + (refs.isEmpty() ? "" : " [" + String.join("; ", refs) + "]"));
        }
        String documentation = documentation(a);
        if (documentation != null) {
            out.println(documentation);
        }
        out.println("Digital formalism:");
        for (Diagnostic d : a.formalism().diagnostics()) {
            out.printf(Locale.ROOT, "  %-27s %-4s  %s%s%n", diagnostic(d.id()),
                    d.score() == null ? "—" : String.format(Locale.ROOT, "%.2f", d.score()), d.explanation(),
                    d.flagged().isEmpty() ? "" : " [flagged " + abbreviate(d.flagged()) + "]");
        }
        for (Exemption e : a.formalism().exemptions()) {
            out.println("  exempt: " + e.eventId() + " from " + e.diagnostic() + (e.reason() == null ? " (no reason given)" : " — " + e.reason()));
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
        if (a.robustness() != null) {
            var rb = a.robustness();
            if (rb.resamples() > 0) {
                out.printf(Locale.ROOT, "Robustness (%d resamples of events and ties, seed %d; robust when ≥ %.0f %% agree):%n",
                        rb.resamples(), rb.seed(), rb.agreementMin() * 100);
                for (var v : rb.verdicts()) {
                    out.printf(Locale.ROOT, "  %-28s %-18s %5.1f %% agree  %s%s%n", v.verdict(), model(v.base()), v.agreement() * 100,
                            v.status().word(), v.outcomes().size() > 1 ? "  (" + v.outcomes().entrySet().stream()
                                    .map(e -> model(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", ")) + ")" : "");
                }
            }
            for (var x : rb.exclusions()) {
                out.printf(Locale.ROOT, "Without %s=%s (%d events, %d ties left out): %.0f %% of verdicts survive%s%n", x.column(), x.value(),
                        x.eventsExcluded(), x.tiesExcluded(), x.survived() * 100,
                        x.verdicts().stream().filter(o -> !o.survives()).map(o -> o.verdict() + " " + model(o.base()) + "→" + model(o.without()))
                                .collect(Collectors.collectingAndThen(Collectors.joining(", "), j -> j.isEmpty() ? "" : "; changed: " + j)));
            }
        }
        out.println("Provenance: glassbox " + a.provenance().glassboxVersion() + ", codebook sha256 "
                + a.provenance().codebookSha256().substring(0, 12) + "…, seed " + a.provenance().seed());
    }

    /** A verdict's process-tracing tests, one a line: {@code   matrix hoop passed: at least 2 actors hold dual authority: 9 ≥ 2}. */
    static void tests(List<ProcessTest> tests, PrintWriter out) {
        for (ProcessTest t : tests) {
            out.println("  " + t.verdict() + " " + (t.kind() == TestKind.HOOP ? "hoop" : t.kind() == TestKind.SMOKING_GUN ? "smoking gun"
                    : "straw in the wind") + " " + t.outcome() + ": " + t.condition());
        }
    }

    /**
     * The documentation coverage of the phases in one line ("p3: 12 of 41 events, 2 of 9 ties have no
     * coded passage"), or null when the case has no documents (a version 1 case prints nothing).
     */
    static String documentation(CaseAnalysis a) {
        if (a.phases().isEmpty() || a.phases().get(0).coverage() == null) {
            return null;
        }
        return "Documentation (without a coded passage): " + a.phases().stream().map(p -> {
            PassageCoverage c = p.coverage();
            return p.period().id() + " " + c.eventsWithoutPassage() + " of " + c.events() + " event" + (c.events() == 1 ? "" : "s")
                    + ", " + c.tiesWithoutPassage() + " of " + c.ties() + " tie" + (c.ties() == 1 ? "" : "s");
        }).collect(Collectors.joining("; "));
    }

    /**
     * A construction model as people read it: the JSON value {@code market} is "market-based" on every
     * human surface (the report says the same); the other values as they are.
     */
    static String model(String word) {
        return "market".equals(word) ? "market-based" : word;
    }

    /**
     * A diagnostic as people read it: {@code people-centredness} (its JSON id, docs/json.md) scores
     * the lack of it and is labelled so; the others by their id.
     */
    static String diagnostic(String id) {
        return "people-centredness".equals(id) ? "lack of people-centredness" : id;
    }

    /**
     * A comparison's sentence (core writes it, and the JSON keeps it as written) with the names people
     * read: "lack of people-centredness", and "market-based" for the model value {@code market}.
     */
    static String statement(String aspect, String s) {
        String out = s.replace("'people-centredness' score", "'lack of people-centredness' score");
        return aspect.equals("model.verdict") || aspect.isEmpty()
                ? out.replaceAll("construction model is market(?=[;.,]|$)", "construction model is market-based") : out;
    }

    /** {@code n 14}, or {@code n 3 < 5} when below the minimum; empty without a weight. */
    static String weight(FigureWeight w) {
        return w == null ? "" : w.words();
    }

    /** A figure with its n: {@code 0.59 n 40}, or {@code — n 4 < 10} when insufficient (the value does not vote). */
    static String figure(double value, FigureWeight w) {
        if (w == null) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return (w.sufficient() ? String.format(Locale.ROOT, "%.2f", value) : "—") + " " + w.words();
    }

    /** The parts of the embedding index in the order their n stands in for the index's (EvidenceWeights.index). */
    private static final List<Map.Entry<String, String>> INDEX_PARTS = List.of(
            Map.entry("embedding.contractStrength", "government–enterprise events"),
            Map.entry("embedding.reciprocity", "government↔enterprise initiations"),
            Map.entry("embedding.coDecision", "decision events"),
            Map.entry("embedding.multiplexity", "government–enterprise dyads"));

    /**
     * A phase's embedding index with its n (docs/methods.md, "The n behind every figure"): the
     * government–enterprise evidence n when the index votes; when it does not, the count of the first part below
     * its minimum, named, as {@code — n 4 decision events < 5}.
     */
    static String embedding(PeriodAnalysis p) {
        FigureWeight w = p.weight("embedding.index");
        if (w == null || w.sufficient()) {
            return figure(p.embedding().index(), w);
        }
        for (Map.Entry<String, String> part : INDEX_PARTS) {
            FigureWeight pw = p.weight(part.getKey());
            if (pw != null && !pw.sufficient()) {
                return "— n " + pw.n() + " " + part.getValue() + " < " + pw.minimum();
            }
        }
        return figure(p.embedding().index(), w);
    }

    static String abbreviate(List<String> ids) {
        return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + ", … (" + ids.size() + ")";
    }

    /** Each case's summary, then the differences and agreements. */
    static void print(Comparison cmp, PrintWriter out) {
        for (CaseAnalysis a : cmp.cases()) {
            print(a, out);
            out.println();
        }
        out.println("Differences:");
        if (cmp.differences().isEmpty()) {
            out.println("  none");
        }
        for (Difference d : cmp.differences()) {
            out.println("  - " + statement(d.aspect(), d.statement()));
        }
        if (!cmp.agreements().isEmpty()) {
            out.println("Shared:");
            cmp.agreements().forEach(s -> out.println("  - " + statement("", s)));
        }
    }
}
