package org.glassbox.cli;

import org.glassbox.io.Cases;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.CodebookYaml;
import org.glassbox.core.model.Codebook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code glassbox codebook [--case CASE]}: the default codebook as YAML, in the schema a case's
 * codebook.yaml uses; with {@code --case}, the codebook in force for that case (defaults extended
 * by its codebook.yaml).
 */
@Command(name = "codebook", mixinStandardHelpOptions = true,
        description = "Print the default codebook (event types, tie types, sectors, levels, thresholds) as YAML.")
public final class CodebookCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--case", paramLabel = "CASE", description = "print the effective codebook of this case instead")
    Path casePath;

    @Override
    public Integer call() throws CaseFormatException {
        Codebook cb = casePath == null ? Codebook.defaults() : Cases.read(casePath).codebook();
        spec.commandLine().getOut().print(CodebookYaml.write(cb));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
