package org.glassbox.io.csvlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.DfgEdge;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.io.log.EventLogFormatException;
import org.glassbox.io.log.ReadProgress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CsvLogReaderTest {

    private static EventLog parse(String csv, CsvLogMapping m) throws IOException {
        return new CsvLogReader(m, ReadProgress.NONE).read(new StringReader(csv), Path.of("t.csv"), csv.length());
    }

    @Test
    void mappingQuotesTypesAndCaseAttributes() throws IOException {
        String csv = "id,task,when,who,amount,note,case:dept\r\n"
                + "c1,a,2020-01-01T10:00:00+01:00,R1,12,\"x, \"\"quoted\"\"\",D1\r\n"
                + "c1,b,2020-01-01T10:30:00Z,,1.5,,D1\r\n"
                + "c2,a,2020-01-02 08:00:00,R2,3,\"multi\nline\",D2\n";
        EventLog log = parse(csv, CsvLogMapping.defaults().withCase("id").withActivity("task").withTimestamp("when")
                .withResource("who"));
        assertThat(log.events().size()).isEqualTo(3);
        assertThat(log.events().caseIds().values()).containsExactly("c1", "c2");
        assertThat(log.events().time(0)).isEqualTo(1577869200000L); // 09:00Z
        assertThat(log.events().attribute("note").text(0)).isEqualTo("x, \"quoted\"");
        assertThat(log.events().attribute("note").text(2)).isEqualTo("multi\nline");
        assertThat(log.events().attribute("amount").kind()).isEqualTo(AttributeColumn.Kind.DOUBLE);
        assertThat(log.caseAttributes().get("dept").text(1)).isEqualTo("D2");
        assertThat(log.warnings()).containsExactly("1 events without resource");
        DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(log);
        assertThat(g.edges()).singleElement().satisfies(e -> {
            assertThat(e.source() + e.target()).isEqualTo("ab");
            assertThat(e.performance().mean()).isEqualTo(5400.0);
        });
    }

    @Test
    void mappedColumnsOnly() throws IOException {
        String csv = "case:concept:name,concept:name,time:timestamp,org:resource,amount,case:dept\nc1,a,2020-01-01,R,5,D\n"
                + "c1,b,2020-01-02,\"R,2\",\"x, \"\"y\"\"\",D\n";
        EventLog log = parse(csv, CsvLogMapping.defaults().withAttributes(false));
        assertThat(log.events().size()).isEqualTo(2);
        assertThat(log.events().actors().value(1)).isEqualTo("R,2");
        assertThat(log.events().attributes()).isEmpty();
        assertThat(log.caseAttributes()).isEmpty();
        assertThat(log.events().actors().values()).containsExactly("R", "R,2");
        assertThat(parse(csv, CsvLogMapping.defaults()).events().attribute("amount").text(1)).isEqualTo("x, \"y\"");
    }

    @Test
    void strftimeFormat() throws IOException {
        String csv = "case:concept:name,concept:name,time:timestamp\nc1,a,31/12/2019 23:59\nc1,b,01/01/2020 00:01\n";
        EventLog log = parse(csv, CsvLogMapping.defaults().withTimestampFormat("%d/%m/%Y %H:%M"));
        assertThat(log.events().time(1) - log.events().time(0)).isEqualTo(120_000L);
    }

    @Test
    void errorsCarryPositions() {
        String bad = "case:concept:name,concept:name,time:timestamp\nc1,a,2020-01-01\nc1,\"b,2020-01-01\n";
        assertThatThrownBy(() -> parse(bad, CsvLogMapping.defaults()))
                .isInstanceOfSatisfying(EventLogFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("t.csv:3:4").contains("unterminated");
                });
        assertThatThrownBy(() -> parse("case:concept:name,concept:name,time:timestamp\nc1,a\n", CsvLogMapping.defaults()))
                .isInstanceOfSatisfying(EventLogFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
        assertThatThrownBy(() -> parse("case,act,time\n", CsvLogMapping.defaults()))
                .isInstanceOfSatisfying(EventLogFormatException.class, e -> assertThat(e.getMessage()).contains("--case"));
    }

    /** pm4py's receipt.csv is the same log as Receipt_WABO_CoSeLoG.xes.gz: same counts; true-instant durations. */
    @Test
    void receiptCsvEqualsPm4pyReference() throws IOException {
        Path dir = Path.of(System.getProperty("glassbox.shared", "../../shared"), "data", "process");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + "; skipping");
        EventLog log = CsvLogReader.read(dir.resolve("logs/receipt_pm4py.csv"), CsvLogMapping.defaults());
        JsonNode ex = new ObjectMapper().readTree(dir.resolve("expected/Receipt_WABO_CoSeLoG.xes.gz.json").toFile());
        assertThat(log.events().size()).isEqualTo(ex.get("events").asInt());
        CaseView v = ProcessMining.caseView(log);
        assertThat(v.nonEmptyCases()).isEqualTo(ex.get("cases").asInt());
        DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(v, SequenceOrder.FILE);
        JsonNode aware = ex.get("offset_aware").get("performance_dfg");
        JsonNode perf = aware.isTextual() ? ex.get("performance_dfg") : aware;
        List<String> got = new ArrayList<>();
        List<String> want = new ArrayList<>();
        ex.get("dfg").forEach(r -> want.add(r.get(0).asText() + "|" + r.get(1).asText() + "|" + r.get(2).asLong()));
        for (DfgEdge e : g.edges()) {
            got.add(e.source() + "|" + e.target() + "|" + e.count());
        }
        assertThat(got).isEqualTo(want);
        for (int i = 0; i < perf.size(); i++) {
            double m = perf.get(i).get(2).asDouble();
            assertThat(g.edges().get(i).performance().mean()).isCloseTo(m, within(Math.max(1e-6, m * 1e-9)));
        }
        assertThat(log.caseAttributes()).containsKey("channel");
        assertThat(log.events().attribute("org:group")).isNotNull();
    }
}
