package org.glassbox.store;

import java.util.Objects;

/** A case of a project as listed: id, name, counts of rows, its version and when it last changed (ms since epoch). */
public record CaseSummary(String id, String name, int events, int actors, int ties, long version, long updatedMs) {
    public CaseSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
