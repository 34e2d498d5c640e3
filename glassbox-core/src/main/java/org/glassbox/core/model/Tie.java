package org.glassbox.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * A structural relationship between two actors (ties.csv), valid from {@code start} to
 * {@code end}; a null start means "before the period", a null end "still valid".
 */
public record Tie(String id, String from, String to, String type, PartialDate start, PartialDate end,
                  String source, Map<String, String> attributes) {
    public Tie {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        attributes = Frozen.map(attributes);
        if (start != null && end != null && end.definitelyBefore(start)) {
            throw new IllegalArgumentException("tie " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
