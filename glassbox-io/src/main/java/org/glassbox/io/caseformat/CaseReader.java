package org.glassbox.io.caseformat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.glassbox.core.model.Case;

/**
 * Reads a case in the Glassbox case format, version 1 and the additions of 1.1 (case-format.md), in one of its own forms: a folder,
 * the same folder as a {@code .zip}, or one {@code .xlsx} workbook. Which form a path is, is decided by the
 * facade {@link org.glassbox.io.Cases} (the one place that looks at file names). Every problem of every
 * file is collected; a case with any error is never partly returned. The user's files are only ever read.
 */
public final class CaseReader {
    private CaseReader() {
    }

    /** The case format's own forms. */
    public enum Form { FOLDER, ZIP, WORKBOOK }

    /**
     * The case at {@code path}, in the given form.
     *
     * @throws CaseFormatException carrying every problem, when the case has any error
     */
    public static Case read(Path path, Form form) throws CaseFormatException {
        ProblemLog log = new ProblemLog();
        Case c = load(path, form, log);
        if (c == null || log.hasErrors()) {
            throw new CaseFormatException(log.problems());
        }
        return c;
    }

    /** Every problem of the case at {@code path} (errors and notes); never throws for bad input. */
    public static ValidationReport validate(Path path, Form form) {
        return validate(path, form, false);
    }

    /**
     * Every problem of the case at {@code path}; with {@code strict}, the notes that doubt the coding
     * (an actor taking part outside its joined–left span) are errors.
     */
    public static ValidationReport validate(Path path, Form form, boolean strict) {
        return validate(path, form, strict, c -> List.of());
    }

    /**
     * Every problem of the case at {@code path} and, when it reads without an error, what {@code more}
     * finds in the case read (e.g. what it still lacks before it can be analysed).
     */
    public static ValidationReport validate(Path path, Form form, boolean strict, Function<Case, List<Problem>> more) {
        ProblemLog log = new ProblemLog(strict);
        Case c = load(path, form, log);
        List<Problem> all = new ArrayList<>(log.problems());
        if (c != null && !log.hasErrors()) {
            all.addAll(more.apply(c));
        }
        return new ValidationReport(path, all);
    }

    private static Case load(Path path, Form form, ProblemLog log) {
        if (!Files.exists(path)) {
            log.error(Pos.of(path.toString()), null, null, "a case folder, .zip or .xlsx", "no such file or folder");
            return null;
        }
        try {
            return switch (form) {
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
            };
        } catch (IOException e) {
            log.error(Pos.of(path.toString()), null, null, null, "cannot read: " + e.getMessage());
            return null;
        }
    }
}
