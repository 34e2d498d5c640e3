package org.glassbox.core.model;

/** How precisely a point in time is known. Ordered from coarse to fine. */
public enum Precision {
    YEAR, MONTH, DAY, INSTANT;

    private static final Precision[] VALUES = values();

    static Precision ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
