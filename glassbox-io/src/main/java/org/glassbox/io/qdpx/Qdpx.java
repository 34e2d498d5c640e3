package org.glassbox.io.qdpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Codebook;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseWriter;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.guard.PartFiles;

/**
 * The facade for REFI-QDA projects ({@code .qdpx}, QDA-XML 1.0): {@link #write} a case as a project other QDA
 * tools (ATLAS.ti, NVivo, MAXQDA, QualCoder) open, {@link #read} a project as a case. A project Glassbox wrote
 * carries the case itself as the entry {@link #CASE_ENTRY} (the schema allows no foreign elements), so
 * Glassbox → QDPX → Glassbox is exact; another tool's project becomes a case being coded
 * ({@link #stillToCode} says what it lacks before it can be analysed). Hostile archives and XML are refused
 * with positioned problems, and nothing of a project with any error is returned.
 */
public final class Qdpx {
    /** The project's XML inside the archive. */
    public static final String PROJECT_ENTRY = "project.qde";
    /** The case as Glassbox wrote it: a zip of the case folder (case format 1.1). */
    public static final String CASE_ENTRY = "glassbox/case.zip";

    private Qdpx() {
    }

    /**
     * Writes {@code c} to {@code out} as a project: {@code project.qde}, {@code Sources/GUID.txt} for every
     * document, and {@link #CASE_ENTRY}. Written to a part file beside {@code out} and moved over it, so a
     * failure leaves nothing half-written; the same case always gives the same bytes.
     */
    public static void write(Case c, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = PartFiles.file(target.getParent(), target.getFileName().toString());
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                write(c, os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The project's bytes, written to {@code os} (not closed). */
    public static void write(Case c, OutputStream os) throws IOException {
        ProjectWriter.Project p = ProjectWriter.write(c);
        byte[] caseZip = caseZip(c);
        ZipBytes zip = new ZipBytes(os);
        zip.add(PROJECT_ENTRY, p.xml().getBytes(StandardCharsets.UTF_8));
        for (ProjectWriter.SourceFile f : p.sources()) {
            zip.add(f.entry(), f.text().getBytes(StandardCharsets.UTF_8));
        }
        zip.add(CASE_ENTRY, caseZip);
        zip.finish();
    }

    /** The project's XML alone, as {@link #write} puts it in {@link #PROJECT_ENTRY}. */
    public static String projectXml(Case c) {
        return ProjectWriter.write(c).xml();
    }

    private static byte[] caseZip(Case c) throws IOException {
        Path dir = Files.createTempDirectory("glassbox-qdpx-");
        try {
            CaseWriter.writeFolder(c, dir.resolve("case"));
            return ZipBytes.folder(dir.resolve("case"));
        } finally {
            TempFiles.delete(dir);
        }
    }

    /**
     * The project at {@code path} as a case, with the notes of the import.
     *
     * @throws CaseFormatException with every problem (each naming {@code file.qdpx!/entry}, line and column),
     *                             when the archive or its project is hostile, broken or inconsistent
     */
    public static QdpxImport read(Path path) throws CaseFormatException {
        return read(path, QdpxArchive.Limits.DEFAULT);
    }

    static QdpxImport read(Path path, QdpxArchive.Limits limits) throws CaseFormatException {
        List<Problem> problems = new ArrayList<>();
        QdpxImport r = QdpxReading.read(path, limits, problems);
        if (r == null || problems.stream().anyMatch(Problem::isError)) {
            throw new CaseFormatException(problems);
        }
        return new QdpxImport(r.kase(), r.fromGlassbox(),
                problems.stream().filter(p -> !p.isError()).toList());
    }

    /**
     * Every problem of the project at {@code path}: its errors, the notes of its import, and — for a case being
     * coded — what is still to code before it can be analysed ({@link #stillToCode}).
     */
    public static List<Problem> validate(Path path) {
        List<Problem> problems = new ArrayList<>();
        QdpxImport r = QdpxReading.read(path, QdpxArchive.Limits.DEFAULT, problems);
        if (r != null && problems.stream().noneMatch(Problem::isError)) {
            problems.addAll(stillToCode(r.kase(), path.toString()));
        }
        return problems;
    }

    /**
     * What a case still lacks before it can be analysed, as errors naming {@code file}: each actor whose sector
     * is {@link Codebook#UNKNOWN_SECTOR} (a case being coded, e.g. imported from another tool's project), and
     * no events at all. Empty for a case ready for analysis.
     */
    public static List<Problem> stillToCode(Case c, String file) {
        List<Problem> out = new ArrayList<>();
        String sectors = String.join(", ", c.codebook().sectors().keySet());
        for (int i = 0; i < c.actors().size(); i++) {
            var a = c.actors().get(i);
            if (Codebook.UNKNOWN_SECTOR.equals(a.sector())) {
                out.add(new Problem(file, 0, 0, null, "sector", "actor " + a.id(), sectors, "actor " + a.id()
                        + " (" + a.name() + "): its sector is still to be coded before the case can be analysed",
                        Problem.Severity.ERROR));
            }
        }
        if (c.events().size() == 0) {
            out.add(new Problem(file, 0, 0, null, "events", null, "at least one coded event",
                    "no events are coded yet: code the case's events (events.csv) before it can be analysed",
                    Problem.Severity.ERROR));
        }
        return out;
    }
}
