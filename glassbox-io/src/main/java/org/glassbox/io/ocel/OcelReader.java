package org.glassbox.io.ocel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.core.model.EventLog;

/**
 * Reads an OCEL 2.0 log — JSON ({@code .jsonocel}, {@code .json}), XML ({@code .xmlocel},
 * {@code .xml}) or SQLite ({@code .sqlite}) — into the one columnar {@link EventLog}.
 *
 * <p>Events become store rows in file order (SQLite: pm4py's order, see {@link SqliteOcelReader}),
 * activity = OCEL event type, time = UTC epoch milliseconds with precision INSTANT, event
 * attributes typed columns, E2O links the events' objects with their qualifiers. Every object is
 * declared, also objects without events (kept, counted, warned about). Object attributes, their
 * time-stamped changes, O2O relations (dangling ones kept apart and counted) and the declared type
 * schemas go to {@link EventLog#objects()} and {@link EventLog#eventTypeSchemas()}. Quirks met are
 * listed in {@link EventLog#warnings()}.
 */
public final class OcelReader {
    private OcelReader() {
    }

    /**
     * Reads {@code file}, choosing the format by its extension.
     *
     * @throws OcelFormatException when the file is not a readable OCEL 2.0 log (with its position)
     * @throws IOException         when the file cannot be read at all
     */
    public static EventLog read(Path file) throws IOException {
        OcelFormat f = OcelFormat.of(file);
        if (f == null) {
            throw new OcelFormatException(file, "not an OCEL 2.0 file name: expected .jsonocel, .json, .xmlocel, .xml"
                    + " or .sqlite", null);
        }
        return read(file, f);
    }

    /** Reads {@code file} in the given format. */
    public static EventLog read(Path file, OcelFormat format) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new OcelFormatException(file, "no such file", null);
        }
        return switch (format) {
            case JSON -> new JsonOcelReader(file).read();
            case XML -> new XmlOcelReader(file).read();
            case SQLITE -> new SqliteOcelReader(file).read();
        };
    }
}
