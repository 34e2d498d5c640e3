package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.core.model.Codebook;
import org.glassbox.io.caseformat.CodebookYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CodebookCommandTest {
    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void printsTheDefaultCodebookThatReadsBackAsTheDefaults() throws Exception {
        assertThat(run("codebook")).isEqualTo(0);
        Path f = tmp.resolve("codebook.yaml");
        Files.writeString(f, out.toString());
        assertThat(out.toString()).contains("event_types:", "tie_types:", "thresholds:", "structure.matrix.dual_authority_min");
        assertThat(CodebookYaml.read(f)).isEqualTo(Codebook.defaults());
    }

    @Test
    void printsTheEffectiveCodebookOfACase() throws Exception {
        Path c = ValidateCommandTest.writeCase(tmp.resolve("c"), "id,name,sector\ngov,Gov,government\n");
        Files.writeString(c.resolve("codebook.yaml"), "event_types:\n  hackathon: {category: collaborative, mechanism: collaborative}\n");
        assertThat(run("codebook", "--case", c.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("hackathon:").contains("directive:");
    }

    @Test
    void badCaseGivesProblemsAndExitOne() throws Exception {
        Path c = ValidateCommandTest.writeCase(tmp.resolve("c"), "id,name,sector\ngov,Gov,nope\n");
        assertThat(run("codebook", "--case", c.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("an unknown sector");
    }
}
