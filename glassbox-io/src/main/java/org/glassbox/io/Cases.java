package org.glassbox.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.io.guard.PartFiles;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.CaseTables;
import org.glassbox.io.caseformat.CaseWriter;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ValidationReport;
import org.glassbox.io.interchange.CaseToOcel;
import org.glassbox.io.interchange.OcelToCase;
import org.glassbox.io.ocel.OcelFormatException;
import org.glassbox.io.qdpx.Qdpx;

/**
 * The facade for cases: read, validate and write a case in any of its forms — a folder, a {@code .zip}, a
 * {@code .xlsx} workbook, a REFI-QDA project ({@code .qdpx}), or OCEL 2.0 ({@code .jsonocel}, {@code .xmlocel}, {@code .sqlite}) by the
 * lossless mapping. The form is decided by {@link FileFormat}, nowhere else. A case with any error is never
 * partly returned; a write goes to a temporary name beside its target and is moved into place, so a
 * failure leaves nothing half-written.
 */
public final class Cases {
    private static final String OCEL_EXPECTED = "an OCEL 2.0 file written from a case";

    private Cases() {
    }

    /**
     * The case at {@code path}.
     *
     * @throws CaseFormatException carrying every problem, when the case has any error or is no case at all
     */
    public static Case read(Path path) throws CaseFormatException {
        FileFormat f = FileFormat.ofInput(path);
        if (Files.exists(path) && f != null && f.ocel() != null) {
            return ocel(path, f);
        }
        if (f == FileFormat.QDPX) {
            return Qdpx.read(path).kase();
        }
        return CaseReader.read(path, caseForm(path, f));
    }

    /** Every problem of the case at {@code path} (errors and notes); never throws for bad input. */
    public static ValidationReport validate(Path path) {
        return validate(path, false);
    }

    /**
     * Every problem of the case at {@code path}; with {@code strict}, the notes that doubt the coding
     * (an actor taking part in an event before it joined or after it left) count as errors. A case that
     * reads cleanly is also checked for what it still lacks before it can be analysed ({@link #stillToCode}:
     * no events coded yet), so a case {@code validate} finds clean is one {@code analyze} accepts.
     */
    public static ValidationReport validate(Path path, boolean strict) {
        FileFormat f = FileFormat.ofInput(path);
        if (f == FileFormat.QDPX) {
            return new ValidationReport(path, Qdpx.validate(path));
        }
        if (Files.exists(path) && f != null && f.ocel() != null) {
            try {
                // the folder's rules with their OCEL positions; a log that passes them, what it still lacks for analysis
                List<Problem> problems = new java.util.ArrayList<>(ocel(path, f, strict));
                if (problems.stream().noneMatch(Problem::isError)) {
                    problems.addAll(stillToCode(path, ocel(path, f)));
                }
                return new ValidationReport(path, problems);
            } catch (CaseFormatException e) {
                return new ValidationReport(path, e.problems());
            }
        }
        try {
            return CaseReader.validate(path, caseForm(path, f), strict, c -> stillToCode(path, c));
        } catch (CaseFormatException notACase) {
            return new ValidationReport(path, notACase.problems());
        }
    }

    /**
     * Writes {@code c} to {@code out} in the form its name asks for ({@link FileFormat#ofOutput}).
     *
     * @param replace whether an existing, non-empty {@code out} may be replaced (a folder keeps the user's
     *                other files: only the case's own files are replaced)
     * @return what the form could not hold (empty when nothing was lost)
     * @throws OutputExistsException when {@code out} exists, is not empty and {@code replace} is false
     * @throws UnknownFormatException     when the name asks for a form that cannot hold a case
     */
    public static List<String> write(Case c, Path out, boolean replace) throws IOException {
        FileFormat f = FileFormat.ofOutput(out);
        requireWritten(f, out);
        Outputs.requireWritable(out, f, replace);
        if (f.ocel() != null) {
            return CaseToOcel.write(c, out, f.ocel());
        }
        switch (f) {
            case CASE_FOLDER -> writeFolder(c, out.toAbsolutePath());
            case CASE_ZIP -> writeZip(c, out.toAbsolutePath());
            case QDPX -> Qdpx.write(c, out);
            default -> throw new UnknownFormatException(out, out + ": writing a case as " + f.label()
                    + " is not supported; write it as " + FileFormat.CASES_WRITTEN);
        }
        return List.of();
    }

    /**
     * Refuses, before anything is read, an output form {@link #write} cannot write a case in: an event log's,
     * or a workbook (.xlsx is read, not written).
     *
     * @throws UnknownFormatException naming the forms a case is written in
     */
    public static void requireWritten(FileFormat f, Path out) throws UnknownFormatException {
        if (!f.holdsCase()) {
            throw new UnknownFormatException(out, out + ": a " + f.label() + " file holds an event log, not a case;"
                    + " write a case as " + FileFormat.CASES_WRITTEN);
        }
        if (f == FileFormat.CASE_WORKBOOK) {
            throw new UnknownFormatException(out, out + ": Glassbox reads .xlsx workbooks but does not write them;"
                    + " write the case as " + FileFormat.CASES_WRITTEN);
        }
    }

    /**
     * What case {@code c}, read from {@code from}, still lacks before it can be analysed — the sectors of actors
     * still to code, events not yet coded ({@link Qdpx#stillToCode}) — as errors naming {@code from}; empty
     * when it can be analysed. A case imported from another QDA tool's project is such a case being coded.
     */
    public static List<Problem> stillToCode(Path from, Case c) {
        return Qdpx.stillToCode(c, from.toString());
    }

    /** The case format's own form for a path that is not OCEL; a problem when it is no case at all. */
    private static CaseReader.Form caseForm(Path path, FileFormat f) throws CaseFormatException {
        if (!Files.exists(path)) {
            return CaseReader.Form.FOLDER; // the reader reports "no such file or folder"
        }
        if (f == FileFormat.CASE_FOLDER) {
            return CaseReader.Form.FOLDER;
        }
        if (f == FileFormat.CASE_ZIP) {
            return CaseReader.Form.ZIP;
        }
        if (f == FileFormat.CASE_WORKBOOK) {
            return CaseReader.Form.WORKBOOK;
        }
        throw new CaseFormatException(List.of(new Problem(path.toString(), 0, 0, null, null,
                path.getFileName().toString(), "a case folder, a .zip of one, or a .xlsx workbook", "not a case",
                Problem.Severity.ERROR)));
    }

    /**
     * An OCEL 2.0 file written from a case, by the lossless mapping, checked as a case folder is (the same
     * rules and messages); every problem with its position, the OCEL element it concerns.
     */
    private static Case ocel(Path path, FileFormat f) throws CaseFormatException {
        try {
            return OcelToCase.read(path, f.ocel());
        } catch (OcelFormatException e) {
            throw new CaseFormatException(List.of(unreadable(path, e)));
        } catch (IOException | RuntimeException e) {
            throw new CaseFormatException(List.of(unreadable(path, e)));
        }
    }

    /** Every problem (errors and notes) of the case an OCEL 2.0 file was written from. */
    private static List<Problem> ocel(Path path, FileFormat f, boolean strict) throws CaseFormatException {
        try {
            return OcelToCase.validate(path, f.ocel(), strict);
        } catch (IOException | RuntimeException e) {
            throw new CaseFormatException(List.of(unreadable(path, e)));
        }
    }

    /** A file that cannot be read as a case at all: one problem, at the position an OCEL reader gives. */
    private static Problem unreadable(Path path, Exception e) {
        if (e instanceof OcelFormatException o) {
            int line = o.line() > 0 && o.line() <= Integer.MAX_VALUE ? (int) o.line() : 0;
            int column = o.column() > 0 && o.column() <= Integer.MAX_VALUE ? (int) o.column() : 0;
            String where = o.table() == null ? null : o.table() + (o.row() > 0 ? "#" + o.row() : "");
            return new Problem(path.toString(), line, column, where, null, null, OCEL_EXPECTED, o.getMessage(),
                    Problem.Severity.ERROR);
        }
        return new Problem(path.toString(), 0, 0, null, null, null, OCEL_EXPECTED,
                "cannot read it as a case: " + (e.getMessage() == null ? e.toString() : e.getMessage()),
                Problem.Severity.ERROR);
    }

    /** Writes the case folder beside {@code target}, then moves it (or, when it exists, its files) into place. */
    private static void writeFolder(Case c, Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = PartFiles.folder(parent, target.getFileName().toString());
        try {
            List<String> written = CaseWriter.writeFolder(c, tmp);
            if (!Files.exists(target)) {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
            // replacing an existing folder: the case's files, never the user's other files
            for (String name : CaseTables.FILES) {
                if (!written.contains(name)) {
                    Files.deleteIfExists(target.resolve(name));
                }
            }
            for (String name : written) {
                Path to = target.resolve(name);
                Files.createDirectories(to.getParent());
                Files.move(tmp.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Outputs.deleteTree(tmp);
        }
    }

    /** Writes the case folder's files into a zip (at its root) beside {@code target}, then moves it into place. */
    private static void writeZip(Case c, Path target) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path dir = PartFiles.folder(parent, target.getFileName().toString());
        Path tmp = PartFiles.file(parent, target.getFileName().toString());
        try {
            List<String> written = CaseWriter.writeFolder(c, dir);
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
                for (String name : CaseTables.FILES) {
                    if (written.contains(name)) {
                        zip.putNextEntry(new ZipEntry(name));
                        Files.copy(dir.resolve(name), zip);
                        zip.closeEntry();
                    }
                }
                for (String name : written) {
                    if (!CaseTables.FILES.contains(name)) { // format 1.1: the document texts, documents/…
                        zip.putNextEntry(new ZipEntry(name));
                        Files.copy(dir.resolve(name), zip);
                        zip.closeEntry();
                    }
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
            Outputs.deleteTree(dir);
        }
    }
}
