package org.glassbox.io.caseformat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glassbox.core.model.Case;
import org.glassbox.io.ocel.OcelCases;
import org.glassbox.io.ocel.OcelFormatException;

/**
 * Reads a case in the Glassbox case format, version 1 (case-format.md): a folder, the same folder
 * as a {@code .zip}, or one {@code .xlsx} workbook; also an OCEL 2.0 file ({@code .jsonocel},
 * {@code .xmlocel}, {@code .sqlite}) written from a case, through {@link OcelCases}. Every problem
 * of every file is collected; a
 * case with any error is never partly returned. The user's files are only ever read.
 */
public final class CaseReader {
    private CaseReader() {
    }

    /**
     * The case at {@code path}.
     *
     * @throws CaseFormatException carrying every problem, when the case has any error
     */
    public static Case read(Path path) throws CaseFormatException {
        ProblemLog log = new ProblemLog();
        Case c = load(path, log);
        if (c == null || log.hasErrors()) {
            throw new CaseFormatException(log.problems());
        }
        return c;
    }

    /** Every problem of the case at {@code path} (errors and notes); never throws for bad input. */
    public static ValidationReport validate(Path path) {
        ProblemLog log = new ProblemLog();
        load(path, log);
        return new ValidationReport(path, log.problems());
    }

    /** The kind of input a path names, by what it is and its extension. */
    enum Kind { FOLDER, ZIP, WORKBOOK, OCEL, OTHER }

    static Kind kindOf(Path path) {
        if (Files.isDirectory(path)) {
            return Kind.FOLDER;
        }
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) {
            return Kind.ZIP;
        }
        if (n.endsWith(".xlsx")) {
            return Kind.WORKBOOK;
        }
        if (n.endsWith(".jsonocel") || n.endsWith(".xmlocel") || n.endsWith(".sqlite")) {
            return Kind.OCEL;
        }
        return Kind.OTHER;
    }

    private static Case load(Path path, ProblemLog log) {
        if (!Files.exists(path)) {
            log.error(Pos.of(path.toString()), null, null, "a case folder, .zip or .xlsx", "no such file or folder");
            return null;
        }
        try {
            return switch (kindOf(path)) {
                case FOLDER -> {
                    try (FolderSource s = new FolderSource(path, log)) {
                        yield CaseLoader.load(s, log);
                    }
                }
                case ZIP -> {
                    ZipSource s = ZipSource.open(path, log);
                    if (s == null) {
                        yield null;
                    }
                    try (s) {
                        yield CaseLoader.load(s, log);
                    }
                }
                case WORKBOOK -> WorkbookSource.load(path, log);
                case OCEL -> ocel(path, log);
                case OTHER -> {
                    log.error(Pos.of(path.toString()), null, path.getFileName().toString(),
                            "a case folder, a .zip of one, or a .xlsx workbook", "not a case");
                    yield null;
                }
            };
        } catch (IOException e) {
            log.error(Pos.of(path.toString()), null, null, null, "cannot read: " + e.getMessage());
            return null;
        }
    }

    /** An OCEL 2.0 file written from a case (JSON, XML or SQLite), by the lossless mapping. */
    private static Case ocel(Path path, ProblemLog log) {
        try {
            return OcelCases.readCase(path);
        } catch (OcelFormatException e) {
            int line = e.line() > 0 && e.line() <= Integer.MAX_VALUE ? (int) e.line() : 0;
            int column = e.column() > 0 && e.column() <= Integer.MAX_VALUE ? (int) e.column() : 0;
            String where = e.table() == null ? null : e.table() + (e.row() > 0 ? "#" + e.row() : "");
            log.error(new Pos(path.toString(), line, column, where), null, null, "an OCEL 2.0 file written from a case",
                    e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.error(Pos.of(path.toString()), null, null, "an OCEL 2.0 file written from a case",
                    "cannot read it as a case: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        return null;
    }

    /** Only for tests and tools that need the raw list. */
    static List<Problem> problemsOf(Path path) {
        return validate(path).problems();
    }
}
