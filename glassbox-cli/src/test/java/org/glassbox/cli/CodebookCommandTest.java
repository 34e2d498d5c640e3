package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.core.model.Codebook;
import org.glassbox.io.caseformat.CodebookYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookCommandTest {
    @TempDir
    Path tmp;

    final CapturedCli cli = new CapturedCli();

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void printsTheDefaultCodebookThatReadsBackAsTheDefaults() throws Exception {
        assertThat(run("codebook")).isEqualTo(0);
        Path f = tmp.resolve("codebook.yaml");
        Files.writeString(f, cli.out());
        assertThat(cli.out()).contains("event_types:", "tie_types:", "thresholds:", "structure.matrix.dual_authority_min");
        assertThat(CodebookYaml.read(f)).isEqualTo(Codebook.defaults());
    }

    @Test
    void printsTheEffectiveCodebookOfACase() throws Exception {
        Path c = ValidateCommandTest.writeCase(tmp.resolve("c"), "id,name,sector\ngov,Gov,government\n");
        Files.writeString(c.resolve("codebook.yaml"), "event_types:\n  hackathon: {category: collaborative, mechanism: collaborative}\n");
        assertThat(run("codebook", "--case", c.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("hackathon:").contains("directive:");
    }

    @Test
    void badCaseGivesProblemsAndExitOne() throws Exception {
        Path c = ValidateCommandTest.writeCase(tmp.resolve("c"), "id,name,sector\ngov,Gov,nope\n");
        assertThat(run("codebook", "--case", c.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("an unknown sector");
    }
}
