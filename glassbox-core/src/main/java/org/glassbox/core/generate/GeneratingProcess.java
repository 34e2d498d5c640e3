package org.glassbox.core.generate;

import java.util.Locale;

/**
 * The process a synthetic case is drawn from (see {@link CaseGenerator} for exactly what each
 * means). Both draw event types and mechanisms from the same distribution; they differ in who
 * initiates, who co-decides and how actors are tied.
 */
public enum GeneratingProcess {
    /**
     * Administrative construction: unity of command, functional guidance from a data agency,
     * enterprises bound only by short contracts or equity, few coordination ties; embedding high
     * early, falling in the last phase as government initiates everything (linear-functional
     * structure, de-embedded trajectory, administrative model).
     */
    ADMINISTRATIVE,
    /**
     * Market-based construction: a coordinator and a joint venture whose coordination ties reach
     * actors that also have a line or ownership superior (dual authority, matrix), long-term
     * contracts, enterprises initiating about half of government–enterprise interactions and
     * taking part in most decisions, rising over time (inter-embedded, market model).
     */
    MARKET;

    /** {@code administrative} or {@code market}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The process named by {@code word}, or null. */
    public static GeneratingProcess ofWord(String word) {
        for (GeneratingProcess p : values()) {
            if (p.word().equals(word)) {
                return p;
            }
        }
        return null;
    }

    /** The other process (what noise draws from). */
    public GeneratingProcess other() {
        return this == ADMINISTRATIVE ? MARKET : ADMINISTRATIVE;
    }
}
