package org.glassbox.core.analysis;

import java.util.Locale;

/**
 * Whether a verdict is issued: {@code decided} when its rule fired on sufficient evidence,
 * {@code undetermined} when the evidence is below its minimum or no rule names what the data show
 * (the verdict is then withheld and only a leaning is given, with the reason).
 */
public enum VerdictStatus {
    DECIDED, UNDETERMINED;

    /** {@code decided}, {@code undetermined}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
