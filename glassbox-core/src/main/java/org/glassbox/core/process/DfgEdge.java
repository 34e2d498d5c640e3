package org.glassbox.core.process;

import java.util.Objects;

/**
 * One edge of a directly-follows graph: {@code target} directly follows {@code source} in a case
 * {@code count} times; {@code performance} is null unless asked for.
 */
public record DfgEdge(String source, String target, long count, EdgePerformance performance) {
    public DfgEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (count <= 0) {
            throw new IllegalArgumentException("count must be positive");
        }
    }
}
