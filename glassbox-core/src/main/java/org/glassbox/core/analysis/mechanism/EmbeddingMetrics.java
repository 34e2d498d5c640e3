package org.glassbox.core.analysis.mechanism;

import java.util.Objects;
import org.glassbox.core.analysis.Evidence;

/**
 * Government–enterprise embedding in one period, from who initiates, who co-decides and which ties
 * bind the two sides — never from mechanism labels (docs/methods.md).
 *
 * @param governmentToEnterprise        initiations by a government-side actor towards an enterprise-side target or participant
 * @param enterpriseToGovernment        initiations by an enterprise-side actor towards a government-side target or participant
 * @param reciprocity                   min / max of the two (0 when both are 0)
 * @param decisionEvents                decision events (codebook: plan, directive, approval, co-design, …)
 * @param decisionEventsWithEnterprise  of those, events in which an enterprise-side actor initiates or participates
 * @param coDecision                    decisionEventsWithEnterprise / decisionEvents (0 without decision events)
 * @param dyads                         government–enterprise dyads tied by a valid tie or interacting in the period
 * @param multiplexity                  mean over those dyads of (layers present of contract, equity, joint work, data) / 4
 * @param dyadInteractions              events linking a government-side and an enterprise-side actor
 * @param contractGovernedInteractions  of those, events between a pair bound by a valid contract or equity tie
 * @param contractStrength              (contractGovernedInteractions + C) / (dyadInteractions + C + K) ({@link EmbeddingCounts})
 * @param topDownEvents                 interaction events initiated by a government-side actor whose enterprise actors are only targets
 * @param administrativeDominance       (topDownEvents + K) / (dyadInteractions + C + S): the pattern of administrative dominance, label-free
 * @param index                         embedding index = (reciprocity + coDecision + multiplexity) / 3
 * @param evidence                      the initiation, decision and tie ids behind the components
 * @param ids                           the ids behind each component separately (the model's evidence chain reads them)
 * @param standingTies                  government–enterprise standing arrangements valid in the period (contract, equity, secondment ties)
 * @param standingContract              their event-equivalents that govern a pair by contract or equity without command (C of {@link EmbeddingCounts})
 * @param standingOther                 the other standing arrangements' event-equivalents (S of {@link EmbeddingCounts})
 * @param standingCommand               of those, contract or equity ties under command, guidance or supervision (K)
 * @param units                         the period's units for resampling (robustness); null for metrics made by hand
 */
public record EmbeddingMetrics(int governmentToEnterprise, int enterpriseToGovernment, double reciprocity,
                               int decisionEvents, int decisionEventsWithEnterprise, double coDecision, int dyads,
                               double multiplexity, int dyadInteractions, int contractGovernedInteractions,
                               double contractStrength, int topDownEvents, double administrativeDominance,
                               double index, Evidence evidence, EmbeddingIds ids, int standingTies,
                               double standingContract, double standingOther, double standingCommand,
                               EmbeddingUnits units) {
    public EmbeddingMetrics {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(ids, "ids");
        if (standingTies < 0 || !(standingContract >= 0) || !(standingOther >= 0) || !(standingCommand >= 0)) {
            throw new IllegalArgumentException("standing arrangements must be ≥ 0, were " + standingTies + ", "
                    + standingContract + ", " + standingOther);
        }
    }

    /** Metrics without standing arrangements or units (made by hand). */
    public EmbeddingMetrics(int governmentToEnterprise, int enterpriseToGovernment, double reciprocity,
                            int decisionEvents, int decisionEventsWithEnterprise, double coDecision, int dyads,
                            double multiplexity, int dyadInteractions, int contractGovernedInteractions,
                            double contractStrength, int topDownEvents, double administrativeDominance,
                            double index, Evidence evidence, EmbeddingIds ids) {
        this(governmentToEnterprise, enterpriseToGovernment, reciprocity, decisionEvents, decisionEventsWithEnterprise,
                coDecision, dyads, multiplexity, dyadInteractions, contractGovernedInteractions, contractStrength, topDownEvents,
                administrativeDominance, index, evidence, ids, 0, 0, 0, 0, null);
    }

    /** The figures of {@code c}, by its formulas (the one copy), with the evidence and ids given. */
    public static EmbeddingMetrics of(EmbeddingCounts c, int standingTies, Evidence evidence, EmbeddingIds ids, EmbeddingUnits units) {
        return new EmbeddingMetrics(c.governmentToEnterprise(), c.enterpriseToGovernment(), c.reciprocity(), c.decisions(),
                c.decisionsWithEnterprise(), c.coDecision(), c.dyads(), c.multiplexity(), c.dyadEvents(), c.contractEvents(),
                c.contractStrength(), c.topDownEvents(), c.administrativeDominance(), c.index(), evidence, ids, standingTies,
                c.standingContract(), c.standingOther(), c.standingCommand(), units);
    }

    /** The figures of resampled counts (no evidence, no ids, no units). */
    public static EmbeddingMetrics of(EmbeddingCounts c) {
        return of(c, 0, NO_EVIDENCE, EmbeddingIds.none(), null);
    }

    private static final Evidence NO_EVIDENCE = Evidence.of("resampled");

    /**
     * The government–enterprise evidence the embedding figures rest on: events linking the two sides
     * plus the standing arrangements' event-equivalents, rounded down (docs/methods.md, "Standing arrangements").
     */
    public int evidenceN() {
        return (int) Math.floor(dyadInteractions + standingContract + standingOther + 1e-9);
    }
}
