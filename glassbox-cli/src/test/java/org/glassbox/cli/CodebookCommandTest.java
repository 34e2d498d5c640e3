package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.core.model.Codebook;
import org.glassbox.io.Cases;
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
    void printsTheCodesOfACaseCodebookThatReadBackAsTheCase() throws Exception {
        Path c = Path.of("../examples/county-c-coded").toAbsolutePath().normalize();
        assertThat(run("codebook", "--case", c.toString())).isEqualTo(0);
        assertThat(cli.out()).contains("codes:", "name: needs-diagnosis", "parent: needs-diagnosis",
                "description: a model from elsewhere adapted to what the diagnosis found", "event_types:");
        assertThat(CodebookYaml.readCodes(cli.out(), "out")).isEqualTo(Cases.read(c).coding().codes()).hasSize(7);
        Path f = tmp.resolve("codebook.yaml");
        Files.writeString(f, cli.out());
        assertThat(CodebookYaml.read(f)).isEqualTo(Cases.read(c).codebook());
    }

    @Test
    void jsonHasTheSameKeysAndTheCodes() throws Exception {
        Path c = Path.of("../examples/county-c-coded").toAbsolutePath().normalize();
        assertThat(run("codebook", "--case", c.toString(), "--json")).isEqualTo(0);
        com.fasterxml.jackson.databind.JsonNode j = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.out());
        assertThat(j.get("codes")).hasSize(7);
        assertThat(j.get("codes").get(1).get("name").asText()).isEqualTo("model-adaptation");
        assertThat(j.get("codes").get(1).get("parent").asText()).isEqualTo("needs-diagnosis");
        assertThat(j.get("event_types").get("directive").get("decision").asBoolean()).isTrue();
        assertThat(j.get("thresholds").get("structure.matrix.dual_authority_min").isNumber()).isTrue();
    }

    @Test
    void aCaseWithoutCodesPrintsNoCodesKey() throws Exception {
        Path c = ValidateCommandTest.writeCase(tmp.resolve("c"), "id,name,sector\ngov,Gov,government\n");
        assertThat(run("codebook", "--case", c.toString())).isEqualTo(0);
        assertThat(cli.out()).doesNotContain("codes:").contains("event_types:");
    }

    @Test
    void badCaseGivesProblemsAndExitOne() throws Exception {
        Path c = ValidateCommandTest.writeCase(tmp.resolve("c"), "id,name,sector\ngov,Gov,nope\n");
        assertThat(run("codebook", "--case", c.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("an unknown sector");
    }
}
