package org.glassbox.core.analysis.structure;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.model.Frozen;

/**
 * The structure type of a period and why.
 *
 * @param rule       the rule that fired, in words with its comparison, e.g. {@code dualAuthorityRatio 0.42 ≥ 0.30}
 * @param thresholds the codebook thresholds the rules read
 * @param evidence   the ratios, the dual-authority actors and the authority ties behind them
 */
public record StructureVerdict(StructureType type, String rule, Map<String, Double> thresholds, Evidence evidence) {
    public StructureVerdict {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        thresholds = Frozen.map(thresholds);
    }
}
