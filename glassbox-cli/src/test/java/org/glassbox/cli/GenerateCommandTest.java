package org.glassbox.cli;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    final CapturedCli cli = new CapturedCli();

    int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesAValidCaseWithGroundTruth() throws Exception {
        Path dir = tmp.resolve("gen");
        assertThat(run("generate", dir.toString(), "--events", "2000", "--actors", "80", "--seed", "7",
                "--years", "6", "--process", "market", "--noise", "0.1")).isEqualTo(0);
        assertThat(cli.out()).contains("2000 events, 80 actors");
        Case c = Cases.read(dir);
        assertThat(c.events().size()).isEqualTo(2000);
        assertThat(c.actors()).hasSize(80);
        assertThat(c.info().extra()).containsEntry("generated.process", "market")
                .containsEntry("generated.noise", "0.1").containsEntry("generated.seed", "7");
        assertThat(c.info().periodEnd() - c.info().periodStart() + 1).isEqualTo(6);
        assertThat(run("validate", dir.toString())).isEqualTo(0);
    }

    @Test
    void refusesANonEmptyFolder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        assertThat(run("generate", dir.toString(), "--events", "10", "--actors", "20")).isEqualTo(1);
        assertThat(cli.err()).contains("not an empty folder");
        assertThat(Files.readString(dir.resolve("keep.txt"))).isEqualTo("mine");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("generate", tmp.resolve("a").toString(), "--events", "10", "--actors", "20", "--process", "feudal"))
                .isEqualTo(2);
        assertThat(run("generate", tmp.resolve("b").toString(), "--events", "10", "--actors", "3")).isEqualTo(2);
        assertThat(run("generate", tmp.resolve("c").toString(), "--events", "10", "--actors", "20", "--noise", "1.5"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("feudal").contains("--actors must be ≥ 12: 3").contains("--noise must be in [0, 1]: 1.5");
        assertThat(run("generate", tmp.resolve("d").toString(), "--events", "10", "--actors", "20", "--years", "0"))
                .isEqualTo(2);
        assertThat(run("generate", tmp.resolve("e").toString(), "--events", "10", "--actors", "20", "--start-year", "10"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--years must be in 1..200: 0").contains("--start-year out of range: 10")
                .doesNotContain("glassbox generate: actors").doesNotContain("glassbox generate: noise");
    }

    @Test
    void zeroEventsIsAUsageErrorNotACaseAnalyzeRefuses() {
        Path dir = tmp.resolve("z");
        assertThat(run("generate", dir.toString(), "--events", "0", "--actors", "20")).isEqualTo(2);
        assertThat(cli.err()).contains("--events must be at least 1, not 0");
        assertThat(dir).doesNotExist();
    }
}
