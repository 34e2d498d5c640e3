package org.glassbox.sim;

import java.util.Objects;

/**
 * One calibrated quantity: its value, the estimator that produced it, and the number of
 * observations it rests on; {@code estimated = false} when the case holds no information about it
 * and the default was kept.
 */
public record Estimate(String name, double value, String estimator, int basis, boolean estimated) {
    public Estimate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(estimator, "estimator");
    }
}
