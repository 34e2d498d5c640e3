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

    /** The QCA result of this run's {@link #afterAnalysis} (its tables go into --export), or null. */
    org.glassbox.app.qca.ComparisonQcaResult qcaResult() {
        return null;
    }

    /**
     * The analysis of the cases read from {@code paths} (and their comparison when there are several): the embedded
     * engine's; {@code compare --engine spark} runs it as a batch job on the cluster engine.
     */
    CaseStudy.Result analyse(List<Path> paths, List<Case> cases, AnalysisOptions o) throws IOException {
        return CaseStudy.analyse(cases, o);
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
        List<String> missing = paths.stream().filter(p -> !Files.exists(p)).map(p -> p + ": no such file or folder").toList();
        if (!missing.isEmpty()) {
            // a name that points at nothing is a slip of the command line, not a case with problems
            throw CommandFailure.usage(missing);
        }
        List<Case> cases = CaseStudy.read(paths, stopAtFirstUnreadable());
        CaseStudy.Result r = analyse(paths, cases, o);
        afterAnalysis(r, out, err);
        List<String> said = report.write(r, defaultHtml(), lang, paths, qcaResult());
        String json = json();
        if (json != null) {
            writeJson(json, w -> writeJson(r, w), out);
            if ("-".equals(json)) {
                ReportOutput.tell(said, json, out, err);
                return 0;
            }
            said = new java.util.ArrayList<>(said);
            said.add(0, "JSON written to " + Path.of(json).toAbsolutePath().normalize());
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
