package org.glassbox.core.analysis.formalism;

import java.util.Objects;

/**
 * A coder's mark that an event must not be flagged by a diagnostic (events.csv {@code exempt},
 * case format 1.1), with the reason given in {@code coding_note}.
 *
 * @param eventId    the event
 * @param diagnostic the diagnostic id it is exempt from (as written; validation checks it is known)
 * @param reason     the coding note, or null when the coder gave none
 */
public record Exemption(String eventId, String diagnostic, String reason) {
    public Exemption {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(diagnostic, "diagnostic");
        if (reason != null && reason.isBlank()) {
            reason = null;
        }
    }
}
