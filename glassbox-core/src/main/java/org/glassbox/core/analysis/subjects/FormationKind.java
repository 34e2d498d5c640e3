package org.glassbox.core.analysis.subjects;

import java.util.Locale;

/** A step in the formation of the governance subjects. */
public enum FormationKind {
    /** The subject enters: its {@code joined} date, else its first event. */
    ENTRY,
    /** Its main role changes between consecutive years (initiator ↔ target ↔ participant). */
    ROLE_CHANGE,
    /** The subject leaves: its {@code left} date. */
    EXIT;

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
