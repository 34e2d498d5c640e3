package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 rows: a field is quoted when it holds a comma, a quote, a line break or edge
 * spaces. A row is assembled in a reused buffer and written with one call.
 */
final class CsvWriter {
    private final Writer out;
    private final StringBuilder row = new StringBuilder(256);

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(String... fields) throws IOException {
        row.setLength(0);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            field(fields[i]);
        }
        row.append("\r\n");
        out.append(row);
    }

    /** The last row written, line break included (valid until the next {@link #row}). */
    CharSequence lastRow() {
        return row;
    }

    private void field(String f) {
        if (f == null || f.isEmpty()) {
            return;
        }
        if (needsQuotes(f)) {
            row.append('"');
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '"') {
                    row.append('"');
                }
                row.append(c);
            }
            row.append('"');
        } else {
            row.append(f);
        }
    }

    private static boolean needsQuotes(String f) {
        if (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(f.length() - 1))) {
            return true;
        }
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
