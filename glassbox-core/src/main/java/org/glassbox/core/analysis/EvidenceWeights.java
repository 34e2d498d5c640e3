package org.glassbox.core.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.model.Codebook;

/**
 * The count behind each per-period figure and the codebook minimum it must reach to vote
 * (FRAMEWORK.md, "Evidence weight"; docs/methods.md, "Evidence weight and the late stage").
 *
 * <table>
 * <caption>figure → n (minimum)</caption>
 * <tr><td>structure.type, dualAuthorityRatio, unityOfCommandRatio</td><td>actors under authority ({@value #ACTORS_MIN}, default 5)</td></tr>
 * <tr><td>embedding.reciprocity</td><td>government↔enterprise initiations g→e + e→g ({@value #INITIATIONS_MIN}, default 5)</td></tr>
 * <tr><td>embedding.coDecision</td><td>decision events ({@value #DECISIONS_MIN}, default 5)</td></tr>
 * <tr><td>embedding.multiplexity</td><td>government–enterprise dyads ({@value #DYADS_MIN}, default 3)</td></tr>
 * <tr><td>embedding.contractStrength, administrativeDominance</td><td>government–enterprise events plus standing arrangements'
 * event-equivalents ({@link EmbeddingMetrics#evidenceN()}; {@value #GE_EVENTS_MIN}, default 10)</td></tr>
 * <tr><td>embedding.index</td><td>its weakest part ({@link #index}): the evidence n above, initiations, decision events and
 * dyads, each against its own minimum</td></tr>
 * <tr><td>structure.supervisionIntensity, informationBarrierIndex, lateralToAuthorityRatio, publicParticipationShare;
 * subjects' initiation shares</td><td>government actors, same-level pairs, authority ties, events (no minimum: n only)</td></tr>
 * </table>
 * The government–enterprise minimum is also the one the model verdict pools the late stage to reach.
 * Minimums are codebook thresholds read as counts (rounded up).
 */
public final class EvidenceWeights {
    public static final String ACTORS_MIN = "evidence.actors_under_authority_min";
    public static final String INITIATIONS_MIN = "evidence.initiations_min";
    public static final String DECISIONS_MIN = "evidence.decision_events_min";
    public static final String DYADS_MIN = "evidence.dyads_min";
    public static final String GE_EVENTS_MIN = "evidence.government_enterprise_events_min";
    /**
     * k: the event-equivalents a standing arrangement (contract, equity, secondment tie between government
     * and enterprise) weighs per year it is valid in a period (docs/methods.md, "Standing arrangements").
     */
    public static final String STANDING_PER_YEAR = "evidence.standing_tie_events_per_year";

    private EvidenceWeights() {
    }

    /** The minimums, by threshold name, in the order above. */
    public static Map<String, Double> thresholds(Codebook c) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String k : new String[] {ACTORS_MIN, INITIATIONS_MIN, DECISIONS_MIN, DYADS_MIN, GE_EVENTS_MIN}) {
            m.put(k, c.threshold(k));
        }
        return m;
    }

    /** A threshold of the codebook read as a count. */
    public static int minimum(Codebook c, String threshold) {
        return FigureWeight.count(c.threshold(threshold));
    }

    /**
     * The weights of a period's figures, keyed {@code layer.figure} ({@code structure.type},
     * {@code embedding.index}, …), in the order of docs/json.md.
     */
    public static Map<String, FigureWeight> of(Period p, StructureMetrics s, EmbeddingMetrics e, Codebook c) {
        Map<String, FigureWeight> w = new LinkedHashMap<>();
        FigureWeight actors = actors(s.authority(), c);
        w.put("structure.type", actors);
        w.put("structure.dualAuthorityRatio", actors);
        w.put("structure.unityOfCommandRatio", actors);
        w.put("structure.supervisionIntensity", new FigureWeight(s.governmentActors(), 0));
        w.put("structure.informationBarrierIndex", new FigureWeight((int) Math.min(Integer.MAX_VALUE, s.sameLevelPairs()), 0));
        w.put("structure.lateralToAuthorityRatio", new FigureWeight(s.authorityTies(), 0));
        w.put("structure.publicParticipationShare", new FigureWeight(p.events(), 0));
        w.put("subjects.governmentInitiationShare", new FigureWeight(p.events(), 0));
        w.put("subjects.enterpriseInitiationShare", new FigureWeight(p.events(), 0));
        FigureWeight ge = governmentEnterprise(e, c);
        w.put("embedding.index", index(e, c));
        w.put("embedding.reciprocity", initiations(e, c));
        w.put("embedding.coDecision", decisions(e, c));
        w.put("embedding.multiplexity", new FigureWeight(e.dyads(), minimum(c, DYADS_MIN)));
        w.put("embedding.contractStrength", ge);
        w.put("embedding.administrativeDominance", ge);
        return w;
    }

    /** The weight of the structure type and the authority ratios: actors under authority. */
    public static FigureWeight actors(org.glassbox.core.analysis.structure.AuthorityMetrics a, Codebook c) {
        return new FigureWeight(a.actorsUnderAuthority(), minimum(c, ACTORS_MIN));
    }

    /** The weight of reciprocity: initiations g→e + e→g. */
    public static FigureWeight initiations(EmbeddingMetrics e, Codebook c) {
        return new FigureWeight(e.governmentToEnterprise() + e.enterpriseToGovernment(), minimum(c, INITIATIONS_MIN));
    }

    /** The weight of co-decision: decision events. */
    public static FigureWeight decisions(EmbeddingMetrics e, Codebook c) {
        return new FigureWeight(e.decisionEvents(), minimum(c, DECISIONS_MIN));
    }

    /** The weight of the index, contract strength and dominance: the government–enterprise evidence n. */
    public static FigureWeight governmentEnterprise(EmbeddingMetrics e, Codebook c) {
        return new FigureWeight(e.evidenceN(), minimum(c, GE_EVENTS_MIN));
    }

    /**
     * The weight of the embedding index, (reciprocity + co-decision + multiplexity) / 3: the first of its parts that
     * is below its minimum — the government–enterprise evidence n, the initiations reciprocity reads, the decision
     * events co-decision reads, the dyads multiplexity reads — or the evidence n when all are sufficient. An index is
     * only as sound as its weakest part: standing arrangements lift the evidence n of a thinly coded phase, but its
     * reciprocity and co-decision then rest on a handful of events (issue 11, item 10: such a phase's index swung
     * the trajectory).
     */
    public static FigureWeight index(EmbeddingMetrics e, Codebook c) {
        return indexPart(e, c).weight();
    }

    /**
     * What keeps the index from voting, as {@code 4 government↔enterprise initiations < 5} (the count, the name of
     * the part, its minimum), or null when the index is sufficient.
     */
    public static String indexShortfall(EmbeddingMetrics e, Codebook c) {
        Part p = indexPart(e, c);
        return p.weight().sufficient() ? null : p.weight().n() + " " + p.name() + " < " + p.weight().minimum();
    }

    /** A part of the index: its weight and its name in the trajectory's words. */
    private record Part(FigureWeight weight, String name) {
    }

    private static Part indexPart(EmbeddingMetrics e, Codebook c) {
        Part[] parts = {new Part(governmentEnterprise(e, c), "government–enterprise events"),
            new Part(initiations(e, c), "government↔enterprise initiations"), new Part(decisions(e, c), "decision events"),
            new Part(new FigureWeight(e.dyads(), minimum(c, DYADS_MIN)), "government–enterprise dyads")};
        for (Part p : parts) {
            if (!p.weight().sufficient()) {
                return p;
            }
        }
        return parts[0];
    }

    /** The weights of an analysed period (recomputed with the codebook {@code c}, as sensitivity runs do). */
    public static Map<String, FigureWeight> of(PeriodAnalysis p, Codebook c) {
        return of(p.period(), p.structure(), p.embedding(), c);
    }
}
