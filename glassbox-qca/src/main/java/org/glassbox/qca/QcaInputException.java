package org.glassbox.qca;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bad input for a QCA analysis: unreadable data, unknown column, non-numeric value, malformed
 * expression or option. Carries its position as fields so callers can report it without parsing
 * the message.
 *
 * <p>A bad parameter value names the parameter as the Java API does ({@code inclCut},
 * {@code outcome}, {@code dirExp}), in backquotes, in the position and wherever the message points
 * to another parameter: {@code `inclCut`: consistency cut-offs must lie in [0, 1]}.
 * {@link #message(UnaryOperator)} shows the message with the names in a caller's own words (a
 * command line's flags).
 */
public final class QcaInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("`([A-Za-z][A-Za-z0-9.]*)`");
    private final String source;
    private final int line;
    private final int column;
    private final boolean parameter;

    /**
     * @param source file name or other source the error was found in (may be empty)
     * @param line   1-based line, 0 when not applicable
     * @param column 1-based column (field or character position), 0 when not applicable
     */
    public QcaInputException(String source, int line, int column, String message) {
        this(source, line, column, false, message);
    }

    public QcaInputException(String message) {
        this("", 0, 0, message);
    }

    private QcaInputException(String source, int line, int column, boolean parameter, String message) {
        super(position(source, line, column, parameter) + message);
        this.source = source == null ? "" : source;
        this.line = line;
        this.column = column;
        this.parameter = parameter;
    }

    /**
     * A bad value of the parameter {@code name} (names of several parameters joined by {@code /}),
     * at the 1-based character {@code column} of its text (0 when not applicable).
     */
    public static QcaInputException parameter(String name, int column, String message) {
        return new QcaInputException(name, 0, column, true, message);
    }

    private static String position(String source, int line, int column, boolean parameter) {
        StringBuilder sb = new StringBuilder();
        if (source != null && !source.isEmpty()) {
            sb.append(parameter ? "`" + String.join("`/`", source.split("/")) + "`" : source);
        }
        if (line > 0) sb.append(sb.length() > 0 ? ":" : "line ").append(line);
        if (column > 0) sb.append(sb.length() > 0 ? ":" : "column ").append(column);
        return sb.length() > 0 ? sb.append(": ").toString() : "";
    }

    /** The file, parameter or other source the error was found in (empty when none). */
    public String source() { return source; }
    public int line() { return line; }
    public int column() { return column; }

    /** Whether {@link #source()} names a parameter of the API. */
    public boolean isParameter() { return parameter; }

    /** The message with every backquoted parameter name replaced by {@code names.apply(name)}. */
    public String message(UnaryOperator<String> names) {
        return names(getMessage(), names);
    }

    /** {@code text} with every backquoted parameter name {@code `x`} replaced by {@code names.apply(x)}. */
    public static String names(String text, UnaryOperator<String> names) {
        Matcher m = NAME.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(names.apply(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
