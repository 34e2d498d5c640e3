package org.glassbox.core.model;

import java.util.Objects;

/** A tie type of the codebook: its axis, and whether from → to carries a direction. */
public record TieType(String name, Axis axis, boolean directed) {
    public TieType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(axis, "axis");
    }
}
