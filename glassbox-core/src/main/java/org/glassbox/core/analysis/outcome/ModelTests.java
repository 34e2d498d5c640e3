package org.glassbox.core.analysis.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.core.analysis.EvidenceWeights;
import org.glassbox.core.analysis.PeriodCounts;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.structure.Coordination;
import org.glassbox.core.model.Codebook;

/**
 * The process-tracing tests of the three construction models on the late stage's counts (docs/methods.md,
 * "Process-tracing tests"), and the decision they make with the scores' leaning — the one copy the verdict,
 * the per-phase models, sensitivity and robustness read.
 *
 * <p>The two coordinator smoking guns (market's operator, hybrid's dual coordination) read who creates the dual
 * authority of a <em>matrix</em> (dual-authority ratio at least {@code structure.matrix.dual_authority_min}): shares
 * of a handful of dual-authority holders in a structure that is no matrix prove nothing about who integrates it
 * (added 2026-12-02: in noisy administrative cases two or three operator-coordinated holders made the hybrid gun fire).
 *
 * <p>The smoking guns are mutually exclusive by construction (the administrative one has no enterprise in any
 * decision event, the market one enterprises in at least half, the hybrid one in a third to a half), so no two
 * verdicts can both be confirmed; the administrative and market smoking guns each fail a hoop of the other.
 */
final class ModelTests {
    /** "Most": a share at or above one half. */
    static final double MAJORITY = 0.5;
    /** The share of dual authority a side's coordinators must create to count as creating it. */
    static final double COORDINATED_MIN = 0.25;
    /** The least co-decision share the hybrid's smoking gun reads as a substantial enterprise minority. */
    static final double MINORITY_MIN = 1.0 / 3;
    private static final double EPS = 1e-9;

    private ModelTests() {
    }

    /** The decision: the model issued (null when undetermined), the leaning, the reason and the tests evaluated. */
    record Decision(ConstructionModel model, ConstructionModel leaning, String reason, List<ProcessTest> tests) {
        String word() {
            return model == null ? "undetermined" : model.word();
        }
    }

    /**
     * The decision on a late stage whose evidence reaches the minimum: a model whose smoking gun passes with its
     * hoops held is issued on its own where the scores leave the model open (hybrid) or agree — where they decisively
     * name another model the evidence points both ways and the model is undetermined; otherwise the scores' leaning is issued when its hoops hold, else the model
     * is undetermined, the reason naming the failed hoop. A hybrid leaning is issued only when its hoops are also
     * assessable (initiations and decision events at their minimums): hybrid claims both logics at work in the
     * interactions, so scores between the two models on standing arrangements and a few events do not make it.
     */
    static Decision decide(PeriodCounts late, ConstructionModel scoreLeaning, Codebook c) {
        List<ProcessTest> tests = of(late, c);
        List<ConstructionModel> confirmed = new ArrayList<>();
        ProcessTest gun = null;
        for (ConstructionModel m : ConstructionModel.values()) {
            List<ProcessTest> own = of(tests, m);
            for (ProcessTest t : own) {
                if (t.kind() == TestKind.SMOKING_GUN && t.passed() && ProcessTest.failedHoop(own) == null) {
                    confirmed.add(m);
                    gun = t;
                }
            }
        }
        if (confirmed.size() == 1 && confirmed.get(0) != scoreLeaning && scoreLeaning != ConstructionModel.HYBRID) {
            // decisive evidence both ways: the scores call one model, a smoking gun another
            return new Decision(null, scoreLeaning, "the smoking gun of " + confirmed.get(0).word() + " contradicts the scores' "
                    + scoreLeaning.word() + ": " + gun.condition(), tests);
        }
        if (confirmed.size() == 1) {
            return new Decision(confirmed.get(0), confirmed.get(0), "smoking gun of " + confirmed.get(0).word() + ": " + gun.condition(), tests);
        }
        if (confirmed.size() > 1) {
            return new Decision(null, scoreLeaning, "smoking guns of " + String.join(" and ", confirmed.stream().map(ConstructionModel::word).toList())
                    + " both pass", tests);
        }
        ProcessTest failed = ProcessTest.failedHoop(of(tests, scoreLeaning));
        if (failed != null) {
            return new Decision(null, scoreLeaning, scoreLeaning.word() + " ruled out: hoop test failed: " + failed.condition(), tests);
        }
        if (scoreLeaning == ConstructionModel.HYBRID) {
            // hybrid is a claim about the interactions (both logics at work in them): scores that merely fall between the
            // two models on standing arrangements and a handful of events do not make it
            for (ProcessTest t : of(tests, scoreLeaning)) {
                if (t.kind() == TestKind.HOOP && !t.assessable()) {
                    return new Decision(null, scoreLeaning, "hybrid not issued: its hoop test is not assessable: " + t.condition(), tests);
                }
            }
        }
        return new Decision(scoreLeaning, scoreLeaning, "the hoop tests of " + scoreLeaning.word() + " hold", tests);
    }

    /** The tests of {@code m} among {@code tests}. */
    static List<ProcessTest> of(List<ProcessTest> tests, ConstructionModel m) {
        return tests.stream().filter(t -> t.verdict().equals(m.word())).toList();
    }

    /**
     * Every test of the three models (administrative, market, hybrid; hoops first), evaluated on {@code p}; a test
     * reading initiations or decision events below their minimum ({@link EvidenceWeights}) is not assessable.
     */
    static List<ProcessTest> of(PeriodCounts p, Codebook c) {
        boolean initiations = EvidenceWeights.initiations(p.embedding(), c).sufficient();
        boolean decisionsKnown = EvidenceWeights.decisions(p.embedding(), c).sufficient();
        List<ProcessTest> t = of(p, c.threshold(org.glassbox.core.analysis.structure.StructureRule.MATRIX_DUAL_MIN));
        List<ProcessTest> out = new ArrayList<>(t.size());
        for (ProcessTest x : t) {
            String id = x.id();
            boolean known = id.endsWith(".initiative") || id.endsWith(".both-initiate") ? initiations
                    : id.endsWith(".decisions") || id.endsWith(".enterprise-decisions") || id.endsWith(".command")
                    || id.endsWith(".operator") || id.endsWith(".dual-coordination") ? decisionsKnown : true;
            out.add(known ? x : new ProcessTest(x.verdict(), x.kind(), id, x.condition() + " (not assessable: "
                    + (id.endsWith("initiative") || id.endsWith("both-initiate") ? EvidenceWeights.initiations(p.embedding(), c).words() + " initiations"
                    : EvidenceWeights.decisions(p.embedding(), c).words() + " decision events") + ")", false, x.values(), false));
        }
        return out;
    }

    /** The tests on {@code p}; {@code matrixMin} the dual-authority ratio at which the structure is a matrix. */
    private static List<ProcessTest> of(PeriodCounts p, double matrixMin) {
        EmbeddingMetrics e = p.embedding();
        Coordination co = p.coordination();
        int ge = e.governmentToEnterprise();
        int eg = e.enterpriseToGovernment();
        int dec = e.decisionEvents();
        int withE = e.decisionEventsWithEnterprise();
        double cd = e.coDecision();
        double cs = e.contractStrength();
        double gs = co.governmentShare();
        double es = co.enterpriseShare();
        String decisions = withE + " of " + dec + " (" + f(cd) + ")";
        List<ProcessTest> t = new ArrayList<>();
        String a = ConstructionModel.ADMINISTRATIVE.word();
        t.add(test(a, TestKind.HOOP, "model.administrative.initiative", ge > eg,
                "government initiates more of the government↔enterprise interactions than enterprises: " + ge + (ge > eg ? " > " : " ≤ ") + eg,
                ge, eg));
        t.add(test(a, TestKind.HOOP, "model.administrative.decisions", cd < MAJORITY - EPS,
                "enterprises take part in fewer than half of the decision events: " + decisions + (cd < MAJORITY - EPS ? " < " : " ≥ ") + "0.50",
                withE, dec, f(cd)));
        boolean command = dec >= 1 && withE == 0 && cs < MAJORITY - EPS;
        t.add(test(a, TestKind.SMOKING_GUN, "model.administrative.command", command,
                "enterprises take part in none of the decision events (" + withE + " of " + dec
                        + ") and most government–enterprise evidence runs outside a contract (contract strength " + f(cs) + " < 0.50)",
                withE, dec, f(cs)));
        String m = ConstructionModel.MARKET.word();
        t.add(test(m, TestKind.HOOP, "model.market.contracts", cs >= MAJORITY - EPS,
                "most government–enterprise evidence runs under a contract or equity tie without command: contract strength " + f(cs)
                        + (cs >= MAJORITY - EPS ? " ≥ " : " < ") + "0.50", f(cs)));
        t.add(test(m, TestKind.HOOP, "model.market.decisions", dec >= 1 && cd >= MAJORITY - EPS,
                "enterprises take part in at least half of the decision events: " + decisions + (dec >= 1 && cd >= MAJORITY - EPS ? " ≥ " : " < ")
                        + "0.50", withE, dec, f(cd)));
        t.add(test(m, TestKind.HOOP, "model.market.initiative", eg >= 1,
                "enterprises initiate towards government: " + eg + " events", eg));
        double dual = p.authority().dualAuthorityRatio();
        boolean matrix = dual >= matrixMin - EPS;
        String ofMatrix = " of a matrix (dual authority ratio " + f(dual) + ", threshold " + f(matrixMin) + ")";
        boolean operator = matrix && es >= COORDINATED_MIN - EPS && cs >= MAJORITY - EPS && dec >= 1 && cd >= MAJORITY - EPS;
        t.add(test(m, TestKind.SMOKING_GUN, "model.market.operator", operator,
                "an enterprise or joint-venture operator creates at least a quarter of the dual authority (" + f(es)
                        + "), under contract (contract strength " + f(cs) + "), with enterprises in most decision events (" + f(cd) + ")"
                        + ofMatrix, f(es), f(cs), f(cd), f(dual), f(matrixMin)));
        String h = ConstructionModel.HYBRID.word();
        t.add(test(h, TestKind.HOOP, "model.hybrid.both-initiate", ge >= 1 && eg >= 1,
                "both sides initiate: government towards enterprises " + ge + ", enterprises towards government " + eg, ge, eg));
        t.add(test(h, TestKind.HOOP, "model.hybrid.enterprise-decisions", withE >= 1,
                "enterprises take part in at least one decision event: " + withE + " of " + dec, withE, dec));
        boolean both = matrix && gs >= COORDINATED_MIN - EPS && es >= COORDINATED_MIN - EPS && cd >= MINORITY_MIN - EPS
                && cd < MAJORITY - EPS;
        t.add(test(h, TestKind.SMOKING_GUN, "model.hybrid.dual-coordination", both,
                "government and enterprise coordinators each create at least a quarter of the dual authority (" + f(gs) + ", " + f(es)
                        + ") while enterprises take part in a third to a half of the decision events (" + f(cd) + ")" + ofMatrix,
                f(gs), f(es), f(cd), f(dual), f(matrixMin)));
        return t;
    }

    private static ProcessTest test(String verdict, TestKind kind, String id, boolean passed, String condition, Object... values) {
        List<String> v = new ArrayList<>();
        for (Object o : values) {
            v.add(o.toString());
        }
        return new ProcessTest(verdict, kind, id, condition, passed, v);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
