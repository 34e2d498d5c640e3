package org.glassbox.core.analysis.mechanism;

import java.util.List;
import org.glassbox.core.model.Frozen;

/**
 * The ids behind each component of a period's embedding (each list capped at
 * {@value EmbeddingMeasure#EVIDENCE_CAP}), for the construction model's evidence chain.
 *
 * @param enterpriseInitiated events an enterprise initiates towards government
 * @param governmentInitiated events government initiates towards enterprises
 * @param coDecision          decision events with an enterprise initiating or participating
 * @param contractGoverned    government–enterprise events under a contract or equity tie
 * @param topDown             government-initiated events with enterprises only as targets
 * @param bindingTies         contract and equity ties between the parties of contract-governed events, valid at their dates
 * @param standingTies        the standing arrangements of the period (contract, equity, secondment ties between the two sides)
 */
public record EmbeddingIds(List<String> enterpriseInitiated, List<String> governmentInitiated, List<String> coDecision,
                           List<String> contractGoverned, List<String> topDown, List<String> bindingTies,
                           List<String> standingTies) {
    private static final EmbeddingIds NONE = new EmbeddingIds(null, null, null, null, null, null, null);

    public EmbeddingIds {
        enterpriseInitiated = Frozen.list(enterpriseInitiated);
        governmentInitiated = Frozen.list(governmentInitiated);
        coDecision = Frozen.list(coDecision);
        contractGoverned = Frozen.list(contractGoverned);
        topDown = Frozen.list(topDown);
        bindingTies = Frozen.list(bindingTies);
        standingTies = Frozen.list(standingTies);
    }

    /** No ids (a period without government–enterprise interaction, or metrics made by hand). */
    public static EmbeddingIds none() {
        return NONE;
    }
}
