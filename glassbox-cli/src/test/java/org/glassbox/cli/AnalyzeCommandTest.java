package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CapturedCli cli = new CapturedCli();
        int code = cli.run(args);
        return new Run(code, cli.out(), cli.err());
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Run r = run("analyze", EXAMPLES.resolve("province-a").toString(), "--json", "-");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/schema").asText()).isEqualTo("glassbox.analysis/1");
        assertThat(j.at("/case/id").asText()).isEqualTo("province-a");
        assertThat(j.at("/periods").size()).isEqualTo(9);
        assertThat(j.at("/periods/0/id").asText()).isEqualTo("2014");
        assertThat(j.at("/periods/0/structure/type").isTextual()).isTrue();
        assertThat(j.at("/periods/0/structure/metrics/dualAuthorityRatio").isNumber()).isTrue();
        assertThat(j.at("/periods/0/mechanism/dominant").isTextual()).isTrue();
        // 2014 has 3 government–enterprise events (< 10): its index is withheld with its n; p1's 19 suffice
        assertThat(j.at("/periods/0/embedding/index").isNull()).isTrue();
        assertThat(j.at("/periods/0/embedding/weights/index/n").asInt()).isEqualTo(3);
        assertThat(j.at("/periods/0/embedding/weights/index/status").asText()).isEqualTo("insufficient");
        assertThat(j.at("/phases/0/embedding/index").isNumber()).isTrue();
        assertThat(j.at("/model/status").asText()).isEqualTo("decided");
        assertThat(j.at("/model/late/phases").toString()).isEqualTo("[\"p3\"]");
        assertThat(j.at("/phases").size()).isEqualTo(3);
        assertThat(j.at("/structure/late").asText()).isEqualTo("linear-functional");
        assertThat(j.at("/structure/evolution").size()).isEqualTo(3);
        assertThat(j.at("/embedding/trajectory").asText()).isEqualTo("de-embedded");
        assertThat(j.at("/model/verdict").asText()).isEqualTo("administrative");
        assertThat(j.at("/model/scores/market").isNumber()).isTrue();
        assertThat(j.at("/model/evidence").size()).isGreaterThanOrEqualTo(4);
        assertThat(j.at("/model/evidence/0/layer").asText()).isEqualTo("structure");
        assertThat(j.at("/model/evidence/0/ties").size()).isPositive();
        List<String> ids = new ArrayList<>();
        j.at("/formalism/diagnostics").forEach(d -> {
            ids.add(d.get("id").asText());
            if (d.get("status").asText().equals("assessed")) {
                assertThat(d.get("score").asDouble()).isBetween(0.0, 1.0);
            } else {
                assertThat(d.get("status").asText()).isEqualTo("not-assessable");
                assertThat(d.get("score").isNull()).isTrue();
                assertThat(d.get("flagged")).isEmpty();
            }
            assertThat(d.get("flagged").isArray()).isTrue();
            assertThat(d.at("/coverage/candidates").asInt()).isEqualTo(d.at("/coverage/judged").asInt()
                    + d.at("/coverage/exempt").asInt() + d.at("/coverage/uncertain").asInt());
        });
        assertThat(ids).containsExactly("copy-without-diagnosis", "platform-proliferation", "assessment-driven-bursts",
                "people-centredness");
        assertThat(j.at("/provenance/codebookSha256").asText()).hasSize(64);
        assertThat(j.at("/provenance/thresholds/structure.matrix.dual_authority_min").asDouble()).isEqualTo(0.30);
        assertThat(j.has("sensitivity")).isFalse();
    }

    @Test
    void summaryNamesTheVerdicts() {
        Run r = run("analyze", EXAMPLES.resolve("city-b").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Construction model: market").contains("Structure (late): matrix")
                .contains("Embedding trajectory: inter-embedded").contains("Evidence chain:");
    }

    @Test
    void thePhaseLinesEmbeddingNIsTheCountTheHeaderNames() {
        Run r = run("analyze", EXAMPLES.resolve("city-b").toString());
        assertThat(r.code()).isZero();
        // the header says what the embedding's n counts; City B's p1 index rests on 4 decision events (methods.md)
        assertThat(r.out()).contains("embedding: government–enterprise events, or the part of the index below its minimum)")
                .doesNotContain("n: actors under authority, government–enterprise events)");
        String p1 = r.out().lines().filter(l -> l.startsWith("  p1 ")).findFirst().orElseThrow();
        assertThat(p1).contains("embedding — n 4 decision events < 5");
        String p3 = r.out().lines().filter(l -> l.startsWith("  p3 ")).findFirst().orElseThrow();
        assertThat(p3).containsPattern("embedding 0\\.\\d\\d n \\d+ ");
    }

    @Test
    void jsonGoesToAFileAndSensitivityIsListed(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("a.json");
        Run r = run("analyze", EXAMPLES.resolve("city-b").toString(), "--json", f.toString(), "--sensitivity");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(Files.readString(f));
        assertThat(j.at("/sensitivity/runs").size()).isEqualTo(2 * j.at("/provenance/thresholds").size());
        assertThat(r.out()).contains("Sensitivity");
    }

    @Test
    void thresholdOverrideIsUsedAndRecorded() throws Exception {
        Run r = run("analyze", EXAMPLES.resolve("city-b").toString(), "--json", "-", "--threshold",
                "structure.matrix.dual_authority_min=0.9");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/provenance/thresholds/structure.matrix.dual_authority_min").asDouble()).isEqualTo(0.9);
        assertThat(j.at("/structure/late").asText()).isNotEqualTo("matrix");
    }

    @Test
    void anOcelFileWrittenFromACaseGivesTheSameVerdicts(@TempDir Path tmp) throws Exception {
        Path ocel = tmp.resolve("city-b.jsonocel");
        Run conv = run("convert", EXAMPLES.resolve("city-b").toString(), ocel.toString());
        org.junit.jupiter.api.Assumptions.assumeTrue(conv.code() == 0, "convert unavailable: " + conv.err());
        Run r = run("analyze", ocel.toString(), "--json", "-");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/case/id").asText()).isEqualTo("city-b");
        assertThat(j.at("/model/verdict").asText()).isEqualTo("market");
        assertThat(j.at("/structure/late").asText()).isEqualTo("matrix");
        assertThat(j.at("/embedding/trajectory").asText()).isEqualTo("inter-embedded");
    }

    @Test
    void missingCaseIsAUsageError() {
        // issue 12, item 14: a path that points at nothing is a slip of the command line (exit 2)
        Run r = run("analyze", "/nonexistent/case");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("/nonexistent/case").doesNotContain("Exception");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(run("analyze", EXAMPLES.resolve("city-b").toString(), "--phases", "weekly").code()).isEqualTo(2);
        Run r = run("analyze", EXAMPLES.resolve("city-b").toString(), "--threshold", "no.such=1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no threshold named no.such");
    }

    @Test
    void detectedPhasesAreReportedWithTheirShift() throws Exception {
        Run r = run("analyze", EXAMPLES.resolve("province-a").toString(), "--phases", "detected", "--penalty", "2", "--json", "-");
        assertThat(r.code()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/phaseDetection/source").asText()).isEqualTo("detected");
        assertThat(j.at("/phaseDetection/penalty").asDouble()).isEqualTo(2.0);
        assertThat(j.at("/phases").size()).isEqualTo(j.at("/phaseDetection/boundaries").size() + 1);
        if (j.at("/phaseDetection/boundaries").size() > 0) {
            assertThat(j.at("/phaseDetection/boundaries/0/shifts").size()).isPositive();
        }
    }
}
