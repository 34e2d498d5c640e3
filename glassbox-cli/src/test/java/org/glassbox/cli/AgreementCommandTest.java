package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementCommandTest {
    @TempDir
    Path dir;

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
    }

    /**
     * Coder A: the demo case province-a as it is (91 events). Coder B: the same, but e004 typed
     * procurement instead of contract, e002 renamed x002 (same date, initiator and type) and e003 left out.
     */
    private Path[] twoCoders() throws IOException {
        Path a = dir.resolve("coder-a");
        Path b = dir.resolve("coder-b");
        copy(AnalyzeCommandTest.EXAMPLES.resolve("province-a"), a);
        copy(AnalyzeCommandTest.EXAMPLES.resolve("province-a"), b);
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(b.resolve("events.csv"))) {
            if (l.startsWith("e003,")) {
                continue;
            }
            if (l.startsWith("e004,")) {
                l = l.replace(",contract,", ",procurement,");
            }
            if (l.startsWith("e002,")) {
                l = "x002," + l.substring(5);
            }
            lines.add(l);
        }
        Files.write(b.resolve("events.csv"), lines);
        return new Path[] {a, b};
    }

    private static JsonNode field(JsonNode j, String name) {
        for (JsonNode f : j.get("coefficients")) {
            if (f.get("field").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no field " + name);
    }

    @Test
    void comparesTwoCodersVersionsOfACase() throws Exception {
        Path[] v = twoCoders();
        int events = (int) Files.readAllLines(v[0].resolve("events.csv")).stream().filter(l -> !l.isBlank()).count() - 1;
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("agreement", v[0].toString(), v[1].toString(), "--json", "-")).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        assertThat(j.get("schema").asText()).isEqualTo("glassbox.agreement/1");
        assertThat(j.get("passages").size()).isZero();
        JsonNode type = field(j, "type");
        // every event but e003 is matched; the types differ on e004 only
        assertThat(type.get("units").asInt()).isEqualTo(events - 1);
        assertThat(type.get("coders").asInt()).isEqualTo(2);
        assertThat(type.get("percent").asDouble()).isCloseTo((events - 2.0) / (events - 1), within(1e-9));
        assertThat(type.get("level").asText()).isEqualTo("nominal");
        assertThat(type.get("krippendorffAlpha").asDouble()).isBetween(0.9, 1.0);
        assertThat(type.get("cohenKappa").asDouble()).isBetween(0.9, 1.0);
        assertThat(type.get("ci95").size()).isEqualTo(2);
        assertThat(field(j, "initiator").get("level").asText()).isEqualTo("masi");
        assertThat(field(j, "initiator").get("percent").asDouble()).isEqualTo(1.0);
        assertThat(field(j, "date_precision").has("cohenKappa")).isFalse();

        CapturedCli text = new CapturedCli();
        assertThat(text.run("agreement", v[0].toString(), v[1].toString(), "--coders", "Ann,Bo")).isEqualTo(0);
        assertThat(text.out()).contains("2 coders (Ann, Bo)").contains("1 by date + initiator + type")
                .contains("1 coded by one coder only").contains("Ann  e003")
                .contains("e004  type  Ann: contract | Bo: procurement")
                .containsPattern("type\\s+nominal\\s+" + (events - 1) + "\\s+2\\s");
    }

    @Test
    void reproducesKrippendorff2011FromATable() throws Exception {
        Path csv = dir.resolve("k2011.csv");
        Files.writeString(csv, """
                unit,A,B,C,D
                1,1,1,,1
                2,2,2,3,2
                3,3,3,3,3
                4,3,3,3,3
                5,2,2,2,2
                6,1,2,3,4
                7,4,4,4,4
                8,1,1,2,1
                9,2,2,2,2
                10,,5,5,5
                11,,,1,1
                12,,3,,
                """);
        double[] published = {0.743, 0.815, 0.849, 0.797};
        String[] levels = {"nominal", "ordinal", "interval", "ratio"};
        for (int i = 0; i < 4; i++) {
            CapturedCli cli = new CapturedCli();
            Path out = dir.resolve(levels[i] + ".json");
            assertThat(cli.run("agreement", "--table", csv.toString(), "--level", levels[i], "--json", out.toString())).isEqualTo(0);
            JsonNode f = new ObjectMapper().readTree(out.toFile()).get("coefficients").get(0);
            assertThat(f.get("field").asText()).isEqualTo("table");
            assertThat(f.get("units").asInt()).isEqualTo(11);
            assertThat(f.get("coders").asInt()).isEqualTo(4);
            assertThat(f.has("cohenKappa")).isFalse();
            assertThat(f.get("krippendorffAlpha").asDouble()).isCloseTo(published[i], within(0.0005));
            assertThat(cli.out()).contains("4 coders (A, B, C, D), 12 units, 11 coded by two or more")
                    .contains(String.format(java.util.Locale.ROOT, "%.3f", published[i]));
        }
    }

    @Test
    void twoCodersWithoutMissingValuesGetKappa() throws Exception {
        StringBuilder sb = new StringBuilder("A,B\n");
        sb.append("yes,yes\n".repeat(20)).append("yes,no\n".repeat(5)).append("no,yes\n".repeat(10)).append("no,no\n".repeat(15));
        Path csv = dir.resolve("yn.csv");
        Files.writeString(csv, sb.toString());
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("agreement", "--table", csv.toString(), "--level", "nominal", "--json", "-")).isEqualTo(0);
        JsonNode f = new ObjectMapper().readTree(cli.out()).get("coefficients").get(0);
        assertThat(f.get("cohenKappa").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(f.get("percent").asDouble()).isCloseTo(0.70, within(1e-9));
    }

    @Test
    void badTablesAreReportedWithTheirPositionsAndWriteNothing() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "unit,A,B\nu1,1,x\nu2,3\n");
        Path out = dir.resolve("out.json");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("agreement", "--table", csv.toString(), "--level", "interval", "--json", out.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("bad.csv:2:3: values at the interval level are numbers (found 'x', expected a number)")
                .contains("bad.csv:3:3: the row has 2 cells but the header has 3").contains("(2 problems)");
        assertThat(out).doesNotExist();

        Path one = dir.resolve("one.csv");
        Files.writeString(one, "A\n1\n2\n");
        CapturedCli c1 = new CapturedCli();
        assertThat(c1.run("agreement", "--table", one.toString(), "--level", "nominal")).isEqualTo(1);
        assertThat(c1.err()).contains("one.csv:1:1: agreement needs at least two coders");
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "A,B\n1,1\n");
        CapturedCli a = new CapturedCli();
        assertThat(a.run("agreement", "--table", csv.toString(), "--level", "fuzzy")).isEqualTo(2);
        assertThat(a.err()).contains("--level: 'fuzzy' is not a level");
        CapturedCli b = new CapturedCli();
        assertThat(b.run("agreement", "--table", csv.toString())).isEqualTo(2);
        assertThat(b.err()).contains("--table needs --level");
        CapturedCli c = new CapturedCli();
        assertThat(c.run("agreement", AnalyzeCommandTest.EXAMPLES.resolve("province-a").toString())).isEqualTo(2);
        assertThat(c.err()).contains("at least two coders' versions");
        CapturedCli d = new CapturedCli();
        assertThat(d.run("agreement")).isEqualTo(2);
        CapturedCli e = new CapturedCli();
        assertThat(e.run("agreement", "x", "y", "--table", csv.toString(), "--level", "nominal")).isEqualTo(2);
        assertThat(e.err()).contains("not both");
    }

    @Test
    void anUnreadableCaseIsBadInput() throws Exception {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("agreement", AnalyzeCommandTest.EXAMPLES.resolve("province-a").toString(),
                dir.resolve("missing").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("missing");
    }
}
