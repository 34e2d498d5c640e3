package org.glassbox.core.model;

import java.util.Objects;

/** A phase of a case as given in case.yaml: from the start of {@code start} to the end of {@code end}. */
public record Phase(String id, String name, PartialDate start, PartialDate end) {
    public Phase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.definitelyBefore(start)) {
            throw new IllegalArgumentException("phase " + id + " ends before it starts");
        }
    }

    public long startMillis() {
        return start.startMillis();
    }

    public long endMillisExclusive() {
        return end.endMillisExclusive();
    }
}
