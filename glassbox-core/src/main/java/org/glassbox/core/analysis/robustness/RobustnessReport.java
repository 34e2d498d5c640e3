package org.glassbox.core.analysis.robustness;

import java.util.List;
import org.glassbox.core.model.Frozen;

/**
 * The stability of every verdict (docs/methods.md, "Robustness").
 *
 * @param resamples     resamples drawn
 * @param seed          the seed of the resamples
 * @param agreementMin  the share of agreeing resamples a robust verdict needs
 * @param smallUnits    a unit set (a phase's events, its actors under authority, …) with fewer units than this is
 *                      resampled by leaving one unit out, not by the bootstrap
 * @param verdicts      each verdict's stability, in the order of the sensitivity report
 * @param exclusions    the data-side runs ({@code --exclude-where}), in the order asked
 */
public record RobustnessReport(int resamples, long seed, double agreementMin, int smallUnits, List<VerdictStability> verdicts,
                               List<Exclusion> exclusions) {
    public RobustnessReport {
        verdicts = Frozen.list(verdicts);
        exclusions = Frozen.list(exclusions);
    }

    /** These resamples with the exclusion runs. */
    public RobustnessReport withExclusions(List<Exclusion> runs) {
        return new RobustnessReport(resamples, seed, agreementMin, smallUnits, verdicts, runs);
    }
}
