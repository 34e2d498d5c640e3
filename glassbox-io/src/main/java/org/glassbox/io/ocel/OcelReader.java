package org.glassbox.io.ocel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.core.model.EventLog;

/**
 * Reads an OCEL 2.0 log — JSON, XML or SQLite, as the caller says (the facade
 * {@link org.glassbox.io.EventLogs} decides by the name) — into the one columnar {@link EventLog}.
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
     * Reads {@code file} in the given format with its events in the order they are stored: as {@link #read}
     * for JSON and XML; for SQLite the event table's row order instead of pm4py's (the order a case's
     * events were written in).
     */
    public static EventLog readInStoredOrder(Path file, OcelFormat format) throws IOException {
        if (format == OcelFormat.SQLITE && Files.isRegularFile(file)) {
            return new SqliteOcelReader(file, true).read();
        }
        return read(file, format);
    }

    /** A log with where its objects and events were read from. */
    public record Located(EventLog log, OcelSourceMap places) {
    }

    /**
     * As {@link #readInStoredOrder}, with where each object and event is in the file and the E2O links dropped
     * (what a case read reports problems with).
     */
    public static Located readLocated(Path file, OcelFormat format) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new OcelFormatException(file, "no such file", null);
        }
        return switch (format) {
            case JSON -> {
                JsonOcelReader r = new JsonOcelReader(file);
                r.locate();
                EventLog log = r.read();
                yield new Located(log, r.sourceMap());
            }
            case XML -> {
                XmlOcelReader r = new XmlOcelReader(file);
                r.locate();
                EventLog log = r.read();
                yield new Located(log, r.sourceMap());
            }
            case SQLITE -> {
                SqliteOcelReader r = new SqliteOcelReader(file, true);
                r.locate();
                EventLog log = r.read();
                yield new Located(log, r.sourceMap());
            }
        };
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
