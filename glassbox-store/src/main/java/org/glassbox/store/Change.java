package org.glassbox.store;

import java.util.Map;
import java.util.Objects;

/**
 * One change of a case, as history keeps it: its number {@code n} (1, 2, … per case), when
 * ({@code atMs}), by whom, the table (or case / codebook), the row's id and number, the action
 * (add, update, delete, import, revert-of actions keep their own action word) and the row's
 * values before and after (null where there is none).
 */
public record Change(long n, long atMs, String user, String table, String id, long row, String action,
                     Map<String, String> before, Map<String, String> after) {
    public Change {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(action, "action");
        before = before == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
        after = after == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
    }
}
