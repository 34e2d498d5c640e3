package org.glassbox.core.analysis;

import java.util.Locale;

/** Where the phases of a case come from. */
public enum PhaseSource {
    /** The phases of case.yaml when it has any, else detected ones. */
    AUTO,
    /** Only case.yaml's phases (none when it has none: then the years stand in). */
    CODED,
    /** Change points in the mix of event categories × mechanisms, whatever case.yaml says. */
    DETECTED;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
