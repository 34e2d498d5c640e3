package org.glassbox.io.caseformat;

import java.util.Objects;

/**
 * One problem of a case, with its position: the file (for a workbook, the workbook), the 1-based
 * physical line and column (for CSV the column is the field's position in its row, as in a
 * spreadsheet; 0 when not applicable), the spreadsheet cell such as {@code events!C12} (null
 * outside workbooks), the column or key concerned, what was found and what was expected.
 *
 * @param severity {@link Severity#ERROR} stops the case from loading; a {@link Severity#NOTE} does not
 */
public record Problem(String file, int line, int column, String cell, String field, String found,
                      String expected, String message, Severity severity) {

    /** Whether a problem blocks the case. */
    public enum Severity { ERROR, NOTE }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, or 0 when not applicable");
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message (found …, expected …)}, or {@code book.xlsx:events!C12: …} in a workbook. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (cell != null) {
            sb.append(':').append(cell);
        } else if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        sb.append(": ");
        if (severity == Severity.NOTE) {
            sb.append("note: ");
        }
        sb.append(message);
        if (found != null || expected != null) {
            sb.append(" (");
            if (found != null) {
                sb.append("found ").append(quoteShort(found));
            }
            if (expected != null) {
                sb.append(found != null ? ", " : "").append("expected ").append(expected);
            }
            sb.append(')');
        }
        return sb.toString();
    }

    private static String quoteShort(String s) {
        String t = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "'" + t.replace("\n", "\\n").replace("\r", "\\r") + "'";
    }

    @Override
    public String toString() {
        return format();
    }
}
