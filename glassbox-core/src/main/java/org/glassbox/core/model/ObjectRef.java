package org.glassbox.core.model;

import java.util.Objects;

/**
 * A thing acted upon, written {@code kind:id}; the kind ends at the first colon, so the id may
 * itself contain colons.
 */
public record ObjectRef(String kind, String id) {
    public ObjectRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (kind.isEmpty() || id.isEmpty()) {
            throw new IllegalArgumentException("an object reference is kind:id with both non-empty");
        }
    }

    /** Parses {@code kind:id}. */
    public static ObjectRef parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not a kind:id object reference");
        }
        return new ObjectRef(text.substring(0, colon), text.substring(colon + 1));
    }

    /** The {@code kind:id} form, which is also the object's key in the store. */
    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
