package org.glassbox.sim;

import java.util.Objects;

/**
 * One line of the fit report: a figure of a calibrated phase, coded vs mean simulated, whether the
 * difference is within the stated tolerance, and the count the coded figure rests on with the
 * codebook's minimum for it (docs/methods.md, "Evidence weight"). A coded figure below its minimum
 * is not judged: the analysis does not let it vote, so neither does the fit ({@link #status()}).
 *
 * @param n       the count behind the coded figure (events, decision events, initiations, dyads)
 * @param minimum the codebook's minimum for it (0 where it has none)
 */
public record FitItem(String phase, String measure, double coded, double simulated, double tolerance, boolean within,
                      int n, int minimum) {
    public FitItem {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(measure, "measure");
        if (n < 0 || minimum < 0) {
            throw new IllegalArgumentException("n and minimum must be ≥ 0, were " + n + ", " + minimum);
        }
    }

    /** Whether the coded figure reaches its minimum, so that the fit judges it. */
    public boolean judged() {
        return n >= minimum;
    }

    /** {@code within}, {@code outside}, or {@code insufficient} when the coded figure is below its minimum. */
    public String status() {
        return !judged() ? "insufficient" : within ? "within" : "outside";
    }
}
