package org.glassbox.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.glassbox.io.ocel.OcelFormat;

/**
 * The forms a file or folder of Glassbox's can take, decided here and only here — by being a folder, else
 * by the name's extension. {@link Cases} and {@link EventLogs} ask it; so will the server for uploads.
 */
public enum FileFormat {
    /** A case folder (case-format.md); also any output name without an extension. */
    CASE_FOLDER("a case folder", true, false),
    /** A case folder as a {@code .zip}. */
    CASE_ZIP(".zip", true, false),
    /**
     * A case as one {@code .xlsx} workbook, a sheet a table: read (validate, analyze, convert from it), not
     * written by {@link Cases#write} (so not by {@code glassbox convert}).
     */
    CASE_WORKBOOK(".xlsx", true, false),
    /**
     * A REFI-QDA project ({@code .qdpx}, QDA-XML 1.0) — written from a case, or another QDA tool's project read
     * as a case being coded ({@link org.glassbox.io.qdpx.Qdpx}).
     */
    QDPX(".qdpx", true, false),
    /** OCEL 2.0 JSON: {@code .jsonocel}, {@code .json}. */
    OCEL_JSON(".jsonocel", true, true),
    /** OCEL 2.0 XML: {@code .xmlocel}, {@code .xml}. */
    OCEL_XML(".xmlocel", true, true),
    /** OCEL 2.0 SQLite: {@code .sqlite}, {@code .sqlite3}, {@code .db}. */
    OCEL_SQLITE(".sqlite", true, true),
    /** IEEE XES, plain or gzipped: {@code .xes}, {@code .xes.gz}. */
    XES(".xes", false, true),
    /** A CSV event log, plain or gzipped: {@code .csv}, {@code .csv.gz}. */
    CSV(".csv", false, true),
    /**
     * An Apache Parquet event log: a {@code .parquet} file, or a folder of them (a partitioned dataset;
     * {@link EventLogs#read} takes a folder as one).
     */
    PARQUET(".parquet", false, true);

    private final String label;
    private final boolean holdsCase;
    private final boolean holdsLog;

    FileFormat(String label, boolean holdsCase, boolean holdsLog) {
        this.label = label;
        this.holdsCase = holdsCase;
        this.holdsLog = holdsLog;
    }

    /** The extension (or "a case folder") a user knows the format by. */
    public String label() {
        return label;
    }

    /** True when the format can hold a coded case (the OCEL forms by the lossless mapping). */
    public boolean holdsCase() {
        return holdsCase;
    }

    /** True when the format is an event log the process commands read. */
    public boolean holdsLog() {
        return holdsLog;
    }

    /** The OCEL 2.0 serialisation of this format, or null when it is not one. */
    public OcelFormat ocel() {
        return switch (this) {
            case OCEL_JSON -> OcelFormat.JSON;
            case OCEL_XML -> OcelFormat.XML;
            case OCEL_SQLITE -> OcelFormat.SQLITE;
            default -> null;
        };
    }

    /**
     * The format of an existing input: a folder is a case folder, a file goes by its extension.
     *
     * @return the format, or null when the name has no extension Glassbox knows
     */
    public static FileFormat ofInput(Path path) {
        if (Files.isDirectory(path)) {
            return CASE_FOLDER;
        }
        return byExtension(path);
    }

    /**
     * The format an output path asks for: by its extension; a name without one (or an existing folder whose
     * name no format claims) is a case folder.
     *
     * @throws UnknownFormatException when the name has an extension no format claims (e.g. {@code out.xyz})
     */
    public static FileFormat ofOutput(Path path) throws UnknownFormatException {
        FileFormat f = byExtension(path);
        if (f != null) {
            return f;
        }
        String n = name(path);
        if (Files.isDirectory(path) || n.indexOf('.') <= 0) {
            return CASE_FOLDER;
        }
        throw new UnknownFormatException(path, path + ": no output format has the extension of this name (expected "
                + writtenExtensions() + ")");
    }

    /** The forms Glassbox writes, by extension, for messages about an output name. */
    public static String writtenExtensions() {
        return CASES_WRITTEN + " for a case; " + LOGS_WRITTEN + " for an event log";
    }

    /** The forms {@link Cases#write} writes a case in, for messages. */
    public static final String CASES_WRITTEN = "a folder, .zip, .qdpx, .jsonocel, .xmlocel or .sqlite";
    /** The forms {@link EventLogs#write} writes an event log in, for messages. */
    public static final String LOGS_WRITTEN = ".xes, .xes.gz, .csv, .csv.gz, .parquet, .jsonocel, .xmlocel or .sqlite";

    /** Every extension a format claims, for messages. */
    public static String knownExtensions() {
        return ".zip, .xlsx, .qdpx, .jsonocel, .json, .xmlocel, .xml, .sqlite, .xes, .xes.gz, .csv, .csv.gz, .parquet";
    }

    private static FileFormat byExtension(Path path) {
        String n = name(path);
        if (n.endsWith(".zip")) {
            return CASE_ZIP;
        }
        if (n.endsWith(".xlsx")) {
            return CASE_WORKBOOK;
        }
        if (n.endsWith(".qdpx")) {
            return QDPX;
        }
        if (n.endsWith(".xes") || n.endsWith(".xes.gz")) {
            return XES;
        }
        if (n.endsWith(".csv") || n.endsWith(".csv.gz")) {
            return CSV;
        }
        if (n.endsWith(".parquet")) {
            return PARQUET;
        }
        if (n.endsWith(".jsonocel") || n.endsWith(".json")) {
            return OCEL_JSON;
        }
        if (n.endsWith(".xmlocel") || n.endsWith(".xml")) {
            return OCEL_XML;
        }
        if (n.endsWith(".sqlite") || n.endsWith(".sqlite3") || n.endsWith(".db")) {
            return OCEL_SQLITE;
        }
        return null;
    }

    private static String name(Path path) {
        Path n = path.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }
}
