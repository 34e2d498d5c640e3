package org.glassbox.io.parquet;

import java.util.Objects;

/**
 * Which Parquet columns hold the case id, activity, timestamp and resource. Only these columns
 * are read (a projection: the other columns' pages are never decoded).
 *
 * @param caseColumn      the case id column (text or integer)
 * @param activityColumn  the activity column (text)
 * @param timestampColumn the time column: INT64 {@code TIMESTAMP} (millis, micros or nanos), legacy
 *                        INT96, INT32 {@code DATE}, or ISO 8601 text
 * @param resourceColumn  the resource column (text); a file without it has events without resource
 */
public record ParquetLogMapping(String caseColumn, String activityColumn, String timestampColumn, String resourceColumn) {
    public ParquetLogMapping {
        Objects.requireNonNull(caseColumn, "caseColumn");
        Objects.requireNonNull(activityColumn, "activityColumn");
        Objects.requireNonNull(timestampColumn, "timestampColumn");
        Objects.requireNonNull(resourceColumn, "resourceColumn");
    }

    /** pm4py's names: {@code case:concept:name}, {@code concept:name}, {@code time:timestamp}, {@code org:resource}. */
    public static ParquetLogMapping defaults() {
        return new ParquetLogMapping("case:concept:name", "concept:name", "time:timestamp", "org:resource");
    }
}
