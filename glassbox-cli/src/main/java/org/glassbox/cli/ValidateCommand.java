package org.glassbox.cli;

import org.glassbox.io.Cases;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ValidationReport;
import org.glassbox.io.json.ProblemJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox validate CASE... [--json]}: every problem of every file of each case, with file,
 * line and column (or sheet and cell), what was found and what was expected. Exit 0 when no case
 * has an error (notes are printed but do not fail; with {@code --strict} the notes that doubt the coding
 * are errors), 1 otherwise, 2 for usage errors.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check cases (folder, .zip, .xlsx or .qdpx) against the case format; report every problem at once.")
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CASE", description = "case folders, .zip files, .xlsx workbooks, .qdpx projects or OCEL 2.0 files written from a case (.jsonocel, .xmlocel, .sqlite)")
    List<Path> cases;

    @Option(names = "--json", description = "print the problems as a JSON list of {file, line, column, field, found, expected, message}")
    boolean json;

    @Option(names = "--strict", description = "count the notes that doubt the coding (an actor taking part before it joined or after it left) as problems")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        boolean errors = false;
        List<Problem> all = new ArrayList<>();
        for (Path p : cases) {
            ValidationReport r = Cases.validate(p, strict);
            errors |= !r.isClean();
            if (json) {
                all.addAll(r.problems());
                continue;
            }
            for (Problem pr : r.problems()) {
                out.println(pr.format());
            }
            int e = r.errors().size();
            int n = r.notes().size();
            out.println(p + ": " + (e == 0 ? "ok" : e + (e == 1 ? " problem" : " problems"))
                    + (n == 0 ? "" : ", " + n + (n == 1 ? " note" : " notes")));
        }
        if (json) {
            ProblemJson.write(all, out);
            out.println();
        }
        out.flush();
        return errors ? 1 : 0;
    }
}
