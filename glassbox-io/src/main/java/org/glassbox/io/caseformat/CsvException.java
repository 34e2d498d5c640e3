package org.glassbox.io.caseformat;

/**
 * A CSV file that cannot be read past a point (bad encoding, an unterminated quote, a field or row
 * beyond the limits). Carries its position as fields.
 */
final class CsvException extends Exception {
    private final int line;
    private final int column;
    private final String found;
    private final String expected;

    CsvException(int line, int column, String message, String found, String expected) {
        super(message);
        this.line = line;
        this.column = column;
        this.found = found;
        this.expected = expected;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    String found() {
        return found;
    }

    String expected() {
        return expected;
    }
}
