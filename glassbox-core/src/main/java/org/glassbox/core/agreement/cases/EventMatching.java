package org.glassbox.core.agreement.cases;

import java.util.List;

/** Which events of the coders' versions are the same event, and which only one coder coded. */
public record EventMatching(List<MatchedEvent> matched, List<UnmatchedEvent> unmatched) {
    public EventMatching {
        matched = List.copyOf(matched);
        unmatched = List.copyOf(unmatched);
    }

    /** Units matched by id alone. */
    public long byId() {
        return matched.stream().filter(m -> m.method() == MatchMethod.ID).count();
    }

    /** Units where at least one version was matched by date, initiators and type. */
    public long byDateInitiatorType() {
        return matched.stream().filter(m -> m.method() == MatchMethod.DATE_INITIATOR_TYPE).count();
    }

    /** Matched units that some coder has no event for (three or more coders). */
    public long notCodedByAll() {
        return matched.stream().filter(m -> m.eventIds().contains(null)).count();
    }

    /**
     * Disagreements on whether an event exists (unitizing, not coding): each event only one coder
     * coded, and each matched unit some coder has no event for. They are in no field's coefficients.
     */
    public long unitizingDisagreements() {
        return unmatched.size() + notCodedByAll();
    }
}
