package org.glassbox.core.analysis.sensitivity;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/** One sensitivity run: a threshold moved from {@code baseValue} to {@code value}, and the verdicts that flipped. */
public record ThresholdRun(String threshold, double baseValue, double value, List<VerdictFlip> flips) {
    public ThresholdRun {
        Objects.requireNonNull(threshold, "threshold");
        flips = Frozen.list(flips);
    }
}
