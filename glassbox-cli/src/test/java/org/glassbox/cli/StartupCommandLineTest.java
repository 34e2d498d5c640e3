package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StartupCommandLineTest {
    private static final Path CASE = Path.of("..", "examples", "province-a");

    private static String[] run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aSubCommandGetsATreeOfItselfOnly() {
        CommandLine lean = StartupCommandLine.forArgs("validate", CASE.toString());
        assertThat(lean).isNotNull();
        assertThat(lean.getSubcommands()).containsOnlyKeys("validate");
        assertThat(lean.getCommandName()).isEqualTo("glassbox");
        assertThat(StartupCommandLine.forArgs("process", "dfg", "x.xes").getSubcommands().get("process").getSubcommands())
                .containsKeys("dfg", "stats");
    }

    @Test
    void helpAndUnknownNamesGetTheWholeTree() {
        assertThat(StartupCommandLine.forArgs()).isNull();
        assertThat(StartupCommandLine.forArgs("--help")).isNull();
        assertThat(StartupCommandLine.forArgs("help", "validate")).isNull();
        assertThat(StartupCommandLine.forArgs("no-such-command")).isNull();
        assertThat(StartupCommandLine.forArgs("--version", "validate")).isNull();
        assertThat(StartupCommandLine.forArgs("--version").getSubcommands()).isEmpty();
    }

    @Test
    void theLeanTreeAnswersAsTheWholeTreeDoes() {
        String[][] cases = {
                {"--version"},
                {"validate", CASE.toString()},
                {"validate", "--no-such-option", CASE.toString()},
                {"validate", "--help"},
                {"qca", "minimize", "--help"},
                {"validate", CASE.resolve("no-such-case").toString()},
        };
        for (String[] args : cases) {
            String[] full = run(Main.commandLine(), args);
            String[] lean = run(Main.commandLine(args), args);
            assertThat(lean).as(String.join(" ", args)).containsExactly(full);
        }
        assertThat(run(Main.commandLine("--version"), "--version")[1]).startsWith("glassbox ");
    }
}
