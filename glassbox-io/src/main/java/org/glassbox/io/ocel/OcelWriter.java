package org.glassbox.io.ocel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.io.guard.PartFiles;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.glassbox.core.model.EventLog;

/**
 * Writes an {@link EventLog} as OCEL 2.0 — JSON, XML or SQLite, as the caller says (the facade
 * {@link org.glassbox.io.EventLogs} decides by the name).
 * The JSON validates against the OCEL 2.0 JSON schema and the XML against the OCEL 2.0 XSD;
 * timestamps are ISO 8601 in UTC ({@code Z}). The file is written beside its target under a
 * temporary name and moved into place, so a failed write leaves no half-written file.
 *
 * <p>What cannot be said in a format is reported, never dropped silently: the returned warnings
 * name, e.g., dangling O2O relations left out of XML (the XSD forbids them).
 */
public final class OcelWriter {
    private OcelWriter() {
    }

    /**
     * Writes {@code log} to {@code file} (replacing it) in the given format.
     *
     * @return warnings about what the format could not hold (empty when nothing was lost)
     */
    public static List<String> write(EventLog log, Path file, OcelFormat format) throws IOException {
        OcelDocument d = new OcelDocument(log);
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Files.createDirectories(dir);
        Path tmp = PartFiles.file(dir, abs.getFileName().toString());
        try {
            switch (format) {
                case JSON -> JsonOcelWriter.write(d, tmp);
                case XML -> XmlOcelWriter.write(d, tmp);
                case SQLITE -> {
                    Files.delete(tmp); // SQLite creates its own file
                    SqliteOcelWriter.write(d, tmp);
                }
            }
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return List.copyOf(d.warnings);
    }
}
