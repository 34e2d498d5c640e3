package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.io.json.AnalysisJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox analyze CASE [--json FILE|-]}: the framework on one case — per year and per
 * phase structure, subjects, mechanism and embedding; the evolution, trajectory and construction
 * model with their evidence; the formalism diagnostics. A readable summary by default. Exit 0 ok,
 * 1 bad input (the case's problems are printed with file, line and column), 2 usage.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse one case (folder, .zip, .xlsx, .qdpx or OCEL 2.0 file): structure, subjects, mechanism, model, formalism.")
public final class AnalyzeCommand extends CaseCommand {

    @Parameters(index = "0", paramLabel = "CASE", description = "a case folder, .zip, .xlsx workbook, .qdpx project or OCEL 2.0 file")
    Path path;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write the analysis as JSON (docs/json.md) to FILE, or to standard output with -")
    String json;

    @Mixin
    AnalysisOptionsMixin options = new AnalysisOptionsMixin();

    @Mixin
    ReportOutput report = new ReportOutput();

    @Override
    List<Path> paths() {
        return List.of(path);
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

    @Override
    void writeJson(CaseStudy.Result r, Writer w) throws IOException {
        AnalysisJson.write(r.single(), w);
    }

    @Override
    void summary(CaseStudy.Result r, PrintWriter out) {
        CaseSummary.print(r.single(), out);
    }
}
