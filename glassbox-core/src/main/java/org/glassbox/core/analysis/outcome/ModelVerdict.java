package org.glassbox.core.analysis.outcome;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * The construction model of a case, read from its last phase.
 *
 * @param scores     a score in [0, 1] per model (administrative, market, hybrid)
 * @param rule       the rule that fired, with its comparison
 * @param thresholds the codebook thresholds read
 * @param evidence   the chain structure → subjects → mechanism → model
 */
public record ModelVerdict(ConstructionModel verdict, Map<ConstructionModel, Double> scores, String rule,
                           Map<String, Double> thresholds, List<EvidenceLink> evidence) {
    public ModelVerdict {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(rule, "rule");
        scores = Frozen.map(scores);
        thresholds = Frozen.map(thresholds);
        evidence = Frozen.list(evidence);
    }
}
