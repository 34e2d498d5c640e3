package org.glassbox.io.caseformat;

import java.util.List;

/**
 * A CSV file as {@link CsvTable} read it without any problem: its header, the header's line, each
 * data row's fields and physical line. {@link #table()} replays it as a {@link Table}, so the case
 * format's rules read a file they have read before without parsing it again, and see exactly what a
 * fresh {@link CsvTable} would give them (rows of the header's width, the same lines and positions).
 */
record ParsedCsv(String file, List<String> header, int headerLine, List<String[]> rows, int[] lines) {
    ParsedCsv {
        if (rows.size() != lines.length) {
            throw new IllegalArgumentException("lines: " + lines.length + " lines for " + rows.size() + " rows");
        }
    }

    /** A new reader over the kept rows. */
    Table table() {
        return new Table() {
            private int at = -1;

            @Override
            public String file() {
                return file;
            }

            @Override
            public List<String> header() {
                return header;
            }

            @Override
            public Pos headerPos(int col) {
                return Pos.at(file, headerLine, col + 1);
            }

            @Override
            public boolean next() {
                if (at + 1 >= rows.size()) {
                    at = rows.size();
                    return false;
                }
                at++;
                return true;
            }

            @Override
            public int line() {
                return lines[at];
            }

            @Override
            public String get(int col) {
                String[] r = rows.get(at);
                return col < r.length ? r[col] : "";
            }

            @Override
            public Pos pos(int col) {
                return Pos.at(file, lines[at], col + 1);
            }

            @Override
            public boolean failed() {
                return false;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }
}
