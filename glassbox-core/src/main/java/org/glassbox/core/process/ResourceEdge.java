package org.glassbox.core.process;

import java.util.Objects;

/** One edge of a resource network: {@code count} occurrences, {@code value} = count / denominator. */
public record ResourceEdge(String source, String target, long count, double value) {
    public ResourceEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive");
        }
    }
}
