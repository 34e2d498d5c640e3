package org.glassbox.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.export.NetworkExport;
import org.glassbox.report.HtmlReport;
import org.glassbox.report.ReportInput;
import org.glassbox.report.ReportOptions;

/**
 * The frame every analysing use case shares — {@code analyze}, {@code compare}, {@code demo} and the
 * workspace's analysis of a stored case: {@link #read} every case, {@link #analyse} them (and compare them
 * when there are several), {@link #write} the outputs people and other tools read (the HTML report, the
 * networks and metrics export). The callers print; this class never does.
 */
public final class CaseStudy {
    private CaseStudy() {
    }

    /**
     * The analysed cases.
     *
     * @param cases      the cases, in the order asked
     * @param analyses   their analyses, in the same order
     * @param comparison the comparison when there are two or more cases, else null (one case is not compared)
     */
    public record Result(List<Case> cases, List<CaseAnalysis> analyses, Comparison comparison) {
        public Result {
            cases = List.copyOf(cases);
            analyses = List.copyOf(analyses);
            if (cases.size() != analyses.size() || cases.isEmpty()) {
                throw new IllegalArgumentException("one analysis per case, at least one case");
            }
            if ((comparison == null) != (cases.size() == 1)) {
                throw new IllegalArgumentException("a comparison exactly when there are several cases");
            }
        }

        /** The analysis of a single case. */
        public CaseAnalysis single() {
            return analyses.get(0);
        }
    }

    /**
     * What to write.
     *
     * @param html   the self-contained HTML report, or null
     * @param report how to write it
     * @param export the folder for the networks (GraphML, GEXF), metrics.csv, the events as OCEL 2.0 and the
     *               paper's charts, tables and replication.json ({@link PaperExport}), or null
     * @param inputs the paths the cases were read from, in order (their checksums go into replication.json)
     * @param qca    the QCA result of {@code compare --qca} (its tables are exported), or null
     */
    public record Outputs(Path html, ReportOptions report, Path export, List<Path> inputs,
                          org.glassbox.app.qca.ComparisonQcaResult qca) {
        public Outputs {
            Objects.requireNonNull(report, "report");
            inputs = List.copyOf(inputs);
        }

        /** Without inputs to checksum and without QCA. */
        public Outputs(Path html, ReportOptions report, Path export) {
            this(html, report, export, List.of(), null);
        }
    }

    /**
     * What was written.
     *
     * @param html          the report's path, or null
     * @param export        the export folder, or null
     * @param exportedFiles how many files the export wrote
     */
    public record Written(Path html, Path export, int exportedFiles) {
    }

    /** A case that could not be read: its problems (errors first as found), or why it could not be read at all. */
    public record Unreadable(Path path, List<Problem> problems, String failure) {
        public Unreadable {
            problems = List.copyOf(problems);
        }
    }

    /** Some of the cases asked for cannot be read; each with its problems. */
    public static final class UnreadableCasesException extends Exception {
        private final transient List<Unreadable> cases;

        public UnreadableCasesException(List<Unreadable> cases) {
            super(cases.size() + " case(s) cannot be read");
            this.cases = List.copyOf(cases);
        }

        public List<Unreadable> cases() {
            return cases;
        }
    }

    /** An output that could not be written, naming which. */
    public static final class OutputException extends IOException {
        public OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Reads every case; when any cannot be read, or is still being coded ({@link Cases#stillToCode}: actors
     * whose sector is still to code, no events yet), each such case with its problems.
     *
     * @param stopAtFirst stop at the first case that cannot be read (the demo's two fixed cases)
     */
    public static List<Case> read(List<Path> paths, boolean stopAtFirst) throws UnreadableCasesException {
        return read(paths, stopAtFirst, true);
    }

    /**
     * Reads coders' versions of a case for comparing their coding (agreement): like {@link #read}, but a case
     * still being coded (e.g. another QDA tool's project, sectors not yet coded) is read too, since the
     * passages and codes are what is compared.
     */
    public static List<Case> readVersions(List<Path> paths) throws UnreadableCasesException {
        return read(paths, false, false);
    }

    private static List<Case> read(List<Path> paths, boolean stopAtFirst, boolean forAnalysis)
            throws UnreadableCasesException {
        List<Case> cases = new ArrayList<>();
        List<Unreadable> bad = new ArrayList<>();
        for (Path p : paths) {
            try {
                Case c = Cases.read(p);
                List<Problem> missing = forAnalysis ? Cases.stillToCode(p, c) : List.of();
                if (missing.isEmpty()) {
                    cases.add(c);
                } else {
                    // a case being coded (e.g. another QDA tool's project) is refused, never guessed at
                    bad.add(new Unreadable(p, missing, null));
                }
            } catch (CaseFormatException e) {
                bad.add(new Unreadable(p, e.errors(), null));
            } catch (RuntimeException e) {
                bad.add(new Unreadable(p, List.of(), e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            if (stopAtFirst && !bad.isEmpty()) {
                break;
            }
        }
        if (!bad.isEmpty()) {
            throw new UnreadableCasesException(bad);
        }
        return cases;
    }

    /**
     * Analyses every case (and compares them when there are several).
     *
     * @throws IllegalArgumentException when the options name a threshold the codebook does not have
     */
    public static Result analyse(List<Case> cases, AnalysisOptions o) {
        List<CaseAnalysis> as = new ArrayList<>();
        for (Case c : cases) {
            as.add(Glassbox.analyze(c, o));
        }
        return new Result(cases, as, as.size() == 1 ? null : compare(as));
    }

    /** The self-contained HTML report of the result: one case's, or the comparison's. */
    public static String report(Result r, ReportOptions o) {
        return HtmlReport.render(reportInput(r), o);
    }

    private static ReportInput reportInput(Result r) {
        return r.comparison() == null ? ReportInput.of(r.cases().get(0), r.single())
                : ReportInput.of(r.cases(), r.comparison());
    }

    /**
     * Prints the report of the result to {@code pdf} through headless Chromium
     * ({@link org.glassbox.report.pdf.PdfPrinter}): from {@code html} when that report was just written,
     * else from a temporary copy that is deleted afterwards.
     *
     * @param html the report already written for this result, or null
     * @throws OutputException naming the PDF, when Chromium is missing (with the Debian package to
     *                         install), fails or takes too long
     */
    public static Path writePdf(Result r, ReportOptions o, Path html, Path pdf,
                                org.glassbox.report.pdf.PdfPrinter printer) throws OutputException {
        Path tmp = null;
        try {
            printer.requireAvailable(pdf);
            Path source = html;
            if (source == null) {
                tmp = java.nio.file.Files.createTempFile("glassbox-report-", ".html");
                HtmlReport.write(reportInput(r), o, tmp);
                source = tmp;
            }
            printer.print(source, pdf);
            return pdf;
        } catch (IOException | RuntimeException e) {
            throw new OutputException(e.getMessage() != null && e.getMessage().startsWith("cannot write the PDF")
                    ? e.getMessage() : "cannot write the PDF " + pdf + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    java.nio.file.Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** Puts analysed cases side by side (the comparison {@link #analyse} makes of several cases). */
    public static Comparison compare(List<CaseAnalysis> analyses) {
        return Glassbox.compare(analyses);
    }

    /** Writes the outputs asked for; on failure, which output could not be written and why. */
    public static Written write(Result r, Outputs o) throws OutputException {
        int exported = 0;
        if (o.html() != null) {
            try {
                HtmlReport.write(reportInput(r), o.report(), o.html());
            } catch (IOException | RuntimeException e) {
                throw new OutputException("cannot write the report " + o.html() + ": " + e.getMessage(), e);
            }
        }
        if (o.export() != null) {
            try {
                exported = NetworkExport.write(r.cases(), r.analyses(), o.export()).size();
                exported += PaperExport.write(r, o.report(), o.inputs(), o.qca(), o.export()).size();
            } catch (IOException | RuntimeException e) {
                throw new OutputException("cannot export to " + o.export() + ": " + e.getMessage(), e);
            }
        }
        return new Written(o.html(), o.export(), exported);
    }
}
