package org.glassbox.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProcessCommandTest {
    @TempDir
    Path tmp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    static final ObjectMapper JSON = new ObjectMapper();

    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    static final String XES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <log xes.version="1.0">
              <trace><string key="concept:name" value="c1"/><string key="dept" value="north"/>
                <event><string key="concept:name" value="a"/><string key="org:resource" value="R1"/><date key="time:timestamp" value="2015-03-29T01:30:00+01:00"/></event>
                <event><string key="concept:name" value="b"/><string key="org:resource" value="R2"/><date key="time:timestamp" value="2015-03-29T03:30:00+02:00"/></event>
              </trace>
              <trace><string key="concept:name" value="c2"/><string key="dept" value="south"/>
                <event><string key="concept:name" value="a"/><string key="org:resource" value="R2"/><date key="time:timestamp" value="2015-04-01T10:00:00+02:00"/></event>
                <event><string key="concept:name" value="b"/><date key="time:timestamp" value="2015-04-01T13:00:00+02:00"/></event>
                <event><string key="concept:name" value="c"/><string key="org:resource" value="R1"/><date key="time:timestamp" value="2015-04-02T10:00:00+02:00"/></event>
              </trace>
            </log>
            """;

    Path xes() throws Exception {
        Path p = tmp.resolve("small.xes");
        Files.writeString(p, XES, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void dfgJsonHasPm4pyShape() throws Exception {
        assertThat(run("process", "dfg", xes().toString(), "--performance", "--json", "-")).isZero();
        JsonNode j = JSON.readTree(out.toString());
        assertThat(j.get("start_activities").get("a").asLong()).isEqualTo(2);
        assertThat(j.get("end_activities").get("b").asLong()).isEqualTo(1);
        assertThat(j.get("end_activities").get("c").asLong()).isEqualTo(1);
        JsonNode ab = j.get("edges").get(0);
        assertThat(ab.get("source").asText() + ab.get("target").asText()).isEqualTo("ab");
        assertThat(ab.get("count").asLong()).isEqualTo(2);
        // 1 h across the DST switch (pm4py: 2 h) and 3 h: mean 2 h
        assertThat(ab.get("mean").asDouble()).isEqualTo(7200.0);
        assertThat(ab.get("min").asDouble()).isEqualTo(3600.0);
        assertThat(ab.get("max").asDouble()).isEqualTo(10800.0);
        assertThat(ab.get("median").asDouble()).isEqualTo(7200.0);
        out.getBuffer().setLength(0);
        assertThat(run("process", "dfg", xes().toString(), "--performance", "--wall-clock", "--json", "-")).isZero();
        assertThat(JSON.readTree(out.toString()).get("edges").get(0).get("min").asDouble()).isEqualTo(7200.0);
    }

    @Test
    void textOutputAndJsonFile() throws Exception {
        Path j = tmp.resolve("stats.json");
        assertThat(run("process", "stats", xes().toString(), "--json", j.toString())).isZero();
        assertThat(out.toString()).contains("events      5").contains("cases       2").contains("2015-03");
        JsonNode s = JSON.readTree(j.toFile());
        assertThat(s.get("events_without_resource").asInt()).isEqualTo(1);
        assertThat(s.get("variants").asInt()).isEqualTo(2);
        assertThat(s.get("phases").isArray()).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("process", "dfg", xes().toString())).isZero();
        assertThat(out.toString()).contains("a -> b").contains("start: a (2)");
    }

    @Test
    void handoverWithMissingResource() throws Exception {
        assertThat(run("process", "handover", xes().toString(), "--json", "-")).isZero();
        JsonNode j = JSON.readTree(out.toString());
        JsonNode how = j.get("handover_of_work");
        assertThat(how.get("denominator").asLong()).isEqualTo(3);
        assertThat(how.get("events_without_resource").asLong()).isEqualTo(1);
        assertThat(how.get("resources").toString()).contains("__missing__");
        out.getBuffer().setLength(0);
        assertThat(run("process", "handover", xes().toString(), "--missing-resource", "skip", "--json", "-")).isZero();
        assertThat(JSON.readTree(out.toString()).get("handover_of_work").get("denominator").asLong()).isEqualTo(1);
        assertThat(run("process", "handover", xes().toString(), "--missing-resource", "maybe")).isEqualTo(2);
    }

    @Test
    void aNegativeTopIsAUsageErrorBeforeAnyLogIsRead() throws Exception {
        for (String cmd : new String[] {"dfg", "handover", "ocdfg", "compare"}) {
            err.getBuffer().setLength(0);
            // the log does not exist: the option is named first, as a usage error (exit 2), not the missing file
            assertThat(run("process", cmd, tmp.resolve("absent.xes").toString(), "--top", "-1")).as(cmd).isEqualTo(2);
            assertThat(err.toString()).as(cmd).contains("--top must be at least 0 edges, not -1");
        }
        assertThat(run("process", "dfg", xes().toString(), "--top", "0")).isZero();
        assertThat(out.toString()).contains("more edges (--top N, or --json for all)");
    }

    @Test
    void filtersAndExportRoundTrip() throws Exception {
        Path csv = tmp.resolve("f.csv");
        assertThat(run("process", "stats", xes().toString(), "--case-attribute", "dept=south", "--export-csv", csv.toString(),
                "--json", "-")).isZero();
        assertThat(JSON.readTree(out.toString()).get("cases").asInt()).isEqualTo(1);
        out.getBuffer().setLength(0);
        Path x = tmp.resolve("f.xes.gz");
        assertThat(run("process", "dfg", csv.toString(), "--export-xes", x.toString(), "--json", "-")).isZero();
        assertThat(JSON.readTree(out.toString()).get("edges").size()).isEqualTo(2);
        out.getBuffer().setLength(0);
        assertThat(run("process", "dfg", x.toString(), "--from", "2015-04-01T10:00:00Z", "--window", "events", "--json", "-")).isZero();
        JsonNode j = JSON.readTree(out.toString());
        assertThat(j.get("events").asInt()).isEqualTo(2);
        assertThat(j.get("start_activities").has("b")).isTrue();
    }

    @Test
    void csvMappingOptions() throws Exception {
        Path csv = tmp.resolve("m.csv");
        Files.writeString(csv, "id;step;at;who\n1;x;01.02.2020 10:00;A\n1;y;01.02.2020 11:30;B\n", StandardCharsets.UTF_8);
        assertThat(run("process", "dfg", csv.toString(), "--case", "id", "--activity", "step", "--timestamp", "at",
                "--resource", "who", "--separator", ";", "--timestamp-format", "dd.MM.yyyy HH:mm", "--performance",
                "--json", "-")).isZero();
        assertThat(JSON.readTree(out.toString()).get("edges").get(0).get("mean").asDouble()).isEqualTo(5400.0);
    }

    @Test
    void badInputExitsOneWithPositionAndNoStackTrace() throws Exception {
        Path bad = tmp.resolve("bad.xes");
        Files.writeString(bad, "<log>\n<trace>\n<event></trace>\n</log>\n", StandardCharsets.UTF_8);
        assertThat(run("process", "dfg", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.xes:3:").doesNotContain("Exception").doesNotContain("\tat ");
        err.getBuffer().setLength(0);
        assertThat(run("process", "stats", tmp.resolve("nope.xes").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "case:concept:name,concept:name,time:timestamp\nc1,a\n", StandardCharsets.UTF_8);
        assertThat(run("process", "stats", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv:2");
        assertThat(run("process", "compare", xes().toString())).isEqualTo(2);
    }

    static Path shared() {
        Path dir = Path.of(System.getProperty("glassbox.shared", "../../shared"), "data", "process");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + "; skipping");
        return dir;
    }

    /** BPIC 2015: the same permit process in five municipalities. */
    @Test
    void compareFiveMunicipalities() throws Exception {
        Path dir = shared();
        List<String> args = new ArrayList<>(List.of("process", "compare"));
        for (int i = 1; i <= 5; i++) {
            args.add(dir.resolve("logs/BPIC15_" + i + ".xes.gz").toString());
        }
        Path j = tmp.resolve("cmp.json");
        args.addAll(List.of("--json", j.toString()));
        assertThat(run(args.toArray(new String[0]))).isZero();
        assertThat(out.toString()).contains("variant overlap").contains("BPIC15_5.xes.gz");
        JsonNode c = JSON.readTree(j.toFile());
        assertThat(c.get("logs").size()).isEqualTo(5);
        assertThat(c.get("cases").toString()).isEqualTo("[1199,832,1409,1053,1156]");
        assertThat(c.get("variant_overlap").size()).isEqualTo(10);
        assertThat(c.get("shared_activities").size()).isPositive();
        // per-log edge counts in the comparison equal pm4py's DFG of each municipality
        for (int i = 1; i <= 3; i++) {
            JsonNode ex = JSON.readTree(dir.resolve("expected/BPIC15_" + i + ".xes.gz.json").toFile());
            Map<String, Long> want = new HashMap<>();
            ex.get("dfg").forEach(r -> want.put(r.get(0).asText() + "|" + r.get(1).asText(), r.get(2).asLong()));
            Map<String, Long> got = new HashMap<>();
            int shared = 0;
            for (JsonNode e : c.get("edges")) {
                long n = e.get("counts").get(i - 1).asLong();
                if (n > 0) {
                    got.put(e.get("source").asText() + "|" + e.get("target").asText(), n);
                }
                if (e.get("present_in").asInt() == 5) {
                    shared++;
                }
            }
            assertThat(got).isEqualTo(want);
            assertThat(c.get("shared_edges").asInt()).isEqualTo(shared);
            assertThat(c.get("handover_of_work").get(i - 1).get("denominator").asLong())
                    .isEqualTo(ex.get("handover_of_work_denominator").asLong());
        }
    }

    @Test
    void statsPhasesOnReceipt() throws Exception {
        Path dir = shared();
        assertThat(run("process", "stats", dir.resolve("logs/Receipt_WABO_CoSeLoG.xes.gz").toString(), "--json", "-")).isZero();
        JsonNode j = JSON.readTree(out.toString());
        assertThat(j.get("cases").asInt()).isEqualTo(1434);
        assertThat(j.get("events").asInt()).isEqualTo(8577);
        for (JsonNode p : j.get("phases")) {
            assertThat(p.get("gain").asDouble()).isPositive();
            assertThat(p.get("shifts").size()).isPositive();
        }
    }

    @Test
    void ocdfgOnOcel() throws Exception {
        Path dir = shared();
        assertThat(run("process", "ocdfg", dir.resolve("logs/ocel20_example.jsonocel").toString(), "--json", "-")).isZero();
        JsonNode j = JSON.readTree(out.toString());
        JsonNode ex = JSON.readTree(dir.resolve("expected/ocel20_example.jsonocel.json").toFile());
        assertThat(j.get("edges").size()).isEqualTo(ex.get("ocdfg_edges").size());
        assertThat(j.get("object_types").toString()).isEqualTo(ex.get("ocdfg_object_types").toString());
    }
}
