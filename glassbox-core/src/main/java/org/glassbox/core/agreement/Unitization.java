package org.glassbox.core.agreement;

import java.util.List;
import java.util.Objects;

/** One coder's units on a continuum, in any order. */
public record Unitization(String coder, List<CodedUnit> units) {
    public Unitization {
        Objects.requireNonNull(coder, "coder");
        units = List.copyOf(units);
    }
}
