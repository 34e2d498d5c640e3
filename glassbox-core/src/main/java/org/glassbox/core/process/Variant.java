package org.glassbox.core.process;

import java.util.List;

/** A variant: one distinct activity sequence and the number of cases that follow it. */
public record Variant(List<String> activities, long cases) {
    public Variant {
        activities = List.copyOf(activities);
        if (cases <= 0) {
            throw new IllegalArgumentException("cases must be positive");
        }
    }

    /** The sequence joined with commas, pm4py's variant key. */
    public String key() {
        return String.join(",", activities);
    }
}
