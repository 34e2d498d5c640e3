package org.glassbox.core.agreement.cases;

import java.util.Objects;

/**
 * An event that only one coder coded: no other version has its id, nor an event with its date,
 * initiators and type.
 *
 * @param initiator the initiators as written, {@code ;}-separated, empty when none
 */
public record UnmatchedEvent(String coder, String eventId, String date, String type, String initiator) {
    public UnmatchedEvent {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(eventId, "eventId");
    }
}
