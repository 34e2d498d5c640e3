package org.glassbox.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Difference;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.glassbox.io.json.AnalysisJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox compare CASE CASE... [--json FILE|-]}: the cases side by side, every verdict and
 * the differences in words. Exit 0 ok, 1 bad input, 2 usage.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Analyse several cases and state their differences in words.")
public final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "CASE", description = "case folders, .zip, .xlsx or OCEL 2.0 files")
    List<Path> paths;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write the comparison as JSON (docs/json.md) to FILE, or to standard output with -")
    String json;

    @Mixin
    AnalyzeCommand.Options options = new AnalyzeCommand.Options();

    @Mixin
    ReportOutput report = new ReportOutput();

    @CommandLine.Mixin
    QcaLinkOptions qca = new QcaLinkOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnalysisOptions o;
        try {
            o = options.toOptions();
        } catch (IllegalArgumentException e) {
            err.println("glassbox compare: " + e.getMessage());
            return 2;
        }
        org.glassbox.report.Language lang = report.language(err, "compare");
        if (lang == null) {
            return 2;
        }
        List<Case> cases = new ArrayList<>();
        boolean bad = false;
        for (Path p : paths) {
            Case c = AnalyzeCommand.read(p, err);
            bad |= c == null;
            cases.add(c);
        }
        if (bad) {
            return 1;
        }
        Comparison cmp;
        try {
            cmp = compare(cases, o);
        } catch (IllegalArgumentException e) {
            err.println("glassbox compare: " + e.getMessage());
            return 2;
        }
        ObjectNode qcaJson = null;
        if (qca.enabled()) {
            CompareQca.Outcome done = CompareQca.run(cmp, qca, json, out, err);
            if (done.code() != 0) {
                return done.code();
            }
            qcaJson = done.json();
        }
        ObjectNode qcaResult = qcaJson;
        List<String> said = new java.util.ArrayList<>();
        if (report.write(cases, cmp, report.html, lang, said, err) != 0) {
            return 1;
        }
        if (json != null) {
            if (!AnalyzeCommand.writeJson(json, w -> QcaLinkOptions.writeJson(cmp, qcaResult, w), out, err)) {
                return 1;
            }
            if ("-".equals(json)) {
                ReportOutput.tell(said, json, out, err);
                return 0;
            }
        }
        summary(cmp, out);
        ReportOutput.tell(said, json, out, err);
        return 0;
    }

    static Comparison compare(List<Case> cases, AnalysisOptions o) {
        List<CaseAnalysis> as = new ArrayList<>();
        for (Case c : cases) {
            as.add(Glassbox.analyze(c, o));
        }
        return Glassbox.compare(as);
    }

    /** Each case's summary, then the differences and agreements. */
    static void summary(Comparison cmp, PrintWriter out) {
        for (CaseAnalysis a : cmp.cases()) {
            AnalyzeCommand.summary(a, out);
            out.println();
        }
        out.println("Differences:");
        if (cmp.differences().isEmpty()) {
            out.println("  none");
        }
        for (Difference d : cmp.differences()) {
            out.println("  - " + d.statement());
        }
        if (!cmp.agreements().isEmpty()) {
            out.println("Shared:");
            cmp.agreements().forEach(s -> out.println("  - " + s));
        }
    }
}
