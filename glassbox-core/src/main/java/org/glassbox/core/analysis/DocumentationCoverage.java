package org.glassbox.core.analysis;

/**
 * How much of a period is documented: of the events and ties its figures are computed from (the
 * events dated in the period and the ties valid at some instant of it), how many have at least one
 * coded passage (a segments.csv row linked to {@code event:ID} or {@code tie:ID}, case format 1.1).
 *
 * <p>Documentation coverage of events = {@code eventsWithPassage / events} (0 when the period has no
 * event); of ties likewise. It is a count of the paper trail, not a weight of the evidence: one
 * passage documents an event whatever its length. A case without documents has no coverage (null).
 *
 * @param events            events of the period
 * @param eventsWithPassage those with at least one coded passage, {@code 0 ≤ eventsWithPassage ≤ events}
 * @param ties              ties of the period
 * @param tiesWithPassage   those with at least one coded passage, {@code 0 ≤ tiesWithPassage ≤ ties}
 */
public record DocumentationCoverage(int events, int eventsWithPassage, int ties, int tiesWithPassage) {
    public DocumentationCoverage {
        if (events < 0 || eventsWithPassage < 0 || eventsWithPassage > events) {
            throw new IllegalArgumentException("eventsWithPassage must be in 0..events, was " + eventsWithPassage
                    + " of " + events);
        }
        if (ties < 0 || tiesWithPassage < 0 || tiesWithPassage > ties) {
            throw new IllegalArgumentException("tiesWithPassage must be in 0..ties, was " + tiesWithPassage + " of " + ties);
        }
    }

    /** Events of the period without any coded passage. */
    public int eventsWithoutPassage() {
        return events - eventsWithPassage;
    }

    /** Ties of the period without any coded passage. */
    public int tiesWithoutPassage() {
        return ties - tiesWithPassage;
    }

    /** {@code eventsWithPassage / events}, 0 when the period has no event. */
    public double eventShare() {
        return events == 0 ? 0 : (double) eventsWithPassage / events;
    }
}
