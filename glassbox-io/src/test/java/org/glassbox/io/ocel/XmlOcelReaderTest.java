package org.glassbox.io.ocel;

import org.glassbox.io.EventLogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.core.model.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlOcelReaderTest {

    @TempDir
    Path dir;

    private static final String SMALL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <log>
              <object-types>
                <object-type name="order"><attributes><attribute name="amount" type="float"/></attributes></object-type>
              </object-types>
              <event-types>
                <event-type name="place"><attributes><attribute name="n" type="integer"/></attributes></event-type>
              </event-types>
              <objects>
                <object id="o1" type="order">
                  <attributes>
                    <attribute name="amount" time="1970-01-01T00:00:00Z">10.5</attribute>
                    <attribute name="amount" time="2024-01-03T00:00:00Z">12</attribute>
                  </attributes>
                  <objects>
                    <relationship object-id="o2" qualifier="next"/>
                    <object object-id="o3" qualifier="gone" type="order"/>
                  </objects>
                </object>
                <object id="o2" type="order"/>
              </objects>
              <events>
                <event id="e1" type="place" time="2024-01-02T10:00:00+02:00">
                  <attributes><attribute name="n">7</attribute><attribute name="note">北京 &amp; co</attribute></attributes>
                  <objects><relationship object-id="o1" qualifier="placed"/></objects>
                </event>
              </events>
            </log>
            """;

    @Test
    void readsBothRelationshipElementForms() throws IOException {
        Path f = dir.resolve("s.xmlocel");
        Files.writeString(f, SMALL);
        EventLog log = EventLogs.read(f);
        assertThat(log.events().size()).isEqualTo(1);
        assertThat(log.events().time(0)).isEqualTo(java.time.Instant.parse("2024-01-02T08:00:00Z").toEpochMilli());
        assertThat(log.events().attribute("n").longValue(0)).isEqualTo(7);
        assertThat(log.events().attribute("note").text(0)).isEqualTo("北京 & co");
        assertThat(log.objects().relations()).isEqualTo(1);
        assertThat(log.objects().danglingRelations()).singleElement()
                .satisfies(d -> assertThat(d.targetId()).isEqualTo("o3"));
        assertThat(log.objects().changes()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("12"));
        assertThat(log.objects().attributes().get("amount").text(0)).isEqualTo("10.5");
    }

    @Test
    void anExternalEntityIsRefusedNotResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        Path f = dir.resolve("xxe.xmlocel");
        Files.writeString(f, """
                <?xml version="1.0"?>
                <!DOCTYPE log [ <!ENTITY xxe SYSTEM "%s"> ]>
                <log><object-types/><event-types/><objects/>
                <events><event id="e1" type="a" time="2024-01-01T00:00:00Z">
                <attributes><attribute name="x">&xxe;</attribute></attributes><objects/></event></events></log>
                """.formatted(secret.toUri()));
        assertThatThrownBy(() -> EventLogs.read(f))
                .isInstanceOf(OcelFormatException.class)
                .hasMessageNotContaining("TOP-SECRET")
                .satisfies(e -> assertThat(((OcelFormatException) e).line()).isPositive());
    }

    @Test
    void aBillionLaughsIsRefused() throws IOException {
        Path f = dir.resolve("lol.xmlocel");
        Files.writeString(f, """
                <?xml version="1.0"?>
                <!DOCTYPE log [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
                <log><events><event id="e" type="t" time="2024-01-01T00:00:00Z"><attributes>
                <attribute name="x">&b;</attribute></attributes><objects/></event></events></log>
                """);
        assertThatThrownBy(() -> EventLogs.read(f)).isInstanceOf(OcelFormatException.class);
    }

    @Test
    void errorsCarryLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.xmlocel");
        Files.writeString(f, "<log>\n<events>\n<event id=\"e1\" type=\"a\" time=\"noon\"/>\n</events></log>");
        assertThatThrownBy(() -> EventLogs.read(f))
                .isInstanceOfSatisfying(OcelFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("'noon' is not an ISO 8601 timestamp");
        Path g = dir.resolve("broken.xmlocel");
        Files.writeString(g, "<log>\n<events>\n<event id=\"e1\" </events></log>");
        assertThatThrownBy(() -> EventLogs.read(g))
                .isInstanceOfSatisfying(OcelFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("not valid XML");
        Path h = dir.resolve("other.xml");
        Files.writeString(h, "<html/>");
        assertThatThrownBy(() -> EventLogs.read(h)).isInstanceOf(OcelFormatException.class)
                .hasMessageContaining("expected the root element <log>");
    }

    @Test
    void textWithCarriageReturnsAndControlCharactersSurvivesAsFarAsXmlAllows() throws IOException {
        org.glassbox.core.model.EventStore.Builder b = org.glassbox.core.model.EventStore.builder();
        b.add("e1", "note", 0L, org.glassbox.core.model.Precision.INSTANT);
        b.attribute("text", "line one\r\nline two\u0001 <&> \"q\" 数据");
        EventLog log = new EventLog("t", b.build(), java.util.Map.of(), null, java.util.Map.of(), java.util.Map.of(),
                java.util.List.of());
        Path f = dir.resolve("cr.xmlocel");
        assertThat(EventLogs.write(log, f)).singleElement()
                .satisfies(w -> assertThat(w).startsWith("1 control characters"));
        assertThat(EventLogs.read(f).events().attribute("text").text(0))
                .isEqualTo("line one\r\nline two\uFFFD <&> \"q\" 数据");
    }
}
