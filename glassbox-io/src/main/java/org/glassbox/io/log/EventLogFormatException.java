package org.glassbox.io.log;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An event log file that cannot be read: malformed XML or CSV, a forbidden DTD, a value of the
 * wrong type, an input larger than the configured guard. Carries the position as fields
 * (line and column are 1-based, 0 when unknown).
 */
public final class EventLogFormatException extends IOException {
    private final transient Path file;
    private final long line;
    private final long column;
    private final String problem;

    public EventLogFormatException(Path file, long line, long column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public EventLogFormatException(Path file, long line, long column, String problem) {
        this(file, line, column, problem, null);
    }

    private static String format(Path file, long line, long column, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(problem).toString();
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    /** The problem without the position prefix. */
    public String problem() {
        return problem;
    }
}
