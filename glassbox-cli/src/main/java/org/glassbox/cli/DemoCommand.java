package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.io.json.AnalysisJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code glassbox demo}: analyses and compares the built-in demo cases, Province A and City B
 * (examples/province-a, examples/city-b). The examples folder is found under the system property
 * {@code glassbox.home} (the launcher sets it to the repository root), else {@code ./examples},
 * else {@code --examples DIR}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Analyse and compare the demo cases Province A and City B (the study's two cases).")
public final class DemoCommand extends CaseCommand {
    static final List<String> CASES = List.of("province-a", "city-b");

    @Option(names = "--examples", paramLabel = "DIR", description = "the examples folder (default: $glassbox.home/examples, else ./examples)")
    Path examples;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write the comparison as JSON to FILE, or to standard output with -")
    String json;

    @Option(names = "--sensitivity", description = "also re-run every verdict with each threshold moved ±20 %")
    boolean sensitivity;

    @CommandLine.Mixin
    ReportOutput report = new ReportOutput();

    private Path dir;

    @Override
    List<Path> paths() {
        dir = examplesDir();
        if (dir == null) {
            throw CommandFailure.badInput("examples folder not found (looked in $glassbox.home/examples and ./examples); pass --examples DIR");
        }
        return CASES.stream().map(dir::resolve).toList();
    }

    @Override
    AnalysisOptions options() {
        return AnalysisOptions.defaults().withSensitivity(sensitivity);
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
    Path defaultHtml() {
        return Path.of("report.html");
    }

    @Override
    boolean stopAtFirstUnreadable() {
        return true;
    }

    @Override
    void writeJson(CaseStudy.Result r, Writer w) throws IOException {
        AnalysisJson.write(r.comparison(), w);
    }

    @Override
    void summary(CaseStudy.Result r, PrintWriter out) {
        out.println("Glassbox demo: the study's two cases, analysed from their coded events and ties (" + dir + ")");
        out.println();
        CaseSummary.print(r.comparison(), out);
    }

    Path examplesDir() {
        List<Path> candidates = new ArrayList<>();
        if (examples != null) {
            candidates.add(examples);
        }
        String home = System.getProperty("glassbox.home");
        if (home != null && !home.isBlank()) {
            candidates.add(Path.of(home, "examples"));
        }
        candidates.add(Path.of("examples"));
        for (Path p : candidates) {
            if (Files.isDirectory(p.resolve(CASES.get(0))) && Files.isDirectory(p.resolve(CASES.get(1)))) {
                return p;
            }
        }
        return null;
    }
}
