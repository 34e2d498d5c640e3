package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.Writer;

/** Writes RFC 4180 rows: a field is quoted when it holds a comma, a quote, a line break or edge spaces. */
final class CsvWriter {
    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            field(fields[i]);
        }
        out.write("\r\n");
    }

    void field(String f) throws IOException {
        if (f == null || f.isEmpty()) {
            return;
        }
        if (needsQuotes(f)) {
            out.write('"');
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '"') {
                    out.write('"');
                }
                out.write(c);
            }
            out.write('"');
        } else {
            out.write(f);
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
