package org.glassbox.io.caseformat;

/**
 * A position in a case's files: file, 1-based line and column (0 = not applicable), and for
 * workbooks the cell such as {@code events!C12}.
 */
record Pos(String file, int line, int column, String cell) {
    static Pos of(String file) {
        return new Pos(file, 0, 0, null);
    }

    static Pos at(String file, int line, int column) {
        return new Pos(file, line, column, null);
    }
}
