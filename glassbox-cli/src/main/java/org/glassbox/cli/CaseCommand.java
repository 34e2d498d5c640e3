package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.model.Case;
import org.glassbox.report.Language;
import picocli.CommandLine;

/**
 * The frame {@code analyze}, {@code compare} and {@code demo} share, as the process commands share
 * {@code LogCommand}: read every case, analyse, write the outputs, print the summary — each step a call of
 * {@link CaseStudy}; the commands say only which cases, which options and what to print. What goes wrong is
 * thrown and mapped by {@link Failures}: exit 1 bad input (each case's problems with their positions), 2 usage.
 */
abstract class CaseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The paths of the cases, or null after printing why there are none (exit 1). */
    abstract List<Path> paths();

    /** The analysis options; an IllegalArgumentException is a usage error. */
    abstract AnalysisOptions options();

    /** The report and export options. */
    abstract ReportOutput report();

    /** The --json target (a file or "-"), or null. */
    abstract String json();

    /** Writes the JSON of the result. */
    abstract void writeJson(CaseStudy.Result r, Writer w) throws IOException;

    /** The report file when --html was not given (the demo writes one anyway), or null. */
    Path defaultHtml() {
        return null;
    }

    /** Whether reading stops at the first case that cannot be read. */
    boolean stopAtFirstUnreadable() {
        return false;
    }

    /** Work between the analysis and the outputs (compare's QCA); throws what stops the run. */
    void afterAnalysis(CaseStudy.Result r, PrintWriter out, PrintWriter err) throws IOException {
    }

    /** The readable summary. */
    abstract void summary(CaseStudy.Result r, PrintWriter out);

    @Override
    public final Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.name();
        ReportOutput report = report();
        AnalysisOptions o = options();
        Language lang = report.language();
        List<Path> paths = paths();
        List<Case> cases = CaseStudy.read(paths, stopAtFirstUnreadable());
        CaseStudy.Result r = CaseStudy.analyse(cases, o);
        afterAnalysis(r, out, err);
        List<String> said = report.write(r, defaultHtml(), lang);
        String json = json();
        if (json != null) {
            writeJson(json, w -> writeJson(r, w), out);
            if ("-".equals(json)) {
                ReportOutput.tell(said, json, out, err);
                return 0;
            }
        }
        summary(r, out);
        ReportOutput.tell(said, json, out, err);
        return 0;
    }

    interface JsonBody {
        void write(Writer w) throws IOException;
    }

    /** Writes JSON to a file or, for "-", to out. */
    static void writeJson(String target, JsonBody body, PrintWriter out) throws IOException {
        try {
            if ("-".equals(target)) {
                body.write(out);
                out.println();
                out.flush();
            } else {
                try (Writer w = Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8)) {
                    body.write(w);
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
