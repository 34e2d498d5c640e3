package org.glassbox.core.analysis.outcome;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.EvidenceWeights;
import org.glassbox.core.analysis.FigureWeight;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.PeriodCounts;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.analysis.structure.AuthorityMetrics;
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
 * The construction model of a case, read from its late stage and its embedding trajectory.
 *
 * <p><b>The late stage</b> (FRAMEWORK.md, "Periods and phases"): the last phase, pooled with the
 * phases before it as far back as needed for its government–enterprise events to reach
 * {@code evidence.government_enterprise_events_min} (the pooled stage is measured afresh as one
 * period spanning the phases used). When even all phases together stay below the minimum the model
 * is {@code undetermined}: no verdict, only the leaning of the scores and the reason. A model per
 * phase, each phase read alone, is reported beside the verdict.
 *
 * <p>Six components, each giving a market value m and an administrative value a in [0, 1], each voting
 * only when the figure it reads is sufficient ({@link EvidenceWeights}):
 * <ol>
 * <li>structure — who holds dual authority and who creates it: μ = min(1, dualAuthorityRatio / matrix threshold),
 *     m = μ · enterprise-coordinated share, a = (1 − μ) · unityOfCommandRatio + μ · government-coordinated share
 *     ({@link org.glassbox.core.analysis.structure.Coordination}; votes when actors under authority reach their minimum);</li>
 * <li>subjects — who initiates: m = reciprocity of government↔enterprise initiations, a = 1 − m (initiations minimum);</li>
 * <li>mechanism — who co-decides: m = co-decision share, a = 1 − m (decision events minimum);</li>
 * <li>mechanism — which ties bind: m = contract strength, a = 1 − m (government–enterprise events minimum);</li>
 * <li>mechanism — who is only a target: m = 1 − administrative dominance, a = dominance (same minimum);</li>
 * <li>mechanism — trajectory: inter-embedded m = 1; de-embedded or never-embedded a = 1; embedded ½ each
 *     (votes when the trajectory is decided).</li>
 * </ol>
 * market = mean m, administrative = mean a over the voting components, hybrid = 1 − |market − administrative|
 * (all 0 when none votes). The scores' leaning is market (administrative) when its score exceeds the other's by at
 * least {@code model.decisive_margin_min}, hybrid otherwise — except that scores within the margin whose every
 * voting, non-neutral component points to one model (at least two, none the other way) lean to that model
 * ({@link #leaning}). The mechanism mix (labels) is shown in the chain
 * as context but does not enter a score.
 *
 * <p><b>Process-tracing tests</b> (docs/methods.md, "Process-tracing tests"; Van Evera 1997, Bennett 2010,
 * Collier 2011): on a late stage with enough evidence, a model whose smoking gun passes with its hoop tests held
 * is issued on its own; otherwise the scores' model is issued only when its hoop tests hold — when one fails the
 * model is {@code undetermined}, the reason naming the failed test and the leaning kept ({@link ModelTests}). The
 * six components are the chain's straws in the wind; the tests of all three models follow them in the chain.
 */
public final class ModelRule {
    public static final String MARGIN = "model.decisive_margin_min";

    private ModelRule() {
    }

    /** A component's values (used by the chain and by sensitivity re-runs). */
    public record Scores(double market, double administrative, double hybrid) {
    }

    /** One component: its values, whether it votes, and the weight of the figure it reads (null for the trajectory). */
    private record Component(double market, double administrative, boolean votes, FigureWeight weight) {
        String points() {
            return !votes ? "neutral" : market > administrative ? "market" : administrative > market ? "administrative" : "neutral";
        }
    }

    /** The scores of one period (a phase or a pooled stage), from the components that vote under {@code c}. */
    public static Scores scores(PeriodAnalysis p, EmbeddingTrajectory trajectory, Codebook c) {
        return scores(components(p, trajectory, c));
    }

    private static Scores scores(Component[] comp) {
        double m = 0;
        double a = 0;
        int votes = 0;
        for (Component x : comp) {
            if (x.votes) {
                m += x.market;
                a += x.administrative;
                votes++;
            }
        }
        if (votes == 0) {
            return new Scores(0, 0, 0);
        }
        m /= votes;
        a /= votes;
        return new Scores(m, a, 1 - Math.abs(m - a));
    }

    private static Component[] components(PeriodAnalysis p, EmbeddingTrajectory trajectory, Codebook c) {
        return components(PeriodCounts.of(p), trajectory, c);
    }

    /** The six components of a period's counts — the one copy, read by the verdict, sensitivity and robustness. */
    private static Component[] components(PeriodCounts p, EmbeddingTrajectory trajectory, Codebook c) {
        AuthorityMetrics s = p.authority();
        EmbeddingMetrics e = p.embedding();
        double dualMin = c.threshold(StructureRule.MATRIX_DUAL_MIN);
        TrajectoryType tt = trajectory.type();
        double t = tt == TrajectoryType.INTER_EMBEDDED ? 1 : tt == TrajectoryType.EMBEDDED ? 0.5 : 0;
        FigureWeight actors = EvidenceWeights.actors(s, c);
        FigureWeight init = EvidenceWeights.initiations(e, c);
        FigureWeight dec = EvidenceWeights.decisions(e, c);
        FigureWeight ge = EvidenceWeights.governmentEnterprise(e, c);
        return new Component[] {
            structure(s.dualAuthorityRatio(), s.unityOfCommandRatio(), p.coordination(), dualMin, actors),
            new Component(e.reciprocity(), 1 - e.reciprocity(), init.sufficient(), init),
            new Component(e.coDecision(), 1 - e.coDecision(), dec.sufficient(), dec),
            new Component(e.contractStrength(), 1 - e.contractStrength(), ge.sufficient(), ge),
            new Component(1 - e.administrativeDominance(), e.administrativeDominance(), ge.sufficient(), ge),
            new Component(t, 1 - t, trajectory.decided(), null),
        };
    }

    /**
     * The structure component: matrixness μ = min(1, dualAuthorityRatio / matrix threshold) split by who
     * coordinates — m = μ · enterpriseShare, a = (1 − μ) · unityOfCommandRatio + μ · governmentShare: the hierarchy's
     * reading and the coordinators' reading mixed by how much of a matrix the structure is (a matrix a leading group or
     * a data bureau coordinates is administrative mobilisation; one an operator coordinates is the market-integrated
     * matrix; dual authority other sectors create points neither way). Until 2026-12-02 a = min(1, unity + μ ·
     * governmentShare): a matrix two thirds of whose actors still answered to one superior pointed administrative
     * whoever coordinated it (`./bench accuracy`, market cases). Without coordinators
     * recorded (metrics made by hand) m = μ, a = unityOfCommandRatio.
     */
    private static Component structure(double dual, double unity, org.glassbox.core.analysis.structure.Coordination co, double dualMin,
                                       FigureWeight actors) {
        double mu = dualMin <= 0 ? (dual > 0 ? 1 : 0) : Math.min(1, dual / dualMin);
        if (co.coordinators().isEmpty()) {
            return new Component(mu, unity, actors.sufficient(), actors);
        }
        return new Component(mu * co.enterpriseShare(), (1 - mu) * unity + mu * co.governmentShare(), actors.sufficient(), actors);
    }

    /** The coordinators of a structure claim: {@code ; dual authority created by: lg (party), jv (joint-venture); coordinator shares …}. */
    static String coordinators(org.glassbox.core.analysis.structure.Coordination co) {
        if (co.coordinators().isEmpty()) {
            return "";
        }
        return "; dual authority created by: " + String.join(", ", co.coordinators().stream().map(x -> x.words()).toList())
                + "; coordinator shares government " + f(co.governmentShare()) + ", enterprise " + f(co.enterpriseShare())
                + ", other " + f(co.otherShare());
    }

    /** The fewest voting components that must point one way, none the other, for a unanimous leaning. */
    static final int UNANIMOUS_MIN = 2;

    /**
     * The scores' leaning: the margin rule ({@link #verdict(Scores, Codebook)}), except that where it leaves the model
     * open (hybrid) and every voting component that points anywhere points to the same model — at least
     * {@value #UNANIMOUS_MIN} of them, none the other way — the leaning is that model; its hoop tests then decide
     * ({@link ModelTests#decide}). Hybrid claims both logics at work; scores between the models because each figure
     * of a thin or noisy stage leans only moderately the same way are not that claim — several straws in the wind
     * pointing one way together weigh towards it (Bennett 2010; Collier 2011). Added 2026-12-02 after
     * {@code ./bench accuracy}: at noise 0.30 thin administrative cases whose every voting figure pointed
     * administrative were issued hybrid.
     */
    static ConstructionModel leaning(Component[] comp, Codebook c) {
        ConstructionModel byMargin = verdict(scores(comp), c);
        ConstructionModel one = unanimous(comp);
        return byMargin == ConstructionModel.HYBRID && one != null ? one : byMargin;
    }

    /** The model every voting, non-neutral component points to when at least {@value #UNANIMOUS_MIN} do and none the other way, else null. */
    private static ConstructionModel unanimous(Component[] comp) {
        int market = pointing(comp, ConstructionModel.MARKET.word());
        int administrative = pointing(comp, ConstructionModel.ADMINISTRATIVE.word());
        if (market == 0 && administrative >= UNANIMOUS_MIN) {
            return ConstructionModel.ADMINISTRATIVE;
        }
        if (administrative == 0 && market >= UNANIMOUS_MIN) {
            return ConstructionModel.MARKET;
        }
        return null;
    }

    /** The margin rule alone: market or administrative when its score leads by the margin, else hybrid ({@link #leaning} adds the unanimous straws). */
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

    /**
     * How many phases, counted back from the last, the late stage pools: the fewest whose
     * government–enterprise events together reach the minimum, or all of them when none does.
     * Phases partition the events, so the pooled count is the sum of the phases' counts.
     */
    public static int lateSpan(List<PeriodAnalysis> phases, Codebook c) {
        return lateSpanOf(phases.stream().map(PeriodCounts::of).toList(), c);
    }

    /** {@link #lateSpan} on counts. */
    public static int lateSpanOf(List<PeriodCounts> phases, Codebook c) {
        int min = EvidenceWeights.minimum(c, EvidenceWeights.GE_EVENTS_MIN);
        int sum = 0;
        for (int k = 1; k <= phases.size(); k++) {
            sum += phases.get(phases.size() - k).embedding().evidenceN();
            if (sum >= min) {
                return k;
            }
        }
        return phases.size();
    }

    /**
     * The model's word ({@code market}, …, or {@code undetermined}) under the codebook {@code c}: the same
     * rule {@link #decide} applies, without the chain (for sensitivity re-runs).
     *
     * @param pooled the analysis of the last k phases pooled, for k = 1 … phases.size()
     */
    public static String word(List<PeriodAnalysis> phases, IntFunction<PeriodAnalysis> pooled, EmbeddingTrajectory trajectory,
                              Codebook c) {
        return wordOf(phases.stream().map(PeriodCounts::of).toList(), k -> PeriodCounts.of(pooled.apply(k)), trajectory, c);
    }

    /** {@link #word} on counts (robustness resamples call it with re-weighted counts). */
    public static String wordOf(List<PeriodCounts> phases, IntFunction<PeriodCounts> pooled, EmbeddingTrajectory trajectory,
                                Codebook c) {
        if (phases.isEmpty()) {
            return "undetermined";
        }
        PeriodCounts late = pooled.apply(lateSpanOf(phases, c));
        if (late.embedding().evidenceN() < EvidenceWeights.minimum(c, EvidenceWeights.GE_EVENTS_MIN)) {
            return "undetermined";
        }
        Component[] comp = components(late, trajectory, c);
        return ModelTests.decide(late, leaning(comp, c), c).word();
    }

    /**
     * The construction model of a case with its phases, from its late stage.
     *
     * @param pooled the analysis of the last k phases pooled as one period, for k = 1 … phases.size()
     *               (k = 1 the last phase itself)
     */
    public static ModelVerdict decide(List<PeriodAnalysis> phases, IntFunction<PeriodAnalysis> pooled,
                                      EmbeddingTrajectory trajectory, Codebook c) {
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("phases must not be empty");
        }
        int span = lateSpan(phases, c);
        PeriodAnalysis last = pooled.apply(span);
        int min = EvidenceWeights.minimum(c, EvidenceWeights.GE_EVENTS_MIN);
        List<String> used = new ArrayList<>();
        for (int k = phases.size() - span; k < phases.size(); k++) {
            used.add(phases.get(k).period().id());
        }
        FigureWeight lateWeight = new FigureWeight(last.embedding().evidenceN(), min);
        LateStage stage = new LateStage(used, last.period().id(), lateWeight);
        PeriodAnalysis lastPhase = phases.get(phases.size() - 1);
        int lastGe = lastPhase.embedding().evidenceN();
        String lastId = lastPhase.period().id();
        String reason;
        if (!lateWeight.sufficient()) {
            reason = "insufficient: " + (span == 1 ? "the only phase " + lastId + " has " : "all phases together (" + String.join(", ", used) + ") have ")
                    + lateWeight.n() + " government–enterprise events < " + min;
        } else if (span == 1) {
            reason = "the last phase " + lastId + " has " + lateGe(lastGe) + " ≥ " + min;
        } else {
            reason = "the last phase " + lastId + " has " + lateGe(lastGe) + " < " + min + ": pooled with "
                    + String.join(", ", used.subList(0, used.size() - 1)) + " to " + lateWeight.n() + " ≥ " + min;
        }

        StructureMetrics s = last.structure();
        EmbeddingMetrics e = last.embedding();
        EmbeddingIds ids = e.ids();
        Component[] comp = components(last, trajectory, c);
        Scores sc = scores(comp);
        ConstructionModel byScore = leaning(comp, c);
        ModelTests.Decision decision = ModelTests.decide(PeriodCounts.of(last), byScore, c);
        boolean decided = lateWeight.sufficient() && decision.model() != null;
        ConstructionModel v = lateWeight.sufficient() ? decision.leaning() : byScore;
        if (lateWeight.sufficient()) {
            reason += "; " + decision.reason();
        }
        double margin = c.threshold(MARGIN);
        String phase = stage.id();
        List<EvidenceLink> chain = new ArrayList<>();

        Map<String, Double> m1 = new LinkedHashMap<>();
        m1.put("dualAuthorityRatio", s.dualAuthorityRatio());
        m1.put("unityOfCommandRatio", s.unityOfCommandRatio());
        m1.put("actorsUnderAuthority", (double) s.actorsUnderAuthority());
        if (!s.coordination().coordinators().isEmpty()) {
            m1.put("governmentCoordinatedShare", s.coordination().governmentShare());
            m1.put("enterpriseCoordinatedShare", s.coordination().enterpriseShare());
        }
        chain.add(link(v, margin, EvidenceLayer.STRUCTURE, comp[0], m1, StructureRule.thresholds(c),
                "in " + phase + " the structure is " + s.type().word() + " (" + s.verdict().rule() + "): "
                        + s.dualAuthorityActors() + " of " + s.actorsUnderAuthority() + " actors under authority hold dual authority, "
                        + s.singleSuperiorActors() + " answer to a single superior" + coordinators(s.coordination()),
                List.of(), s.verdict().evidence().tieIds(), coordinated(s)));

        Map<String, Double> m2 = new LinkedHashMap<>();
        m2.put("enterpriseToGovernment", (double) e.enterpriseToGovernment());
        m2.put("governmentToEnterprise", (double) e.governmentToEnterprise());
        m2.put("reciprocity", e.reciprocity());
        m2.put("governmentInitiationShare", last.subjects().governmentInitiationShare());
        m2.put("enterpriseInitiationShare", last.subjects().enterpriseInitiationShare());
        List<String> initEvents = new ArrayList<>(ids.enterpriseInitiated());
        initEvents.addAll(ids.governmentInitiated().subList(0, Math.min(20, ids.governmentInitiated().size())));
        chain.add(link(v, margin, EvidenceLayer.SUBJECTS, comp[1], m2, Map.of(),
                "who initiates: enterprises initiate towards government in " + e.enterpriseToGovernment()
                        + " events, government towards enterprises in " + e.governmentToEnterprise() + " (reciprocity " + f(e.reciprocity()) + ")",
                initEvents, List.of(), List.of()));

        chain.add(link(v, margin, EvidenceLayer.MECHANISM, comp[2], ordered("coDecision", e.coDecision(), "decisionEvents", (double) e.decisionEvents()),
                Map.of(), "who co-decides: enterprises initiate or take part in " + e.decisionEventsWithEnterprise() + " of "
                        + e.decisionEvents() + " decision events (co-decision " + f(e.coDecision()) + ")",
                ids.coDecision(), List.of(), List.of()));

        Map<String, Double> m4 = ordered("contractStrength", e.contractStrength(), "dyadInteractions", (double) e.dyadInteractions());
        List<String> bindTies = new ArrayList<>(ids.bindingTies());
        String standing = "";
        if (e.standingTies() > 0) {
            m4.put("standingTies", (double) e.standingTies());
            m4.put("standingContract", e.standingContract());
            m4.put("standingOther", e.standingOther());
            for (String x : ids.standingTies()) {
                if (!bindTies.contains(x)) {
                    bindTies.add(x);
                }
            }
            standing = "; standing arrangements: " + e.standingTies() + " contract, equity or secondment ties weigh as "
                    + f(e.standingContract() + e.standingOther()) + " event-equivalents, " + f(e.standingContract()) + " of them by contract";
        }
        chain.add(link(v, margin, EvidenceLayer.MECHANISM, comp[3], m4,
                e.standingTies() > 0 ? Map.of(EvidenceWeights.STANDING_PER_YEAR, c.threshold(EvidenceWeights.STANDING_PER_YEAR)) : Map.of(),
                "which ties bind: " + e.contractGovernedInteractions() + " of " + e.dyadInteractions()
                        + " government–enterprise events run under a contract or equity tie with no command, guidance or supervision tie (contract strength "
                        + f(e.contractStrength()) + ")" + standing,
                ids.contractGoverned(), bindTies, List.of()));

        Map<String, Double> m5 = new LinkedHashMap<>();
        m5.put("administrativeDominance", e.administrativeDominance());
        chain.add(link(v, margin, EvidenceLayer.MECHANISM, comp[4], m5, Map.of(),
                "who is only a target: in " + e.topDownEvents() + " of " + e.dyadInteractions()
                        + " government–enterprise events government initiates and enterprises only execute (administrative dominance "
                        + f(e.administrativeDominance()) + ")", ids.topDown(), List.of(), List.of()));

        chain.add(link(v, margin, EvidenceLayer.MECHANISM, comp[5], new LinkedHashMap<>(trajectory.evidence().metrics()), trajectory.thresholds(),
                "embedding trajectory " + trajectory.word() + ": " + trajectory.rule(), List.of(), List.of(), List.of()));

        MechanismMix mix = last.mechanism();
        Map<String, Double> mm = new LinkedHashMap<>();
        mm.put("administrativeShare", mix.administrativeShare());
        mm.put("marketShare", mix.marketShare());
        mm.put("collaborativeShare", mix.collaborativeShare());
        chain.add(new EvidenceLink(EvidenceLayer.MECHANISM, "neutral", new Evidence(
                "context, not scored: the coded mechanism mix of " + phase + " is dominated by " + mix.dominant().word()
                        + " (labels feed the mix only)", mm, Map.of(), List.of(), List.of(), List.of())));

        for (ProcessTest t : decision.tests()) {
            chain.add(testLink(t, e, s));
        }

        Map<ConstructionModel, Double> scores = scoreMap(sc);
        String rule = verdict(sc, c) != byScore
                ? "|market " + f(sc.market()) + " − administrative " + f(sc.administrative()) + "| < " + f(margin)
                        + ", but every voting figure that points anywhere points " + byScore.word() + " (" + pointing(comp, byScore.word())
                        + " of " + pointing(comp, null) + " voting)"
                : switch (byScore) {
            case MARKET -> "market " + f(sc.market()) + " − administrative " + f(sc.administrative()) + " ≥ " + f(margin);
            case ADMINISTRATIVE -> "administrative " + f(sc.administrative()) + " − market " + f(sc.market()) + " ≥ " + f(margin);
            case HYBRID -> "|market " + f(sc.market()) + " − administrative " + f(sc.administrative()) + "| < " + f(margin);
        };
        Map<String, Double> ms = new LinkedHashMap<>();
        ms.put("market", sc.market());
        ms.put("administrative", sc.administrative());
        ms.put("hybrid", sc.hybrid());
        ms.put("n", (double) lateWeight.n());
        ms.put("minimum", (double) min);
        Map<String, Double> mth = new LinkedHashMap<>();
        mth.put(MARGIN, margin);
        mth.put(EvidenceWeights.GE_EVENTS_MIN, c.threshold(EvidenceWeights.GE_EVENTS_MIN));
        String head = decided ? "construction model " + v.word() + " on " + phase + ": " + rule
                + (decision.reason().startsWith("smoking gun") ? "; " + decision.reason() : "")
                : "construction model undetermined (" + reason + "); leaning " + v.word() + ": " + rule;
        chain.add(new EvidenceLink(EvidenceLayer.MODEL, decided ? v.word() : "neutral", new Evidence(head, ms, mth,
                List.of(), List.of(), List.of())));

        List<PhaseModel> perPhase = new ArrayList<>();
        for (PeriodAnalysis p : phases) {
            Component[] pc = components(p, trajectory, c);
            ConstructionModel pl = leaning(pc, c);
            FigureWeight pw = new FigureWeight(p.embedding().evidenceN(), min);
            ModelTests.Decision pd = ModelTests.decide(PeriodCounts.of(p), pl, c);
            boolean pDecided = pw.sufficient() && pd.model() != null;
            perPhase.add(new PhaseModel(p.period().id(), pDecided ? VerdictStatus.DECIDED : VerdictStatus.UNDETERMINED,
                    pw.sufficient() ? pd.leaning() : pl, scoreMap(scores(pc)), pw));
        }
        return new ModelVerdict(decided ? v : null, scores, rule, mth, chain,
                decided ? VerdictStatus.DECIDED : VerdictStatus.UNDETERMINED, v, reason, stage, perPhase);
    }

    /** How many voting components point to {@code word} ({@code null}: how many vote). */
    private static int pointing(Component[] comp, String word) {
        int n = 0;
        for (Component x : comp) {
            if (x.votes && (word == null || x.points().equals(word))) {
                n++;
            }
        }
        return n;
    }

    /** The dual-authority holders, then their coordinators (the actors the structure link is about). */
    private static List<String> coordinated(StructureMetrics s) {
        List<String> ids = new ArrayList<>(s.verdict().evidence().actorIds());
        for (var x : s.coordination().coordinators()) {
            if (!ids.contains(x.actorId())) {
                ids.add(x.actorId());
            }
        }
        return ids;
    }

    private static String lateGe(int n) {
        return n + " government–enterprise event" + (n == 1 ? "" : "s");
    }

    private static Map<ConstructionModel, Double> scoreMap(Scores sc) {
        Map<ConstructionModel, Double> scores = new EnumMap<>(ConstructionModel.class);
        scores.put(ConstructionModel.ADMINISTRATIVE, sc.administrative());
        scores.put(ConstructionModel.MARKET, sc.market());
        scores.put(ConstructionModel.HYBRID, sc.hybrid());
        return scores;
    }

    /**
     * A chain link, a straw in the wind for {@code tested}: it passes when the component votes and points to it (for
     * hybrid: votes with |m − a| below the margin); a component that does not vote points nowhere and says why, with its n.
     */
    private static EvidenceLink link(ConstructionModel tested, double margin, EvidenceLayer layer, Component comp,
                                     Map<String, Double> metrics, Map<String, Double> thresholds,
                                     String claim, List<String> events, List<String> ties, List<String> actors) {
        Map<String, Double> m = new LinkedHashMap<>(metrics);
        String text = claim;
        if (comp.weight != null) {
            m.put("n", (double) comp.weight.n());
            m.put("minimum", (double) comp.weight.minimum());
        }
        if (!comp.votes) {
            text = "not scored, " + (comp.weight != null ? "insufficient (" + comp.weight.words() + ")" : "undetermined") + ": " + claim;
        }
        boolean passed = comp.votes && (tested == ConstructionModel.HYBRID ? Math.abs(comp.market - comp.administrative) < margin - 1e-9
                : comp.points().equals(tested.word()));
        String how = !comp.votes ? "does not vote" : "points to " + comp.points() + " (market " + f(comp.market) + ", administrative "
                + f(comp.administrative) + ")";
        ProcessTest t = new ProcessTest(tested.word(), TestKind.STRAW_IN_THE_WIND, "model.straw", how, passed,
                List.of(comp.points(), f(comp.market), f(comp.administrative)));
        return new EvidenceLink(layer, comp.points(), new Evidence(text, m, thresholds, events, ties, actors), t);
    }

    /**
     * A test of the table as a chain link: its layer is that of the figure it reads, it points to the model it tests when
     * it passed (neutral when it failed), and it cites the events, ties and actors behind that figure.
     */
    private static EvidenceLink testLink(ProcessTest t, EmbeddingMetrics e, StructureMetrics s) {
        EmbeddingIds ids = e.ids();
        String id = t.id();
        EvidenceLayer layer;
        List<String> events = List.of();
        List<String> ties = List.of();
        List<String> actors = List.of();
        Map<String, Double> m = new LinkedHashMap<>();
        if (id.endsWith(".initiative") || id.endsWith(".both-initiate")) {
            layer = EvidenceLayer.SUBJECTS;
            List<String> ev = new ArrayList<>(ids.enterpriseInitiated());
            ev.addAll(ids.governmentInitiated().subList(0, Math.min(20, ids.governmentInitiated().size())));
            events = ev;
            m.put("governmentToEnterprise", (double) e.governmentToEnterprise());
            m.put("enterpriseToGovernment", (double) e.enterpriseToGovernment());
        } else if (id.endsWith(".coordinators") || id.endsWith(".operator") || id.endsWith(".dual-coordination")) {
            layer = EvidenceLayer.STRUCTURE;
            ties = s.verdict().evidence().tieIds();
            actors = coordinated(s);
            m.put("governmentCoordinatedShare", s.coordination().governmentShare());
            m.put("enterpriseCoordinatedShare", s.coordination().enterpriseShare());
            if (!id.endsWith(".coordinators")) {
                m.put("contractStrength", e.contractStrength());
                m.put("coDecision", e.coDecision());
            }
        } else if (id.endsWith(".contracts")) {
            layer = EvidenceLayer.MECHANISM;
            events = ids.contractGoverned();
            ties = ids.bindingTies();
            m.put("contractStrength", e.contractStrength());
        } else {
            layer = EvidenceLayer.MECHANISM;
            events = ids.coDecision();
            m.put("decisionEvents", (double) e.decisionEvents());
            m.put("decisionEventsWithEnterprise", (double) e.decisionEventsWithEnterprise());
            m.put("coDecision", e.coDecision());
            if (id.endsWith(".command")) {
                m.put("contractStrength", e.contractStrength());
            }
        }
        String claim = t.verdict() + " " + (t.kind() == TestKind.HOOP ? "hoop" : "smoking gun") + ": " + t.condition()
                + " — " + t.outcome();
        return new EvidenceLink(layer, t.passed() ? t.verdict() : "neutral", new Evidence(claim, m, Map.of(), events, ties, actors), t);
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
