package org.glassbox.cli;

import org.glassbox.io.Cases;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.CodebookYaml;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Codebook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code glassbox codebook [--case CASE] [--json]}: the default codebook as YAML, in the schema a case's
 * codebook.yaml uses; with {@code --case}, the codebook in force for that case (defaults extended
 * by its codebook.yaml) and, for a format 1.1 case, the {@code codes:} its passages are coded with.
 */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Print the default codebook (event types, tie types, sectors, levels, thresholds) as YAML.")
public final class CodebookCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--case", paramLabel = "CASE", description = "print the effective codebook of this case instead, with its codes: (format 1.1) if it has any")
    Path casePath;

    @Option(names = "--json", description = "print the codebook as JSON (the same keys) instead of YAML")
    boolean json;

    @Override
    public Integer call() throws CaseFormatException {
        Case c = casePath == null ? null : Cases.read(casePath);
        Codebook cb = c == null ? Codebook.defaults() : c.codebook();
        List<Code> codes = c == null ? List.of() : c.coding().codes();
        if (json) {
            spec.commandLine().getOut().println(CodebookYaml.writeJson(cb, codes));
        } else {
            spec.commandLine().getOut().print(CodebookYaml.write(cb, codes));
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
