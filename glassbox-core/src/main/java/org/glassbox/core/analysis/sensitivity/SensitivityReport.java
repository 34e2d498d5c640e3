package org.glassbox.core.analysis.sensitivity;

import java.util.List;
import org.glassbox.core.model.Frozen;

/**
 * The verdicts re-run with each threshold moved by ±{@code step} (relative).
 *
 * @param runs    two per threshold (down, up), in threshold-name order
 * @param fragile verdict names that flipped in at least one run (empty = every verdict robust)
 */
public record SensitivityReport(double step, List<ThresholdRun> runs, List<String> fragile) {
    public SensitivityReport {
        runs = Frozen.list(runs);
        fragile = Frozen.list(fragile);
    }
}
