package org.glassbox.core.process;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An event log that an engine reads itself (a {@link ClusterEngine}): a Parquet file or folder, or a
 * CSV file, and which columns hold what — the same mapping as the embedded readers', pm4py's names
 * by default. Nothing is read here.
 *
 * @param file             a {@code .parquet} file, a folder of them, or a {@code .csv} file
 * @param caseColumn       case id column
 * @param activityColumn   activity column
 * @param timestampColumn  timestamp column
 * @param resourceColumn   resource column (a log without it has no resources)
 * @param timestampPattern CSV: a {@link java.time.format.DateTimeFormatter} pattern, or null for ISO 8601
 * @param separator        CSV field separator
 */
public record LogSource(Path file, String caseColumn, String activityColumn, String timestampColumn,
                        String resourceColumn, String timestampPattern, char separator) {
    public LogSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(caseColumn, "caseColumn");
        Objects.requireNonNull(activityColumn, "activityColumn");
        Objects.requireNonNull(timestampColumn, "timestampColumn");
        Objects.requireNonNull(resourceColumn, "resourceColumn");
    }

    /** pm4py's column names, ISO times, comma-separated. */
    public static LogSource of(Path file) {
        return new LogSource(file, "case:concept:name", "concept:name", "time:timestamp", "org:resource", null, ',');
    }

    /** The log's name: its file name, as the embedded readers name a log. */
    public String name() {
        return String.valueOf(file.getFileName());
    }
}
