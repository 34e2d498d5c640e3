package org.glassbox.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * An organisational subject of a case (actors.csv).
 *
 * @param attributes unknown columns, kept in file order
 */
public record Actor(String id, String name, String nameZh, String sector, String level, String function,
                    PartialDate joined, PartialDate left, Map<String, String> attributes) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        attributes = Frozen.map(attributes);
        if (joined != null && left != null && left.definitelyBefore(joined)) {
            throw new IllegalArgumentException("actor " + id + " leaves (" + left + ") before it joins (" + joined + ")");
        }
    }

    public Actor(String id, String name, String sector) {
        this(id, name, null, sector, null, null, null, null, Map.of());
    }
}
