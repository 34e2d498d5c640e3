package org.glassbox.core.analysis.structure;

/**
 * Top-down supervision in a period.
 *
 * @param governmentActors  government-side actors present in the period (in an event or a valid tie)
 * @param supervisionEvents assessment / inspection events initiated by a government-side actor
 * @param intensity         supervisionEvents / governmentActors (0 without government actors)
 */
public record SupervisionMetrics(int governmentActors, int supervisionEvents, double intensity) {
    public SupervisionMetrics {
        if (governmentActors < 0 || supervisionEvents < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0, were " + governmentActors + ", " + supervisionEvents);
        }
    }
}
