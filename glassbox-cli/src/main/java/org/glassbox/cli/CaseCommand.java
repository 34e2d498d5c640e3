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
    abstract List<Path> paths(PrintWriter err);

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

    /** Work between the analysis and the outputs (compare's QCA); 0 to go on, else the exit code. */
    int afterAnalysis(CaseStudy.Result r, PrintWriter out, PrintWriter err) {
        return 0;
    }

    /** The QCA result of this run's {@link #afterAnalysis} (its tables go into --export), or null. */
    org.glassbox.app.qca.ComparisonQcaResult qcaResult() {
        return null;
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
        Language lang = report.language(err, name);
        if (lang == null) {
            return Failures.USAGE;
        }
        List<Path> paths = paths(err);
        if (paths == null) {
            return Failures.BAD_INPUT;
        }
        List<Case> cases = CaseStudy.read(paths, stopAtFirstUnreadable());
        CaseStudy.Result r = CaseStudy.analyse(cases, o);
        int rc = afterAnalysis(r, out, err);
        if (rc != 0) {
            return rc;
        }
        List<String> said = report.write(r, defaultHtml(), lang, paths, qcaResult());
        String json = json();
        if (json != null) {
            if (!writeJson(json, w -> writeJson(r, w), out, err)) {
                return 1;
            }
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

    /** Writes JSON to a file or, for "-", to out; false (message on err) when the file cannot be written. */
    static boolean writeJson(String target, JsonBody body, PrintWriter out, PrintWriter err) {
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
            return true;
        } catch (IOException e) {
            err.println("glassbox: cannot write " + target + ": " + e.getMessage());
            return false;
        }
    }
}
