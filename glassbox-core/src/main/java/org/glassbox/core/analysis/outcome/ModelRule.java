package org.glassbox.core.analysis.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.mechanism.EmbeddingIds;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.EmbeddingTrajectory;
import org.glassbox.core.analysis.mechanism.MechanismMix;
import org.glassbox.core.analysis.mechanism.TrajectoryType;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.structure.StructureRule;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.model.Codebook;

/**
 * The construction model of a case, read from its last phase and its embedding trajectory.
 *
 * <p>Six components, each giving a market value m and an administrative value a in [0, 1]:
 * <ol>
 * <li>structure — who holds dual authority: m = min(1, dualAuthorityRatio / matrix threshold), a = unityOfCommandRatio;</li>
 * <li>subjects — who initiates: m = reciprocity of government↔enterprise initiations, a = 1 − m;</li>
 * <li>mechanism — who co-decides: m = co-decision share, a = 1 − m;</li>
 * <li>mechanism — which ties bind: m = contract strength, a = 1 − m;</li>
 * <li>mechanism — who is only a target: m = 1 − administrative dominance, a = dominance;</li>
 * <li>mechanism — trajectory: inter-embedded m = 1; de-embedded or never-embedded a = 1; embedded ½ each.</li>
 * </ol>
 * market = mean m, administrative = mean a, hybrid = 1 − |market − administrative|. The verdict is
 * market (administrative) when its score exceeds the other's by at least {@code model.decisive_margin_min},
 * hybrid otherwise. The mechanism mix (labels) is shown in the chain as context but does not enter a score.
 */
public final class ModelRule {
    public static final String MARGIN = "model.decisive_margin_min";

    private ModelRule() {
    }

    /** A component's values (used by the chain and by sensitivity re-runs). */
    public record Scores(double market, double administrative, double hybrid) {
    }

    public static Scores scores(StructureMetrics s, EmbeddingMetrics e, TrajectoryType trajectory, Codebook c) {
        double[][] comp = components(s, e, trajectory, c);
        double m = 0;
        double a = 0;
        for (double[] x : comp) {
            m += x[0];
            a += x[1];
        }
        m /= comp.length;
        a /= comp.length;
        return new Scores(m, a, 1 - Math.abs(m - a));
    }

    private static double[][] components(StructureMetrics s, EmbeddingMetrics e, TrajectoryType trajectory, Codebook c) {
        double dualMin = c.threshold(StructureRule.MATRIX_DUAL_MIN);
        double t = trajectory == TrajectoryType.INTER_EMBEDDED ? 1 : trajectory == TrajectoryType.EMBEDDED ? 0.5 : 0;
        return new double[][] {
            {dualMin <= 0 ? (s.dualAuthorityRatio() > 0 ? 1 : 0) : Math.min(1, s.dualAuthorityRatio() / dualMin), s.unityOfCommandRatio()},
            {e.reciprocity(), 1 - e.reciprocity()},
            {e.coDecision(), 1 - e.coDecision()},
            {e.contractStrength(), 1 - e.contractStrength()},
            {1 - e.administrativeDominance(), e.administrativeDominance()},
            {t, 1 - t},
        };
    }

    /** The verdict alone, for sensitivity runs. */
    public static ConstructionModel verdict(Scores sc, Codebook c) {
        double margin = c.threshold(MARGIN);
        if (sc.market() - sc.administrative() >= margin - 1e-9) {
            return ConstructionModel.MARKET;
        }
        if (sc.administrative() - sc.market() >= margin - 1e-9) {
            return ConstructionModel.ADMINISTRATIVE;
        }
        return ConstructionModel.HYBRID;
    }

    public static ModelVerdict decide(PeriodAnalysis last, EmbeddingTrajectory trajectory, Codebook c) {
        StructureMetrics s = last.structure();
        EmbeddingMetrics e = last.embedding();
        EmbeddingIds ids = e.ids();
        Scores sc = scores(s, e, trajectory.type(), c);
        ConstructionModel v = verdict(sc, c);
        double margin = c.threshold(MARGIN);
        double[][] comp = components(s, e, trajectory.type(), c);
        String phase = last.period().id();
        List<EvidenceLink> chain = new ArrayList<>();

        Map<String, Double> m1 = new LinkedHashMap<>();
        m1.put("dualAuthorityRatio", s.dualAuthorityRatio());
        m1.put("unityOfCommandRatio", s.unityOfCommandRatio());
        m1.put("actorsUnderAuthority", (double) s.actorsUnderAuthority());
        chain.add(new EvidenceLink(EvidenceLayer.STRUCTURE, points(comp[0]), new Evidence(
                "in " + phase + " the structure is " + s.type().word() + " (" + s.verdict().rule() + "): "
                        + s.dualAuthorityActors() + " of " + s.actorsUnderAuthority() + " actors under authority hold dual authority, "
                        + s.singleSuperiorActors() + " answer to a single superior",
                m1, StructureRule.thresholds(c), List.of(), s.verdict().evidence().tieIds(), s.verdict().evidence().actorIds())));

        Map<String, Double> m2 = new LinkedHashMap<>();
        m2.put("enterpriseToGovernment", (double) e.enterpriseToGovernment());
        m2.put("governmentToEnterprise", (double) e.governmentToEnterprise());
        m2.put("reciprocity", e.reciprocity());
        m2.put("governmentInitiationShare", last.subjects().governmentInitiationShare());
        m2.put("enterpriseInitiationShare", last.subjects().enterpriseInitiationShare());
        List<String> initEvents = new ArrayList<>(ids.enterpriseInitiated());
        initEvents.addAll(ids.governmentInitiated().subList(0, Math.min(20, ids.governmentInitiated().size())));
        chain.add(new EvidenceLink(EvidenceLayer.SUBJECTS, points(comp[1]), new Evidence(
                "who initiates: enterprises initiate towards government in " + e.enterpriseToGovernment()
                        + " events, government towards enterprises in " + e.governmentToEnterprise() + " (reciprocity " + f(e.reciprocity()) + ")",
                m2, Map.of(), initEvents, List.of(), List.of())));

        chain.add(new EvidenceLink(EvidenceLayer.MECHANISM, points(comp[2]), new Evidence(
                "who co-decides: enterprises initiate or take part in " + e.decisionEventsWithEnterprise() + " of "
                        + e.decisionEvents() + " decision events (co-decision " + f(e.coDecision()) + ")",
                ordered("coDecision", e.coDecision(), "decisionEvents", (double) e.decisionEvents()), Map.of(),
                ids.coDecision(), List.of(), List.of())));

        chain.add(new EvidenceLink(EvidenceLayer.MECHANISM, points(comp[3]), new Evidence(
                "which ties bind: " + e.contractGovernedInteractions() + " of " + e.dyadInteractions()
                        + " government–enterprise events run under a contract or equity tie with no command, guidance or supervision tie (contract strength "
                        + f(e.contractStrength()) + ")",
                ordered("contractStrength", e.contractStrength(), "dyadInteractions", (double) e.dyadInteractions()), Map.of(),
                ids.contractGoverned(), ids.bindingTies(), List.of())));

        chain.add(new EvidenceLink(EvidenceLayer.MECHANISM, points(comp[4]), new Evidence(
                "who is only a target: in " + e.topDownEvents() + " of " + e.dyadInteractions()
                        + " government–enterprise events government initiates and enterprises only execute (administrative dominance "
                        + f(e.administrativeDominance()) + ")",
                Map.of("administrativeDominance", e.administrativeDominance()), Map.of(), ids.topDown(), List.of(), List.of())));

        chain.add(new EvidenceLink(EvidenceLayer.MECHANISM, points(comp[5]), new Evidence(
                "embedding trajectory " + trajectory.type().word() + ": " + trajectory.rule(),
                trajectory.evidence().metrics(), trajectory.thresholds(), List.of(), List.of(), List.of())));

        MechanismMix mix = last.mechanism();
        Map<String, Double> mm = new LinkedHashMap<>();
        mm.put("administrativeShare", mix.administrativeShare());
        mm.put("marketShare", mix.marketShare());
        mm.put("collaborativeShare", mix.collaborativeShare());
        chain.add(new EvidenceLink(EvidenceLayer.MECHANISM, "neutral", new Evidence(
                "context, not scored: the coded mechanism mix of " + phase + " is dominated by " + mix.dominant().word()
                        + " (labels feed the mix only)", mm, Map.of(), List.of(), List.of(), List.of())));

        Map<ConstructionModel, Double> scores = new EnumMap<>(ConstructionModel.class);
        scores.put(ConstructionModel.ADMINISTRATIVE, sc.administrative());
        scores.put(ConstructionModel.MARKET, sc.market());
        scores.put(ConstructionModel.HYBRID, sc.hybrid());
        String rule = switch (v) {
            case MARKET -> "market " + f(sc.market()) + " − administrative " + f(sc.administrative()) + " ≥ " + f(margin);
            case ADMINISTRATIVE -> "administrative " + f(sc.administrative()) + " − market " + f(sc.market()) + " ≥ " + f(margin);
            case HYBRID -> "|market " + f(sc.market()) + " − administrative " + f(sc.administrative()) + "| < " + f(margin);
        };
        Map<String, Double> ms = new LinkedHashMap<>();
        ms.put("market", sc.market());
        ms.put("administrative", sc.administrative());
        ms.put("hybrid", sc.hybrid());
        chain.add(new EvidenceLink(EvidenceLayer.MODEL, v.word(), new Evidence("construction model " + v.word() + ": " + rule,
                ms, Map.of(MARGIN, margin), List.of(), List.of(), List.of())));
        return new ModelVerdict(v, scores, rule, Map.of(MARGIN, margin), chain);
    }

    private static String points(double[] c) {
        return c[0] > c[1] ? "market" : c[1] > c[0] ? "administrative" : "neutral";
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Whether a structure type points to a model (for words in comparisons). */
    static String pointsTo(StructureType t) {
        return t == StructureType.MATRIX ? "market" : t == StructureType.LINEAR_FUNCTIONAL ? "administrative" : "neutral";
    }

    /** Two metrics in the order written (Map.of's order changes from run to run, and the JSON shows it). */
    private static Map<String, Double> ordered(String k1, double v1, String k2, double v2) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }
}
