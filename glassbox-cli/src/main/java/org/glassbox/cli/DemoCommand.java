package org.glassbox.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.model.Case;
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
public final class DemoCommand implements Callable<Integer> {
    static final List<String> CASES = List.of("province-a", "city-b");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--examples", paramLabel = "DIR", description = "the examples folder (default: $glassbox.home/examples, else ./examples)")
    Path examples;

    @Option(names = "--json", paramLabel = "FILE|-", description = "write the comparison as JSON to FILE, or to standard output with -")
    String json;

    @Option(names = "--sensitivity", description = "also re-run every verdict with each threshold moved ±20 %")
    boolean sensitivity;

    @CommandLine.Mixin
    ReportOutput report = new ReportOutput();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        org.glassbox.report.Language lang = report.language(err, "demo");
        if (lang == null) {
            return 2;
        }
        Path dir = examplesDir();
        if (dir == null) {
            err.println("glassbox demo: examples folder not found (looked in $glassbox.home/examples and ./examples); pass --examples DIR");
            return 1;
        }
        List<Case> cases = new ArrayList<>();
        for (String name : CASES) {
            Case c = AnalyzeCommand.read(dir.resolve(name), err);
            if (c == null) {
                return 1;
            }
            cases.add(c);
        }
        Comparison cmp = CompareCommand.compare(cases,
                AnalysisOptions.defaults().withSensitivity(sensitivity));
        List<String> said = new java.util.ArrayList<>();
        if (report.write(cases, cmp, report.html == null ? Path.of("report.html") : report.html, lang,
                said, err) != 0) {
            return 1;
        }
        if (json != null) {
            if (!AnalyzeCommand.writeJson(json, w -> AnalysisJson.write(cmp, w), out, err)) {
                return 1;
            }
            if ("-".equals(json)) {
                ReportOutput.tell(said, json, out, err);
                return 0;
            }
        }
        out.println("Glassbox demo: the study's two cases, analysed from their coded events and ties (" + dir + ")");
        out.println();
        CompareCommand.summary(cmp, out);
        ReportOutput.tell(said, json, out, err);
        return 0;
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
