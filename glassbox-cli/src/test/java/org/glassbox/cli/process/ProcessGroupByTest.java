package org.glassbox.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.cli.CapturedCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code process compare LOG --group-by ATTR}, and what {@code --engine spark} refuses before it starts. */
class ProcessGroupByTest {
    @TempDir
    Path tmp;

    static final ObjectMapper JSON = new ObjectMapper();

    static final String HEADER = "case:concept:name,concept:name,time:timestamp,org:resource,case:county,desk\n";
    /** Two counties; case ids out of time order; a tie in k2 (b and c at 10:00, file order decides). */
    static final String NORTH = """
            k9,a,2024-05-01T08:00:00Z,R1,north,d1
            k9,b,2024-05-01T09:30:00Z,R2,north,d2
            k1,a,2024-05-01T07:00:00Z,R1,north,d1
            k1,c,2024-05-01T08:00:00Z,R3,north,d2
            """;
    static final String SOUTH = """
            k2,a,2024-05-02T08:00:00Z,R2,south,d1
            k2,b,2024-05-02T10:00:00Z,,south,d1
            k2,c,2024-05-02T10:00:00Z,R1,south,d2
            k4,a,2024-05-03T08:00:00Z,R2,south,d2
            k4,b,2024-05-03T08:05:00Z,R2,south,d2
            """;

    Path write(String name, String body) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, HEADER + body, StandardCharsets.UTF_8);
        return p;
    }

    /** Interleaves the counties' rows as one municipal log holds them. */
    static String interleaved() {
        String[] n = NORTH.split("\n");
        String[] s = SOUTH.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.max(n.length, s.length); i++) {
            if (i < s.length) {
                sb.append(s[i]).append('\n');
            }
            if (i < n.length) {
                sb.append(n[i]).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void groupsCompareAsSeparateLogs() throws Exception {
        Path all = write("all.csv", interleaved());
        Path north = write("county=north", NORTH);
        Path south = write("county=south", SOUTH);
        CapturedCli grouped = new CapturedCli();
        assertThat(grouped.run("process", "compare", all.toString(), "--group-by", "county", "--json", "-")).isZero();
        CapturedCli separate = new CapturedCli();
        // files named like the groups, so that the whole JSON must agree; but a file so named is not a .csv: map by content
        Path n = Files.copy(north, tmp.resolve("n.csv"));
        Path s = Files.copy(south, tmp.resolve("s.csv"));
        assertThat(separate.run("process", "compare", n.toString(), s.toString(), "--json", "-")).isZero();
        ObjectNode g = (ObjectNode) JSON.readTree(grouped.out());
        ObjectNode e = (ObjectNode) JSON.readTree(separate.out());
        assertThat(g.get("logs").toString()).isEqualTo("[\"county=north\",\"county=south\"]");
        assertThat(g.get("cases").toString()).isEqualTo("[2,2]");
        g.remove("logs");
        e.remove("logs");
        assertThat(g.toString().replace("county=north", "n.csv").replace("county=south", "s.csv")).isEqualTo(e.toString());
        // the tie in k2 is ordered by file position: b before c
        JsonNode bc = null;
        for (JsonNode edge : JSON.readTree(grouped.out()).get("edges")) {
            if (edge.get("source").asText().equals("b") && edge.get("target").asText().equals("c")) {
                bc = edge;
            }
        }
        assertThat(bc).isNotNull();
        assertThat(bc.get("counts").toString()).isEqualTo("[0,1]");
    }

    /** A real log (BPI receipt, 1,434 cases): the groups by channel are the log filtered to each channel. */
    @Test
    void receiptByChannelEqualsTheFilteredLogs() throws Exception {
        Path log = ProcessCommandTest.shared().resolve("logs/receipt_pm4py.csv");
        CapturedCli grouped = new CapturedCli();
        assertThat(grouped.run("process", "compare", log.toString(), "--group-by", "channel", "--json", "-")).isZero();
        JsonNode g = JSON.readTree(grouped.out());
        int total = 0;
        for (int i = 0; i < g.get("logs").size(); i++) {
            String channel = g.get("logs").get(i).asText().substring("channel=".length());
            CapturedCli one = new CapturedCli();
            assertThat(one.run("process", "dfg", log.toString(), "--case-attribute", "channel=" + channel, "--json", "-")).isZero();
            JsonNode d = JSON.readTree(one.out());
            assertThat(g.get("cases").get(i).asInt()).isEqualTo(d.get("cases").asInt());
            total += d.get("cases").asInt();
            java.util.Map<String, Long> want = new java.util.HashMap<>();
            d.get("edges").forEach(e -> want.put(e.get("source").asText() + ">" + e.get("target").asText(), e.get("count").asLong()));
            java.util.Map<String, Long> got = new java.util.HashMap<>();
            for (JsonNode e : g.get("edges")) {
                long n = e.get("counts").get(i).asLong();
                if (n > 0) {
                    got.put(e.get("source").asText() + ">" + e.get("target").asText(), n);
                }
            }
            assertThat(got).as(channel).isEqualTo(want);
        }
        assertThat(g.get("logs").size()).isGreaterThan(1);
        assertThat(total).isEqualTo(1434);
    }

    @Test
    void eventAttributeAndText() throws Exception {
        Path all = write("all.csv", interleaved());
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("process", "compare", all.toString(), "--group-by", "desk")).isZero();
        assertThat(cli.out()).contains("[1] desk=d1").contains("[2] desk=d2").contains("[1]-[2]");
    }

    @Test
    void unknownAttributeIsBadInputNamingTheKnownOnesNearestFirst() throws Exception {
        Path all = write("all.csv", interleaved());
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("process", "compare", all.toString(), "--group-by", "dsk")).isEqualTo(1);
        assertThat(cli.err()).contains("all.csv: no case or event attribute 'dsk'; known: desk, county");
        assertThat(cli.out()).isEmpty();
        CapturedCli one = new CapturedCli();
        assertThat(one.run("process", "compare", write("north.csv", NORTH).toString(), "--group-by", "county")).isEqualTo(1);
        assertThat(one.err()).contains("'county' has 1 value");
        CapturedCli two = new CapturedCli();
        assertThat(two.run("process", "compare", all.toString(), all.toString(), "--group-by", "county")).isEqualTo(2);
        assertThat(two.err()).contains("--group-by compares the groups of one LOG");
    }

    @Test
    void sparkEngineRefusesWhatItCannotDoBeforeStarting() throws Exception {
        Path all = write("all.csv", interleaved());
        CapturedCli master = new CapturedCli();
        assertThat(master.run("process", "dfg", all.toString(), "--master", "local[2]")).isEqualTo(2);
        assertThat(master.err()).contains("--master applies to --engine spark only");
        CapturedCli filters = new CapturedCli();
        assertThat(filters.run("process", "dfg", all.toString(), "--engine", "spark", "--from", "2024-05-02",
                "--export-csv", tmp.resolve("x.csv").toString())).isEqualTo(2);
        assertThat(filters.err()).contains("applies no filters").contains("need the embedded engine");
        Path xes = tmp.resolve("log.xes");
        Files.writeString(xes, "<log/>");
        CapturedCli format = new CapturedCli();
        assertThat(format.run("process", "stats", xes.toString(), "--engine", "spark")).isEqualTo(1);
        assertThat(format.err()).contains("reads Parquet").contains("glassbox convert log.xes LOG.parquet");
        CapturedCli unknown = new CapturedCli();
        assertThat(unknown.run("process", "dfg", all.toString(), "--engine", "flink")).isEqualTo(2);
    }

    @Test
    void sparkEngineNotBuiltSaysHowToBuildIt() throws Exception {
        Path all = write("all.csv", interleaved());
        String before = System.getProperty("glassbox.spark.home");
        System.setProperty("glassbox.spark.home", tmp.resolve("no-build").toString());
        try {
            CapturedCli cli = new CapturedCli();
            assertThat(cli.run("process", "compare", all.toString(), "--group-by", "county", "--engine", "spark")).isEqualTo(1);
            assertThat(cli.err()).contains("the Spark engine is not built").contains(SparkEngines.BUILD);
            assertThat(cli.out()).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty("glassbox.spark.home");
            } else {
                System.setProperty("glassbox.spark.home", before);
            }
        }
    }
}
