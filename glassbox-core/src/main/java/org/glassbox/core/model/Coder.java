package org.glassbox.core.model;

import java.util.Objects;

/** A person who codes passages (case.yaml {@code coders}, case format 1.1). */
public record Coder(String id, String name) {
    public Coder {
        Objects.requireNonNull(id, "id");
    }
}
