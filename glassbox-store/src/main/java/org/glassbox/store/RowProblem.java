package org.glassbox.store;

import java.util.Objects;

/**
 * A problem of a case written through the store, named by row instead of file and line:
 * {@code table} (actors, ties, events, indicators, sources, or case / codebook for the case's
 * own record), the row's {@code id} (null when it has none) and stable number {@code row} (0 for
 * the record), the {@code field}, what was {@code found} and {@code expected}, and the
 * {@code message}. {@code error} is false for a note that does not block.
 */
public record RowProblem(String table, String id, long row, String field, String found, String expected,
                         String message, boolean error) {
    public RowProblem {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(message, "message");
        if (row < 0) {
            throw new IllegalArgumentException("row must be >= 0, not " + row);
        }
    }
}
