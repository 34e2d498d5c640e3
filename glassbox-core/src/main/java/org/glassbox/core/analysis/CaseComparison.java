package org.glassbox.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.glassbox.core.analysis.formalism.Diagnostic;

/**
 * Side-by-side comparison: every verdict that differs is stated in words ("Province A's
 * construction model is administrative; City B's is market"), verdicts shared by all cases are
 * listed as agreements, and last-phase metrics in [0, 1] that differ by {@value #METRIC_GAP} or more
 * are stated with the highest and lowest case.
 */
final class CaseComparison {
    static final double METRIC_GAP = 0.10;

    private CaseComparison() {
    }

    static Comparison of(List<CaseAnalysis> cases) {
        List<Difference> diffs = new ArrayList<>();
        List<String> agree = new ArrayList<>();
        verdict(cases, "model.verdict", "construction model", a -> a.model().word(), diffs, agree);
        verdict(cases, "structure.late", "late structure", a -> a.structureLate().word(), diffs, agree);
        verdict(cases, "embedding.trajectory", "embedding trajectory", a -> a.trajectory().word(), diffs, agree);
        verdict(cases, "structure.evolution", "structure evolution", a -> a.evolution().sequence(), diffs, agree);
        verdict(cases, "mechanism.dominant", "dominant mechanism in the last phase",
                a -> a.phases().isEmpty() ? "none" : last(a).mechanism().dominant().word(), diffs, agree);
        metric(cases, "structure.dualAuthorityRatio", "dual-authority ratio", a -> last(a).structure().dualAuthorityRatio(), diffs);
        metric(cases, "structure.unityOfCommandRatio", "unity-of-command ratio", a -> last(a).structure().unityOfCommandRatio(), diffs);
        metric(cases, "structure.krackhardtHierarchy", "Krackhardt hierarchy", a -> last(a).structure().krackhardtHierarchy(), diffs);
        metric(cases, "structure.informationBarrierIndex", "information-barrier index", a -> last(a).structure().informationBarrierIndex(), diffs);
        metric(cases, "embedding.index", "embedding index", a -> last(a).embedding().index(), diffs);
        metric(cases, "embedding.reciprocity", "reciprocity", a -> last(a).embedding().reciprocity(), diffs);
        metric(cases, "embedding.coDecision", "co-decision share", a -> last(a).embedding().coDecision(), diffs);
        metric(cases, "embedding.multiplexity", "multiplexity", a -> last(a).embedding().multiplexity(), diffs);
        metric(cases, "embedding.contractStrength", "contract strength", a -> last(a).embedding().contractStrength(), diffs);
        metric(cases, "embedding.administrativeDominance", "administrative dominance", a -> last(a).embedding().administrativeDominance(), diffs);
        metric(cases, "mechanism.administrativeShare", "administrative share of the mechanism mix", a -> last(a).mechanism().administrativeShare(), diffs);
        metric(cases, "mechanism.marketShare", "market share of the mechanism mix", a -> last(a).mechanism().marketShare(), diffs);
        for (String id : Diagnostic.IDS) {
            // a diagnostic that is not assessable has no score: it is shown as n/a and takes no part in the comparison
            metric(cases, "formalism." + id, "'" + id + "' score", a -> {
                Double s = a.formalism().diagnostic(id).score();
                return s == null ? Double.NaN : s;
            }, diffs, "of the case");
        }
        return new Comparison(cases, diffs, agree);
    }

    /** Case ids as keys, a repeated id made unique with {@code #2}, {@code #3}… */
    static List<String> keys(List<CaseAnalysis> cases) {
        List<String> out = new ArrayList<>();
        for (CaseAnalysis a : cases) {
            String k = a.caseId();
            for (int n = 2; out.contains(k); n++) {
                k = a.caseId() + "#" + n;
            }
            out.add(k);
        }
        return out;
    }

    private static PeriodAnalysis last(CaseAnalysis a) {
        return a.phases().get(a.phases().size() - 1);
    }

    private static void verdict(List<CaseAnalysis> cases, String aspect, String words, Function<CaseAnalysis, String> v,
                                List<Difference> diffs, List<String> agree) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> keys = keys(cases);
        for (int i = 0; i < cases.size(); i++) {
            values.put(keys.get(i), v.apply(cases.get(i)));
        }
        if (values.values().stream().distinct().count() <= 1) {
            if (!values.isEmpty()) {
                agree.add((cases.size() == 1 ? "The case has " : "All " + cases.size() + " cases share the ") + words + " "
                        + values.values().iterator().next() + ".");
            }
            return;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            parts.add(cases.get(i).caseName() + "'s " + words + " is " + values.get(keys.get(i)));
        }
        diffs.add(new Difference(aspect, values, String.join("; ", parts) + "."));
    }

    private static void metric(List<CaseAnalysis> cases, String aspect, String words, ToDoubleFunction<CaseAnalysis> v,
                               List<Difference> diffs) {
        metric(cases, aspect, words, v, diffs, "in the last phase");
    }

    private static void metric(List<CaseAnalysis> cases, String aspect, String words, ToDoubleFunction<CaseAnalysis> v,
                               List<Difference> diffs, String scope) {
        Map<String, String> values = new LinkedHashMap<>();
        CaseAnalysis hi = null;
        CaseAnalysis lo = null;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        List<String> keys = keys(cases);
        for (int i = 0; i < cases.size(); i++) {
            CaseAnalysis a = cases.get(i);
            if (a.phases().isEmpty()) {
                continue;
            }
            double x = v.applyAsDouble(a);
            if (Double.isNaN(x)) {
                values.put(keys.get(i), "n/a");
                continue;
            }
            values.put(keys.get(i), String.format(Locale.ROOT, "%.2f", x));
            if (x > max) {
                max = x;
                hi = a;
            }
            if (x < min) {
                min = x;
                lo = a;
            }
        }
        if (hi == null || max - min < METRIC_GAP) {
            return;
        }
        diffs.add(new Difference(aspect, values, String.format(Locale.ROOT,
                "The %s %s is highest in %s (%.2f) and lowest in %s (%.2f).", words, scope, hi.caseName(), max,
                lo.caseName(), min)));
    }
}
