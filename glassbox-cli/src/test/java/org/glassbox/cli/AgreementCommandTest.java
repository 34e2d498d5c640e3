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
        // every event but e003 is matched (events - 1 units); e002=x002 was matched on its type, so the type's
        // coefficients leave it out (events - 2 units); the types differ on e004 only
        assertThat(type.get("units").asInt()).isEqualTo(events - 2);
        assertThat(type.get("leftOutUnits").asInt()).isEqualTo(1);
        assertThat(type.get("leftOutValues").asInt()).isZero();
        assertThat(type.get("coders").asInt()).isEqualTo(2);
        assertThat(type.get("percent").asDouble()).isCloseTo((events - 3.0) / (events - 2), within(1e-9));
        assertThat(type.get("level").asText()).isEqualTo("nominal");
        assertThat(type.get("krippendorffAlpha").asDouble()).isBetween(0.9, 1.0);
        assertThat(type.get("cohenKappa").asDouble()).isBetween(0.9, 1.0);
        assertThat(type.get("ci95").size()).isEqualTo(2);
        assertThat(field(j, "initiator").get("level").asText()).isEqualTo("masi");
        assertThat(field(j, "initiator").get("percent").asDouble()).isEqualTo(1.0);
        assertThat(field(j, "date_precision").has("cohenKappa")).isFalse();
        // e002's mechanism cell is blank (the type's default): part of the key too; its targets are not
        assertThat(field(j, "mechanism").get("leftOutUnits").asInt()).isEqualTo(1);
        assertThat(field(j, "targets").get("leftOutUnits").asInt()).isZero();
        assertThat(field(j, "targets").get("units").asInt()).isEqualTo(events - 1);
        JsonNode ev = j.get("events");
        assertThat(ev.get("matched").asInt()).isEqualTo(events - 1);
        assertThat(ev.get("byId").asInt()).isEqualTo(events - 2);
        assertThat(ev.get("byDateInitiatorType").asInt()).isEqualTo(1);
        assertThat(ev.get("unmatched").asInt()).isEqualTo(1);
        assertThat(ev.get("notCodedByAll").asInt()).isZero();
        // e003: coded by Ann only; e004's type: the one field that differs (contract and procurement are both market)
        assertThat(ev.get("unitizingDisagreements").asInt()).isEqualTo(1);
        assertThat(ev.get("fieldDisagreements").asInt()).isEqualTo(1);

        CapturedCli text = new CapturedCli();
        assertThat(text.run("agreement", v[0].toString(), v[1].toString(), "--coders", "Ann,Bo")).isEqualTo(0);
        assertThat(text.out()).contains("2 coders (Ann, Bo)").contains("1 by date + initiator + type")
                .contains("1 coded by one coder only").contains("Ann  e003")
                .contains("e004  type  Ann: contract | Bo: procurement")
                .containsPattern("(?m)^type\\s+nominal\\s+" + (events - 2) + "\\s+2\\s.*\\]\\s+1$")
                .containsPattern("(?m)^targets\\s+masi\\s+" + (events - 1) + "\\s+2\\s.*\\]\\s+0$")
                .contains("Disagreements to adjudicate: 2 — 1 on fields of matched events")
                .contains("1 on whether an event exists (1 coded by one coder only, listed above)")
                .contains("(left out: units matched by date + initiator + type");
    }

    /** A case folder: province-a's actors, ties, sources and codebook with the given events (header of events.csv added). */
    private Path caseWith(String name, String... events) throws IOException {
        Path c = dir.resolve(name);
        copy(AnalyzeCommandTest.EXAMPLES.resolve("province-a"), c);
        List<String> lines = new ArrayList<>();
        lines.add(Files.readAllLines(c.resolve("events.csv")).get(0));
        lines.addAll(List.of(events));
        Files.write(c.resolve("events.csv"), lines);
        return c;
    }

    /**
     * The reviewer's reproduction: coder C coded A's first four events under other ids (x1…x4), x3 typed
     * consultation where A has meeting, x2 without targets. e1=x1, e2=x2, e4=x4 are matched by date + initiator +
     * type; e3, e5 and x3 are not. On the old code type, date and initiator showed 3 units, 100 % and 0 disagreements.
     */
    @Test
    void eventsMatchedByDateInitiatorAndTypeAreNotScoredOnThoseFields() throws Exception {
        Path a = caseWith("A",
                "e1,2015-03,directive,,pg,info,,,Directive,s02,",
                "e2,2016,procurement,,info,tel,,,Procurement,s02,",
                "e3,2017-05-01,meeting,,pg,info;tel,,,Meeting,s02,",
                "e4,2018,contract,,info,tel,,,Contract,s02,",
                "e5,2019,evaluation,,pg,,,,Evaluation,s02,");
        Path c = caseWith("C",
                "x1,2015-03,directive,,pg,info,,,Directive,s02,",
                "x2,2016,procurement,,info,,,,Procurement,s02,",
                "x3,2017-05-01,consultation,,pg,info;tel,,,Consultation,s02,",
                "x4,2018,contract,,info,tel,,,Contract,s02,");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("agreement", a.toString(), c.toString(), "--json", "-")).as(cli.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        assertThat(j.get("schema").asText()).isEqualTo("glassbox.agreement/1");
        // type, date, date_precision, initiator and the blank mechanisms (the types' defaults) agree on all three
        // units by construction: no unit is left to score, the coefficients are undefined
        for (String key : List.of("type", "mechanism", "date", "date_precision", "initiator")) {
            JsonNode f = field(j, key);
            assertThat(f.get("units").asInt()).as(key).isZero();
            assertThat(f.get("percent").isNull()).as(key).isTrue();
            assertThat(f.get("krippendorffAlpha").isNull()).as(key).isTrue();
            assertThat(f.has("ci95")).as(key).isFalse();
            assertThat(f.get("leftOutUnits").asInt()).as(key).isEqualTo(3);
            assertThat(f.get("leftOutValues").asInt()).as(key).isZero();
        }
        // targets are coded apart from the key: {info} = {info}, {tel} vs {} (x2), {tel} = {tel}: 2 of 3 agree
        JsonNode targets = field(j, "targets");
        assertThat(targets.get("units").asInt()).isEqualTo(3);
        assertThat(targets.get("leftOutUnits").asInt()).isZero();
        assertThat(targets.get("percent").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        JsonNode ev = j.get("events");
        assertThat(ev.get("matched").asInt()).isEqualTo(3);
        assertThat(ev.get("byId").asInt()).isZero();
        assertThat(ev.get("byDateInitiatorType").asInt()).isEqualTo(3);
        // e3 (meeting) and x3 (consultation) are not one event by the key, e5 has no counterpart
        assertThat(ev.get("unmatched").asInt()).isEqualTo(3);
        assertThat(ev.get("notCodedByAll").asInt()).isZero();
        assertThat(ev.get("unitizingDisagreements").asInt()).isEqualTo(3);
        // e2=x2's targets; no other field of a matched event differs
        assertThat(ev.get("fieldDisagreements").asInt()).isEqualTo(1);

        CapturedCli text = new CapturedCli();
        assertThat(text.run("agreement", a.toString(), c.toString())).as(text.err()).isEqualTo(0);
        assertThat(text.out())
                .contains("3 events matched (0 by id, 3 by date + initiator + type), 3 coded by one coder only")
                // no unit to score: percent, κ and α undefined, no interval, 3 units left out
                .containsPattern("(?m)^type\\s+nominal\\s+0\\s+2\\s+undef\\.\\s+undef\\.\\s+undef\\.\\s+-\\s+3$")
                .containsPattern("(?m)^initiator\\s+masi\\s+0\\s+2\\s.*\\s3$")
                .containsPattern("(?m)^targets\\s+masi\\s+3\\s+2\\s+66\\.7%.*\\s0$")
                .contains("Unmatched events (one coder only: a disagreement on whether the event exists")
                .contains("  A  e3  2017-05-01  meeting  initiator pg")
                .contains("  C  x3  2017-05-01  consultation  initiator pg")
                .contains("Disagreements to adjudicate: 4 — 1 on fields of matched events (unit, field, each coder's value, below),"
                        + " 3 on whether an event exists (3 coded by one coder only, listed above)")
                .contains("  e2=x2  targets  A: tel | C: (empty)")
                .doesNotContain("e1=x1  type");
    }

    @Test
    void aThirdCoderMissingAMatchedEventIsADisagreementOnWhetherItExists() throws Exception {
        Path a = caseWith("A", "e1,2015-03,directive,,pg,info,,,Directive,s02,", "e2,2016,procurement,,info,tel,,,Procurement,s02,");
        Path b = caseWith("B", "e1,2015-03,directive,,pg,info,,,Directive,s02,", "e2,2016,procurement,,info,tel,,,Procurement,s02,");
        // C: e1 as z1 (matched by key to the unit A and B share by id), no e2
        Path c = caseWith("C", "z1,2015-03,directive,,pg,info,,,Directive,s02,");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("agreement", a.toString(), b.toString(), c.toString(), "--json", "-")).as(cli.err()).isEqualTo(0);
        JsonNode j = new ObjectMapper().readTree(cli.out());
        // e1=z1: A's and B's types (by id) count, C's (the key) does not; e2: A and B
        JsonNode type = field(j, "type");
        assertThat(type.get("units").asInt()).isEqualTo(2);
        assertThat(type.get("leftOutUnits").asInt()).isZero();
        assertThat(type.get("leftOutValues").asInt()).isEqualTo(1);
        assertThat(field(j, "targets").get("leftOutValues").asInt()).isZero();
        JsonNode ev = j.get("events");
        assertThat(ev.get("matched").asInt()).isEqualTo(2);
        assertThat(ev.get("unmatched").asInt()).isZero();
        // e2 is matched (A, B) but C has no such event
        assertThat(ev.get("notCodedByAll").asInt()).isEqualTo(1);
        assertThat(ev.get("unitizingDisagreements").asInt()).isEqualTo(1);
        CapturedCli text = new CapturedCli();
        assertThat(text.run("agreement", a.toString(), b.toString(), c.toString())).as(text.err()).isEqualTo(0);
        assertThat(text.out()).containsPattern("(?m)^type\\s+nominal\\s+2\\s+3\\s.*\\s0 \\(\\+1 value\\)$")
                .contains("Disagreements to adjudicate: 1 — 0 on fields of matched events (unit, field, each coder's value, below),"
                        + " 1 on whether an event exists (1 matched but not coded by every coder)")
                .doesNotContain("Unmatched events");
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
            // nothing is matched in a table: no left-out counts, no events
            assertThat(f.has("leftOutUnits")).isFalse();
            assertThat(new ObjectMapper().readTree(out.toFile()).has("events")).isFalse();
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
