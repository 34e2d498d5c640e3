package org.glassbox.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stored row of a case's table: its stable number {@code row}, its {@code version} (raised by
 * every change), and its values keyed by the case format's column names (text as in the file; an
 * empty value is absent).
 */
public record StoredRow(String table, long row, long version, Map<String, String> values) {
    public StoredRow {
        Objects.requireNonNull(table, "table");
        if (row < 1 || version < 1) {
            throw new IllegalArgumentException("row and version start at 1 (row " + row + ", version " + version + ")");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The row's {@code id} column, or null (indicators, and ties without one). */
    public String id() {
        return values.get("id");
    }
}
