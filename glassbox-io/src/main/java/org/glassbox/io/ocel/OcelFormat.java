package org.glassbox.io.ocel;

import java.nio.file.Path;
import java.util.Locale;

/** The three OCEL 2.0 serialisations, chosen by file extension. */
public enum OcelFormat {
    /** {@code .jsonocel} or {@code .json}. */
    JSON,
    /** {@code .xmlocel} or {@code .xml}. */
    XML,
    /** {@code .sqlite} (also {@code .sqlite3}, {@code .db}). */
    SQLITE;

    /** The format of {@code file} by its extension, or null when it is not an OCEL extension. */
    public static OcelFormat of(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return null;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonocel") || n.endsWith(".json")) {
            return JSON;
        }
        if (n.endsWith(".xmlocel") || n.endsWith(".xml")) {
            return XML;
        }
        if (n.endsWith(".sqlite") || n.endsWith(".sqlite3") || n.endsWith(".db")) {
            return SQLITE;
        }
        return null;
    }

    /** True when {@code file} has an OCEL 2.0 extension. */
    public static boolean isOcel(Path file) {
        return of(file) != null;
    }
}
