package org.glassbox.core.model;

import java.util.Locale;

/** The axis of a tie type (case-format.md, ties.csv). */
public enum Axis {
    LINE, FUNCTIONAL, CROSS_CUTTING, OVERSIGHT, OWNERSHIP, MARKET, DATA, LATERAL;

    /** The codebook's word, e.g. {@code cross-cutting}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Axis ofWord(String word) {
        for (Axis a : values()) {
            if (a.word().equals(word)) {
                return a;
            }
        }
        return null;
    }
}
