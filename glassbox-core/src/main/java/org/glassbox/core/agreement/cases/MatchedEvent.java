package org.glassbox.core.agreement.cases;

import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One event as a unit of the reliability data: the event's id in each coder's version (null where
 * that coder has no such event), and how they were matched.
 *
 * @param unit     the unit's id: the shared event id, or the versions' ids joined with {@code =}
 * @param eventIds one entry per coder, null where the coder did not code the event
 */
public record MatchedEvent(String unit, MatchMethod method, List<String> eventIds) {
    public MatchedEvent {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(method, "method");
        eventIds = Collections.unmodifiableList(new ArrayList<>(eventIds));
    }
}
