package org.glassbox.sim;

import java.util.Objects;

/**
 * One line of the fit report: a figure of a calibrated phase, coded vs mean simulated, and
 * whether the difference is within the stated tolerance.
 */
public record FitItem(String phase, String measure, double coded, double simulated, double tolerance, boolean within) {
    public FitItem {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(measure, "measure");
    }
}
