package org.glassbox.qca;

/**
 * Bad input for a QCA analysis: unreadable data, unknown column, non-numeric value, malformed
 * expression or option. Carries its position as fields so callers can report it without parsing
 * the message.
 */
public final class QcaInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final int column;

    /**
     * @param source file name or option name the error was found in (may be empty)
     * @param line   1-based line, 0 when not applicable
     * @param column 1-based column (field or character position), 0 when not applicable
     */
    public QcaInputException(String source, int line, int column, String message) {
        super(position(source, line, column) + message);
        this.source = source == null ? "" : source;
        this.line = line;
        this.column = column;
    }

    public QcaInputException(String message) {
        this("", 0, 0, message);
    }

    private static String position(String source, int line, int column) {
        StringBuilder sb = new StringBuilder();
        if (source != null && !source.isEmpty()) sb.append(source);
        if (line > 0) sb.append(sb.length() > 0 ? ":" : "line ").append(line);
        if (column > 0) sb.append(sb.length() > 0 ? ":" : "column ").append(column);
        return sb.length() > 0 ? sb.append(": ").toString() : "";
    }

    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }
}
