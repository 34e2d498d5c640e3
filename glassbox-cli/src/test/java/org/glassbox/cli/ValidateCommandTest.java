package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    @TempDir
    Path tmp;

    final CapturedCli cli = new CapturedCli();

    int run(String... args) {
        return cli.run(args);
    }

    static Path writeCase(Path dir, String actors) throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("case.yaml"), "id: t\nname: T\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actors.csv"), actors, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("events.csv"), "id,date,type,initiator\ne1,2019-03,plan,gov\n", StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void cleanCaseExitsZeroAndSaysOk() throws Exception {
        Path c = writeCase(tmp.resolve("ok"), "id,name,sector\ngov,Gov,government\n");
        Files.writeString(c.resolve("README.md"), "notes");
        assertThat(run("validate", c.toString())).isEqualTo(0);
        assertThat(cli.out()).contains(c + ": ok, 1 note").contains("README.md: note:");
    }

    @Test
    void problemsExitOneWithFileLineColumn() throws Exception {
        Path c = writeCase(tmp.resolve("bad"), "id,name,sector\ngov,Gov,govt\n");
        assertThat(run("validate", c.toString())).isEqualTo(1);
        assertThat(cli.out()).contains(c.resolve("actors.csv") + ":2:3: an unknown sector (found 'govt', expected party,");
    }

    @Test
    void jsonListsProblemsAsData() throws Exception {
        Path c = writeCase(tmp.resolve("bad"), "id,name,sector\ngov,Gov,govt\n");
        Path ok = writeCase(tmp.resolve("ok"), "id,name,sector\ngov,Gov,government\n");
        assertThat(run("validate", "--json", ok.toString(), c.toString())).isEqualTo(1);
        JsonNode list = new ObjectMapper().readTree(cli.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode p = list.get(0);
        assertThat(p.get("file").asText()).isEqualTo(c.resolve("actors.csv").toString());
        assertThat(p.get("line").asInt()).isEqualTo(2);
        assertThat(p.get("column").asInt()).isEqualTo(3);
        assertThat(p.get("field").asText()).isEqualTo("sector");
        assertThat(p.get("found").asText()).isEqualTo("govt");
        assertThat(p.get("expected").asText()).contains("government");
        assertThat(p.get("message").asText()).isEqualTo("an unknown sector");
    }

    @Test
    void aCaseWithoutEventsIsAProblemAsAnalyzeSaysAndExitsOne() throws Exception {
        Path c = writeCase(tmp.resolve("empty"), "id,name,sector\ngov,Gov,government\n");
        Files.writeString(c.resolve("events.csv"), "id,date,type,initiator\n", StandardCharsets.UTF_8);
        assertThat(run("validate", c.toString())).isEqualTo(1);
        String problem = "no events are coded yet: code the case's events (events.csv) before it can be analysed";
        assertThat(cli.out()).contains(problem).contains(c + ": 1 problem");
        assertThat(run("analyze", c.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(problem);
        assertThat(run("validate", "--json", c.toString())).isEqualTo(1);
        assertThat(cli.out()).containsPattern("\"field\"\\s*:\\s*\"events\"");
    }

    @Test
    void missingArgumentIsUsageError() {
        assertThat(run("validate")).isEqualTo(2);
        assertThat(cli.err()).contains("CASE");
    }

    @Test
    void missingPathIsBadInputNotStackTrace() {
        assertThat(run("validate", tmp.resolve("nope").toString())).isEqualTo(1);
        assertThat(cli.out()).contains("no such file or folder");
        assertThat(cli.err()).doesNotContain("Exception");
    }
}
