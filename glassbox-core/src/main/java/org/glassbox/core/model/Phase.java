package org.glassbox.core.model;

import java.util.Objects;

/**
 * A phase of a case as given in case.yaml: from the start of {@code start} to the end of {@code end}.
 *
 * @param nameZh the Chinese name (case format 1.1 {@code name_zh}), or null
 */
public record Phase(String id, String name, String nameZh, PartialDate start, PartialDate end) {
    /** A phase without a Chinese name. */
    public Phase(String id, String name, PartialDate start, PartialDate end) {
        this(id, name, null, start, end);
    }

    public Phase {
        nameZh = nameZh == null || nameZh.isBlank() ? null : nameZh.strip();
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
