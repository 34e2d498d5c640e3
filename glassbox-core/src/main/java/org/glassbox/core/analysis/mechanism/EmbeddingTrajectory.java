package org.glassbox.core.analysis.mechanism;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.VerdictStatus;
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
 * @param status        {@code decided}, or {@code undetermined} when no phase has enough government–enterprise
 *                      events or the index falls without rising dominance; {@code type} is then the leaning
 * @param skipped       phases whose index is insufficient (below the government–enterprise events minimum) and did not vote
 * @param tests         the process-tracing tests of {@code type}, evaluated over the voting phases (docs/methods.md)
 */
public record EmbeddingTrajectory(TrajectoryType type, List<String> phaseIds, List<Double> index,
                                  List<Double> dominance, double start, double peak, double end,
                                  double contractStrengthEnd, String rule, Map<String, Double> thresholds,
                                  Evidence evidence, VerdictStatus status, List<String> skipped, List<ProcessTest> tests) {
    public EmbeddingTrajectory {
        tests = Frozen.list(tests);
        Objects.requireNonNull(status, "status");
        skipped = Frozen.list(skipped);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        phaseIds = Frozen.list(phaseIds);
        index = Frozen.list(index);
        dominance = Frozen.list(dominance);
        thresholds = Frozen.map(thresholds);
    }

    /** A decided trajectory with no skipped phase (made by hand). */
    public EmbeddingTrajectory(TrajectoryType type, List<String> phaseIds, List<Double> index, List<Double> dominance,
                               double start, double peak, double end, double contractStrengthEnd, String rule,
                               Map<String, Double> thresholds, Evidence evidence) {
        this(type, phaseIds, index, dominance, start, peak, end, contractStrengthEnd, rule, thresholds, evidence,
                VerdictStatus.DECIDED, List.of(), List.of());
    }

    /** A trajectory without tests. */
    public EmbeddingTrajectory(TrajectoryType type, List<String> phaseIds, List<Double> index, List<Double> dominance,
                               double start, double peak, double end, double contractStrengthEnd, String rule,
                               Map<String, Double> thresholds, Evidence evidence, VerdictStatus status, List<String> skipped) {
        this(type, phaseIds, index, dominance, start, peak, end, contractStrengthEnd, rule, thresholds, evidence, status, skipped,
                List.of());
    }

    /** Whether the trajectory is issued. */
    public boolean decided() {
        return status == VerdictStatus.DECIDED;
    }

    /** The type's word when decided, else {@code undetermined}. */
    public String word() {
        return decided() ? type.word() : "undetermined";
    }
}
