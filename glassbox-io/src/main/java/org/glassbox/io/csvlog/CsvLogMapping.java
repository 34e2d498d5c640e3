package org.glassbox.io.csvlog;

import java.util.Objects;

/**
 * Which CSV columns hold the case id, activity, timestamp and resource, and how to read times.
 * Defaults are pm4py's XES-style names. Columns named {@code case:…} (other than the case id
 * column) become case attributes; every other column is an event attribute.
 *
 * @param caseColumn      case id column
 * @param activityColumn  activity column
 * @param timestampColumn timestamp column
 * @param resourceColumn  resource column, or null when the log has none
 * @param timestampFormat null for ISO 8601 (offsets honoured, naive = UTC), else a
 *                        {@link java.time.format.DateTimeFormatter} pattern or a strftime pattern
 *                        ({@code %Y-%m-%d %H:%M:%S})
 * @param separator       field separator
 * @param keepAttributes  keep the other columns as attributes (false: read only the mapped columns,
 *                        which is all the process maps need and much less memory on huge logs)
 */
public record CsvLogMapping(String caseColumn, String activityColumn, String timestampColumn, String resourceColumn,
                            String timestampFormat, char separator, boolean keepAttributes) {
    public CsvLogMapping {
        Objects.requireNonNull(caseColumn, "caseColumn");
        Objects.requireNonNull(activityColumn, "activityColumn");
        Objects.requireNonNull(timestampColumn, "timestampColumn");
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("invalid separator");
        }
    }

    public static CsvLogMapping defaults() {
        return new CsvLogMapping("case:concept:name", "concept:name", "time:timestamp", "org:resource", null, ',', true);
    }

    public CsvLogMapping withCase(String c) {
        return new CsvLogMapping(c, activityColumn, timestampColumn, resourceColumn, timestampFormat, separator, keepAttributes);
    }

    public CsvLogMapping withActivity(String c) {
        return new CsvLogMapping(caseColumn, c, timestampColumn, resourceColumn, timestampFormat, separator, keepAttributes);
    }

    public CsvLogMapping withTimestamp(String c) {
        return new CsvLogMapping(caseColumn, activityColumn, c, resourceColumn, timestampFormat, separator, keepAttributes);
    }

    public CsvLogMapping withResource(String c) {
        return new CsvLogMapping(caseColumn, activityColumn, timestampColumn, c, timestampFormat, separator, keepAttributes);
    }

    public CsvLogMapping withTimestampFormat(String f) {
        return new CsvLogMapping(caseColumn, activityColumn, timestampColumn, resourceColumn, f, separator, keepAttributes);
    }

    public CsvLogMapping withAttributes(boolean keep) {
        return new CsvLogMapping(caseColumn, activityColumn, timestampColumn, resourceColumn, timestampFormat, separator, keep);
    }

    public CsvLogMapping withSeparator(char s) {
        return new CsvLogMapping(caseColumn, activityColumn, timestampColumn, resourceColumn, timestampFormat, s, keepAttributes);
    }
}
