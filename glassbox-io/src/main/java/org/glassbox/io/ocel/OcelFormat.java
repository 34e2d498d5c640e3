package org.glassbox.io.ocel;


/** The three OCEL 2.0 serialisations (which one a file is, {@link org.glassbox.io.FileFormat} decides). */
public enum OcelFormat {
    /** {@code .jsonocel} or {@code .json}. */
    JSON,
    /** {@code .xmlocel} or {@code .xml}. */
    XML,
    /** {@code .sqlite} (also {@code .sqlite3}, {@code .db}). */
    SQLITE;
}
