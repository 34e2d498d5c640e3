package org.glassbox.io.ocel;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An OCEL 2.0 file that cannot be read (or written): the file, and where in it — line and column
 * for JSON and XML, table and row for SQLite — with a message a user can act on.
 */
public class OcelFormatException extends IOException {
    private final Path file;
    private final long line;
    private final long column;
    private final String table;
    private final long row;

    /** A problem at a line and column (JSON, XML); -1 when unknown. */
    public OcelFormatException(Path file, long line, long column, String message, Throwable cause) {
        super(describe(file, line > 0 ? line + ":" + column : null, message), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.table = null;
        this.row = -1;
    }

    /** A problem in a table row (SQLite); row -1 when it concerns the whole table. */
    public OcelFormatException(Path file, String table, long row, String message, Throwable cause) {
        super(describe(file, table == null ? null : row > 0 ? "table " + table + " row " + row : "table " + table,
                message), cause);
        this.file = file;
        this.line = -1;
        this.column = -1;
        this.table = table;
        this.row = row;
    }

    /** A problem of the file as a whole. */
    public OcelFormatException(Path file, String message, Throwable cause) {
        this(file, -1, -1, message, cause);
    }

    private static String describe(Path file, String where, String message) {
        String f = file == null ? "" : file.toString();
        return where == null ? f + ": " + message : f + ":" + (where.startsWith("table") ? " " : "") + where + ": " + message;
    }

    /** The file, or null when not known. */
    public Path file() {
        return file;
    }

    /** 1-based line, or -1. */
    public long line() {
        return line;
    }

    /** 1-based column, or -1. */
    public long column() {
        return column;
    }

    /** SQLite table, or null. */
    public String table() {
        return table;
    }

    /** 1-based row of {@link #table()}, or -1. */
    public long row() {
        return row;
    }
}
