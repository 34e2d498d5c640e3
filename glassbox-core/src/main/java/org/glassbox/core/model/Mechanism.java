package org.glassbox.core.model;

import java.util.Locale;

/** The rules of the game an event is played under (FRAMEWORK.md, layer 3). */
public enum Mechanism {
    ADMINISTRATIVE, MARKET, COLLABORATIVE,
    /** Not an interaction: left out of the mechanism mix. */
    NONE;

    private static final Mechanism[] VALUES = values();

    /** The case format's word: {@code administrative}, {@code market}, {@code collaborative}, {@code none}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the case format's word; null when it is not one. */
    public static Mechanism ofWord(String word) {
        for (Mechanism m : VALUES) {
            if (m.word().equals(word)) {
                return m;
            }
        }
        return null;
    }

    static Mechanism ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
