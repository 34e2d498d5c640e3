package org.glassbox.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.analysis.AnalysisOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox compare CASE CASE... [--json FILE|-] [--engine spark [--master URL]]}: the cases side
 * by side, every verdict and the differences in words. With {@code --engine spark} the cases are analysed
 * by the cluster engine's batch job, one task per case (docs/scale.md); the outputs are the same.
 * Exit 0 ok, 1 bad input, 2 usage.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Analyse several cases and state their differences in words.")
public final class CompareCommand extends CaseCommand {

    @Parameters(arity = "2..*", paramLabel = "CASE", description = "case folders, .zip, .xlsx or OCEL 2.0 files")
    List<Path> paths;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write the comparison as JSON (docs/json.md) to FILE, or to standard output with -")
    String json;

    @Mixin
    AnalysisOptionsMixin options = new AnalysisOptionsMixin();

    @Mixin
    ReportOutput report = new ReportOutput();

    @CommandLine.Mixin
    QcaLinkOptions qca = new QcaLinkOptions();

    @Mixin
    org.glassbox.cli.process.EngineOptions engine = new org.glassbox.cli.process.EngineOptions();

    @Override
    CaseStudy.Result analyse(List<Path> paths, List<org.glassbox.core.model.Case> cases, AnalysisOptions o) throws IOException {
        List<org.glassbox.core.analysis.CaseAnalysis> analyses = org.glassbox.cli.process.ClusterCases.analyse(engine, paths, o);
        if (analyses == null) {
            return super.analyse(paths, cases, o);
        }
        return new CaseStudy.Result(cases, analyses, CaseStudy.compare(analyses));
    }

    @Override
    List<Path> paths() {
        return paths;
    }

    @Override
    AnalysisOptions options() {
        return options.toOptions();
    }

    @Override
    ReportOutput report() {
        return report;
    }

    @Override
    String json() {
        return json;
    }

    /** The {@code qca} object of this run's JSON, once {@link #afterAnalysis} has found a solution; null without {@code --qca}. */
    private ObjectNode qcaJson;

    @Override
    void afterAnalysis(CaseStudy.Result r, PrintWriter out, PrintWriter err) throws IOException {
        if (qca.enabled()) {
            CompareQca.Outcome done = CompareQca.run(r.comparison(), qca, json, out, err);
            qcaJson = done.json();
            qcaResult = done.result();
        }
    }

    /** The QCA result once {@link #afterAnalysis} has found one; null without {@code --qca}. */
    private org.glassbox.app.qca.ComparisonQcaResult qcaResult;

    @Override
    org.glassbox.app.qca.ComparisonQcaResult qcaResult() {
        return qcaResult;
    }

    @Override
    void writeJson(CaseStudy.Result r, Writer w) throws IOException {
        QcaLinkOptions.writeJson(r.comparison(), qcaJson, w);
    }

    @Override
    void summary(CaseStudy.Result r, PrintWriter out) {
        CaseSummary.print(r.comparison(), out);
    }
}
