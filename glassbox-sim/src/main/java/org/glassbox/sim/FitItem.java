package org.glassbox.sim;

import java.util.Objects;
import org.glassbox.core.analysis.FigureWeight;

/**
 * One line of the fit report: a figure of a calibrated phase, coded vs mean simulated, whether the
 * difference is within the stated tolerance, and the evidence weight of the coded figure — the count
 * it rests on and the codebook's minimum for it (docs/methods.md, "Evidence weight"). A coded figure
 * below its minimum is not judged: the analysis does not let it vote, so neither does the fit
 * ({@link #status()}).
 *
 * @param weight the coded figure's weight ({@code n 0}, no minimum, when the scenario carries none)
 */
public record FitItem(String phase, String measure, double coded, double simulated, double tolerance, boolean within,
                      FigureWeight weight) {
    /** The weight of a figure the scenario has no weight for (a hand-made scenario). */
    static final FigureWeight UNWEIGHED = new FigureWeight(0, 0);

    public FitItem {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(weight, "weight");
    }

    /** Whether the coded figure reaches its minimum, so that the fit judges it. */
    public boolean judged() {
        return weight.sufficient();
    }

    /** {@code within}, {@code outside}, or {@code insufficient} when the coded figure is below its minimum. */
    public String status() {
        return !judged() ? weight.status() : within ? "within" : "outside";
    }
}
