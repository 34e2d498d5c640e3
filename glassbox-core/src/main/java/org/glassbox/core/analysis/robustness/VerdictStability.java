package org.glassbox.core.analysis.robustness;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * How stable one verdict is under resampling.
 *
 * @param verdict   {@code structure.type@PHASE}, {@code structure.late}, {@code embedding.trajectory} or {@code model.verdict}
 * @param base      the verdict's word on the data as coded
 * @param agreement share of resamples giving the same word, in [0, 1]
 * @param status    robust, fragile or insufficient ({@link Status})
 * @param outcomes  word → resamples giving it, most frequent first
 */
public record VerdictStability(String verdict, String base, double agreement, Status status, Map<String, Integer> outcomes) {
    public VerdictStability {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(status, "status");
        if (!(agreement >= 0 && agreement <= 1)) {
            throw new IllegalArgumentException("agreement must be in [0, 1], was " + agreement);
        }
        outcomes = Frozen.map(outcomes);
    }

    /**
     * {@code robust} when at least {@link Robustness#AGREEMENT_MIN} of the resamples agree, {@code fragile}
     * below it, {@code insufficient} when the verdict itself is not decided on enough evidence (there is
     * nothing to be stable).
     */
    public enum Status {
        ROBUST, FRAGILE, INSUFFICIENT;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
