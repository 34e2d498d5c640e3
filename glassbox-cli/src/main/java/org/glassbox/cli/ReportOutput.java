package org.glassbox.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.app.CaseStudy;
import org.glassbox.report.Language;
import org.glassbox.report.Lanes;
import org.glassbox.report.ReportOptions;
import picocli.CommandLine.Option;

/**
 * The options that write what an analysis found for people and for other tools, shared by
 * {@code analyze}, {@code compare} and {@code demo}: {@code --html FILE} (the self-contained
 * report, docs/report.md), {@code --pdf FILE} (the report printed through headless Chromium), {@code --lang en|zh}, {@code --export DIR} (GraphML, GEXF, metrics CSV,
 * OCEL 2.0).
 */
public final class ReportOutput {
    @Option(names = "--html", paramLabel = "FILE", description = "write the self-contained HTML report to FILE (opens offline)")
    Path html;

    @Option(names = "--pdf", paramLabel = "FILE",
            description = "print the report to FILE as PDF through headless Chromium (Debian package chromium)")
    Path pdf;

    @Option(names = "--lang", paramLabel = "en|zh", defaultValue = "en", description = "language of the HTML report (default en)")
    String lang;

    @Option(names = "--lanes", paramLabel = "sector|actor", defaultValue = "sector",
            description = "timeline swimlanes by the initiator's sector (default) or by actor (the 39 busiest, then the rest)")
    String lanes;

    @Option(names = "--export", paramLabel = "DIR", description = "write per-period networks (GraphML, GEXF), metrics.csv, the events as OCEL 2.0, every chart (SVG, 300 dpi PNG), the tables (CSV, LaTeX, Word) and replication.json into DIR")
    Path export;

    /** Prints what {@link #write} said: on {@code out}, or on {@code err} when standard output carries JSON. */
    static void tell(List<String> said, String json, PrintWriter out, PrintWriter err) {
        PrintWriter w = "-".equals(json) ? err : out;
        said.forEach(w::println);
        w.flush();
    }

    /** The report language; a usage error when --lang or --lanes names none. */
    Language language() {
        if (!lanes.equals("sector") && !lanes.equals("actor")) {
            throw CommandFailure.usage("--lanes must be sector or actor, not " + lanes);
        }
        try {
            return Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw CommandFailure.usage("--lang: " + e.getMessage());
        }
    }

    /**
     * Writes what was asked for ({@code defaultHtml} is the report file when --html was not given, or null)
     * and returns what to tell the user about it (the command prints it after its summary).
     */
    List<String> write(CaseStudy.Result r, Path defaultHtml, Language language) throws CaseStudy.OutputException {
        return write(r, defaultHtml, language, List.of(), null);
    }

    /** {@link #write(CaseStudy.Result, Path, Language)} with the cases' input paths (checksummed in replication.json) and compare's QCA result (or null). */
    List<String> write(CaseStudy.Result r, Path defaultHtml, Language language, List<Path> inputs,
                       org.glassbox.app.qca.ComparisonQcaResult qca) throws CaseStudy.OutputException {
        Path htmlFile = html != null ? html : defaultHtml;
        ReportOptions ro = ReportOptions.defaults(Main.Version.version()).withLanguage(language)
                .withLanes(lanes.equals("actor") ? Lanes.ACTOR : Lanes.SECTOR);
        CaseStudy.Written w = CaseStudy.write(r, new CaseStudy.Outputs(htmlFile, ro, export, inputs, qca));
        List<String> said = new ArrayList<>();
        if (w.html() != null) {
            said.add("Report written to " + w.html().toAbsolutePath().normalize() + " (self-contained; open it in a browser)");
        }
        if (pdf != null) {
            Path p = CaseStudy.writePdf(r, ro, w.html(), pdf, org.glassbox.report.pdf.PdfPrinter.defaults());
            said.add("PDF written to " + p.toAbsolutePath().normalize());
        }
        if (w.export() != null) {
            said.add("Exported " + w.exportedFiles() + " files (GraphML, GEXF, metrics.csv, OCEL 2.0, charts, tables, replication.json) to "
                    + w.export().toAbsolutePath().normalize());
        }
        return said;
    }
}
