package org.glassbox.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row an adjudication writes into a case: the row of {@code table} whose {@code id} column is {@code id}
 * becomes {@code values} (added when the case has no such row), or is deleted when {@code values} is null.
 */
public record RowChoice(String table, String id, Map<String, String> values) {
    public RowChoice {
        Objects.requireNonNull(table, "table");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: the row's id is needed (rows without one are not adjudicated)");
        }
        if (values != null) {
            if (!id.equals(values.get("id"))) {
                throw new IllegalArgumentException("values: the row's id column must be '" + id + "', not '" + values.get("id") + "'");
            }
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }
}
