package org.glassbox.io.xes;

import org.glassbox.io.log.EventLogFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.io.csvlog.CsvLogMapping;
import org.glassbox.io.csvlog.CsvLogReader;
import org.glassbox.io.csvlog.CsvLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XesReaderTest {

    private static XesReadReport parse(String xml, XesReader.Options o) throws IOException {
        byte[] b = xml.getBytes(StandardCharsets.UTF_8);
        return new XesReader(o).read(new ByteArrayInputStream(b), Path.of("t.xes"), b.length);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(XesReaderTest.class.getResource("/process/" + name).toURI());
    }

    @Test
    void typedAttributesTraceAttributesAndLists() throws IOException {
        String xml = """
                <?xml version="1.0"?>
                <log><string key="creator" value="me"/>
                <global scope="event"><string key="concept:name" value="x"/></global>
                <trace><string key="concept:name" value="c1"/><int key="fee" value="120"/>
                  <event><string key="concept:name" value="a"/><int key="n" value="7"/><float key="f" value="2.5"/>
                    <boolean key="ok" value="true"/><date key="due" value="2020-01-02T00:00:00Z"/>
                    <date key="time:timestamp" value="2020-01-01T00:00:00+02:00"/>
                    <list key="tags"><values><string key="t" value="x"/><string key="t" value="y"/></values></list>
                    <string key="nested" value="v"><string key="child" value="ignored"/></string>
                  </event>
                </trace></log>
                """;
        EventLog log = parse(xml, XesReader.Options.defaults()).log();
        assertThat(log.logAttributes()).containsEntry("creator", "me");
        assertThat(log.caseAttributes().get("fee").longValue(0)).isEqualTo(120L);
        assertThat(log.events().attribute("n").kind()).isEqualTo(AttributeColumn.Kind.LONG);
        assertThat(log.events().attribute("f").doubleValue(0)).isEqualTo(2.5);
        assertThat(log.events().attribute("ok").booleanValue(0)).isTrue();
        assertThat(log.events().attribute("due").kind()).isEqualTo(AttributeColumn.Kind.TIME);
        assertThat(log.events().attribute("tags").text(0)).isEqualTo("[x, y]");
        assertThat(log.events().attribute("nested").text(0)).isEqualTo("v");
        assertThat(log.events().attribute("child")).isNull();
        assertThat(log.events().time(0)).isEqualTo(1577829600000L); // 2019-12-31T22:00Z
        assertThat(log.warnings()).containsExactly("1 events without org:resource");
    }

    @Test
    void refusesDtdAndExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE log [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<log><trace><event><string key=\"concept:name\" value=\"&x;\"/></event></trace></log>";
        assertThatThrownBy(() -> parse(xxe, XesReader.Options.defaults()))
                .isInstanceOf(EventLogFormatException.class).hasMessageContaining("t.xes");
    }

    @Test
    void malformedXmlGivesLineAndColumn() {
        String bad = "<log>\n<trace>\n<event><string key=\"concept:name\" value=\"a\"></event>\n</trace></log>";
        assertThatThrownBy(() -> parse(bad, XesReader.Options.defaults()))
                .isInstanceOfSatisfying(EventLogFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isPositive();
                    assertThat(e.getMessage()).startsWith("t.xes:3:");
                });
        assertThatThrownBy(() -> parse("<html/>", XesReader.Options.defaults()))
                .isInstanceOf(EventLogFormatException.class).hasMessageContaining("not an XES file");
    }

    @Test
    void guardsAgainstHugeInputs() throws Exception {
        byte[] b = Files.readAllBytes(resource("running-example.xes"));
        assertThatThrownBy(() -> new XesReader(XesReader.Options.defaults().withLimits(10, 1L << 30))
                .read(new ByteArrayInputStream(b), Path.of("r.xes"), b.length))
                .isInstanceOf(EventLogFormatException.class).hasMessageContaining("more than 10 events");
        assertThatThrownBy(() -> new XesReader(XesReader.Options.defaults().withLimits(1000, 4096))
                .read(new ByteArrayInputStream(b), Path.of("r.xes"), b.length))
                .isInstanceOf(EventLogFormatException.class).hasMessageContaining("larger than 4096 bytes");
    }

    @Test
    void reportsProgress() throws Exception {
        AtomicLong last = new AtomicLong();
        new XesReader(XesReader.Options.defaults().withProgress((read, total, events) -> last.set(events)))
                .readWithReport(resource("roadtraffic100traces.xes"));
        assertThat(last.get()).isEqualTo(390);
    }

    @Test
    void xesAndCsvRoundTrip(@TempDir Path tmp) throws Exception {
        EventLog log = XesReader.read(resource("running-example.xes"));
        Path xes = tmp.resolve("out.xes.gz");
        XesWriter.write(log, xes);
        EventLog back = XesReader.read(xes);
        Path csv = tmp.resolve("out.csv");
        CsvLogWriter.write(log, csv);
        EventLog fromCsv = CsvLogReader.read(csv, CsvLogMapping.defaults());
        DirectlyFollowsGraph g = ProcessMining.discoverPerformanceDfg(log);
        for (EventLog other : List.of(back, fromCsv)) {
            assertThat(other.events().size()).isEqualTo(log.events().size());
            assertThat(ProcessMining.discoverPerformanceDfg(other)).isEqualTo(g);
            assertThat(ProcessMining.handoverOfWork(other)).isEqualTo(ProcessMining.handoverOfWork(log));
            assertThat(times(other)).isEqualTo(times(log));
        }
        assertThat(back.events().attribute("Costs").text(0)).isEqualTo("50");
        assertThat(back.caseAttributes().get("creator").text(0)).isEqualTo("Fluxicon Nitro");
        StringWriter w = new StringWriter();
        XesWriter.write(log, w);
        assertThat(w.toString()).contains("<date key=\"time:timestamp\" value=\"2010-12-30T13:32:00.000+00:00\"/>");
    }

    private static List<Long> times(EventLog l) {
        List<Long> t = new ArrayList<>();
        for (int i = 0; i < l.events().size(); i++) {
            t.add(l.events().time(i));
        }
        return t;
    }

    /** The fast scanner and the JDK's StAX parser give identical logs on every fixture. */
    @Test
    void scannerEqualsStax() throws Exception {
        List<Path> files = new ArrayList<>(List.of(resource("running-example.xes"), resource("roadtraffic100traces.xes")));
        try (var s = Files.list(resource("edge-cases"))) {
            s.filter(p -> p.toString().endsWith(".xes")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            XesReadReport fast = new XesReader(XesReader.Options.defaults()).readWithReport(f);
            XesReadReport stax = new XesReader(XesReader.Options.defaults(), true).readWithReport(f);
            assertThat(dump(fast.log())).as("%s", f).isEqualTo(dump(stax.log()));
            assertThat(fast.lifecycleTransitions()).isEqualTo(stax.lifecycleTransitions());
            assertThat(fast.log().warnings()).isEqualTo(stax.log().warnings());
            assertThat(fast.log().logAttributes()).isEqualTo(stax.log().logAttributes());
        }
        String tricky = "<?xml version='1.0' encoding='UTF-8'?>\n<!-- c --><log><trace><string key='concept:name' value='c&amp;1'/>"
                + "<event><string key=\"concept:name\" value=\"a&#233;&#x20AC;&lt;&quot;\tb\"/><![CDATA[ x ]]></event></trace></log>";
        EventLog a = parse(tricky, XesReader.Options.defaults()).log();
        byte[] b = tricky.getBytes(StandardCharsets.UTF_8);
        EventLog s = new XesReader(XesReader.Options.defaults(), true).read(new ByteArrayInputStream(b), Path.of("t.xes"), b.length).log();
        assertThat(a.events().typeName(0)).isEqualTo("a\u00e9\u20ac<\" b").isEqualTo(s.events().typeName(0));
        assertThat(a.events().caseIds().value(0)).isEqualTo("c&1");
    }

    @Test
    void scannerRefusesMalformedInputWithPositions() {
        String[] bad = {
                "<log>\n<trace></event></log>",
                "<log><trace>\n  <event><string key=\"k\" value=\"&foo;\"/></event></trace></log>",
                "<log><trace><event><string key=k value=\"v\"/></event></trace></log>",
                "<log><trace>",
                "<log></log><log></log>",
                "<log><string key=\"a\" value=\"x<y\"/></log>",
        };
        for (String x : bad) {
            assertThatThrownBy(() -> parse(x, XesReader.Options.defaults())).as(x)
                    .isInstanceOfSatisfying(EventLogFormatException.class, e -> {
                        assertThat(e.line()).isPositive();
                        assertThat(e.getMessage()).startsWith("t.xes:");
                    });
        }
        assertThatThrownBy(() -> parse(bad[1], XesReader.Options.defaults()))
                .isInstanceOfSatisfying(EventLogFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    /** A latin-1 file goes to StAX (the scanner reads UTF-8 only). */
    @Test
    void otherEncodingsFallBackToStax() throws IOException {
        String x = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><log><trace><string key=\"concept:name\" value=\"c\"/>"
                + "<event><string key=\"concept:name\" value=\"caf\u00e9\"/></event></trace></log>";
        byte[] b = x.getBytes(StandardCharsets.ISO_8859_1);
        EventLog l = new XesReader(XesReader.Options.defaults()).read(new ByteArrayInputStream(b), Path.of("l.xes"), b.length).log();
        assertThat(l.events().typeName(0)).isEqualTo("caf\u00e9");
    }

    private static List<String> dump(EventLog l) {
        List<String> out = new ArrayList<>();
        var s = l.events();
        for (int i = 0; i < s.size(); i++) {
            StringBuilder sb = new StringBuilder();
            sb.append(s.caseIds().value(s.caseOf(i))).append('|').append(s.typeName(i)).append('|').append(s.time(i));
            for (int k = s.actorsFrom(i); k < s.actorsTo(i); k++) {
                sb.append('|').append(s.actors().value(s.actorAt(k)));
            }
            for (AttributeColumn c : s.attributes().values()) {
                sb.append('|').append(c.name()).append('=').append(c.text(i));
            }
            out.add(sb.toString());
        }
        l.caseAttributes().forEach((k, c) -> {
            for (int i = 0; i < c.size(); i++) {
                out.add("case " + k + "=" + c.text(i));
            }
        });
        return out;
    }
}
