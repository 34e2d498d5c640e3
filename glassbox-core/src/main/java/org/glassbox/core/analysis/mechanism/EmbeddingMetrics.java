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
 * @param contractStrength              contractGovernedInteractions / dyadInteractions
 * @param topDownEvents                 interaction events initiated by a government-side actor whose enterprise actors are only targets
 * @param administrativeDominance       topDownEvents / dyadInteractions: the pattern of administrative dominance, label-free
 * @param index                         embedding index = (reciprocity + coDecision + multiplexity) / 3
 * @param evidence                      the initiation, decision and tie ids behind the components
 * @param ids                           the ids behind each component separately (the model's evidence chain reads them)
 */
public record EmbeddingMetrics(int governmentToEnterprise, int enterpriseToGovernment, double reciprocity,
                               int decisionEvents, int decisionEventsWithEnterprise, double coDecision, int dyads,
                               double multiplexity, int dyadInteractions, int contractGovernedInteractions,
                               double contractStrength, int topDownEvents, double administrativeDominance,
                               double index, Evidence evidence, EmbeddingIds ids) {
    public EmbeddingMetrics {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(ids, "ids");
    }
}
