package org.glassbox.core.analysis.mechanism;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.model.Frozen;

/**
 * The embedding trajectory over the phases.
 *
 * @param phaseIds      the phases read, in order
 * @param index         embedding index per phase
 * @param dominance     administrative dominance (label-free, see {@link EmbeddingMetrics}) per phase
 * @param start         index of the first phase
 * @param peak          largest index
 * @param end           index of the last phase
 * @param contractStrengthEnd contract strength of the last phase
 * @param rule          the rule that fired, with its comparison
 * @param thresholds    the codebook thresholds read
 */
public record EmbeddingTrajectory(TrajectoryType type, List<String> phaseIds, List<Double> index,
                                  List<Double> dominance, double start, double peak, double end,
                                  double contractStrengthEnd, String rule, Map<String, Double> thresholds,
                                  Evidence evidence) {
    public EmbeddingTrajectory {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        phaseIds = Frozen.list(phaseIds);
        index = Frozen.list(index);
        dominance = Frozen.list(dominance);
        thresholds = Frozen.map(thresholds);
    }
}
