package org.glassbox.core.model;

import java.util.Locale;

/** How an actor takes part in an event. A log's resource is its event's initiator. */
public enum Role {
    INITIATOR, TARGET, PARTICIPANT;

    private static final Role[] VALUES = values();

    /** The OCEL 2.0 qualifier and case-format word: initiator, target, participant. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofWord(String word) {
        for (Role r : VALUES) {
            if (r.word().equals(word)) {
                return r;
            }
        }
        return null;
    }

    static Role ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
