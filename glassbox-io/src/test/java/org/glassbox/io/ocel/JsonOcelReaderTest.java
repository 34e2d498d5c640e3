package org.glassbox.io.ocel;

import org.glassbox.io.EventLogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.ObjectTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonOcelReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    static final String SMALL = """
            {"objectTypes": [{"name": "order", "attributes": [{"name": "amount", "type": "float"}]},
                             {"name": "item", "attributes": []}],
             "eventTypes": [{"name": "place", "attributes": [{"name": "n", "type": "integer"},
                                                            {"name": "ok", "type": "boolean"},
                                                            {"name": "price", "type": "float"}]}],
             "events": [
               {"id": "e2", "type": "place", "time": "2024-01-02T10:00:00+02:00",
                "attributes": [{"name": "n", "value": "7"}, {"name": "ok", "value": true}, {"name": "price", "value": 2.5}],
                "relationships": [{"objectId": "o1", "qualifier": "placed"}, {"objectId": "ghost", "qualifier": "x"}]},
               {"time": "2024-01-01T00:00:00Z", "type": "place", "id": "e1",
                "attributes": [{"name": "n", "value": 3}, {"name": "ok", "value": "false"}, {"name": "price", "value": "4"}],
                "relationships": [{"objectId": "o1", "qualifier": "placed"}, {"objectId": "i1", "qualifier": "item"}]}
             ],
             "objects": [
               {"id": "o1", "type": "order",
                "attributes": [{"name": "amount", "time": "1970-01-01T00:00:00Z", "value": "10.5"},
                               {"name": "amount", "time": "2024-01-03T00:00:00Z", "value": 12}],
                "relationships": [{"objectId": "i1", "qualifier": "contains"}, {"objectId": "i9", "qualifier": "lost"}]},
               {"id": "i1", "type": "item"},
               {"id": "i2", "type": "item"}
             ]}
            """;

    @Test
    void readsEventsObjectsAndRelationsInAnyKeyOrder() throws IOException {
        EventLog log = EventLogs.read(write("small.jsonocel", SMALL));
        EventStore s = log.events();
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.id(0)).isEqualTo("e2");
        assertThat(s.typeName(0)).isEqualTo("place");
        // the offset is honoured: 10:00+02:00 is 08:00Z
        assertThat(s.time(0)).isEqualTo(java.time.Instant.parse("2024-01-02T08:00:00Z").toEpochMilli());
        assertThat(s.precision(0)).isEqualTo(org.glassbox.core.model.Precision.INSTANT);
        assertThat(s.inTimeOrder(0)).isEqualTo(1);
        // typed attributes from strings or native values
        AttributeColumn n = s.attribute("n");
        assertThat(n.kind()).isEqualTo(AttributeColumn.Kind.LONG);
        assertThat(n.longValue(0)).isEqualTo(7);
        assertThat(n.longValue(1)).isEqualTo(3);
        assertThat(s.attribute("ok").kind()).isEqualTo(AttributeColumn.Kind.BOOLEAN);
        assertThat(s.attribute("ok").booleanValue(0)).isTrue();
        assertThat(s.attribute("ok").booleanValue(1)).isFalse();
        assertThat(s.attribute("price").doubleValue(1)).isEqualTo(4.0);
        // objects: all three kept, the event-less i2 included
        assertThat(s.objects().size()).isEqualTo(3);
        assertThat(s.objects().values()).containsExactly("o1", "i1", "i2");
        assertThat(s.objectTypes().value(s.objectType(2))).isEqualTo("item");
        // E2O: the link to the unknown "ghost" is dropped and reported
        assertThat(s.objectsTo(0) - s.objectsFrom(0)).isEqualTo(1);
        assertThat(s.objectsTo(1) - s.objectsFrom(1)).isEqualTo(2);
        assertThat(s.qualifiers().value(s.qualifierAt(s.objectsFrom(1) + 1))).isEqualTo("item");
        ObjectTable t = log.objects();
        assertThat(t.attributes().get("amount").text(0)).isEqualTo("10.5");
        assertThat(t.changes()).hasSize(1);
        assertThat(t.changes().get(0).value()).isEqualTo("12");
        assertThat(t.relations()).isEqualTo(1);
        assertThat(t.relationQualifier(0)).isEqualTo("contains");
        assertThat(t.danglingRelations()).hasSize(1);
        assertThat(t.danglingRelations().get(0).targetId()).isEqualTo("i9");
        assertThat(t.typeSchemas().get("order")).containsEntry("amount", "float");
        assertThat(log.eventTypeSchemas().get("place")).containsKeys("n", "ok", "price");
        assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("1 objects have no events"))
                .anySatisfy(w -> assertThat(w).contains("1 object-to-object relations"))
                .anySatisfy(w -> assertThat(w).contains("1 event-to-object links"));
    }

    @Test
    void aValueThatIsNotOfItsDeclaredTypeIsKeptAsText() throws IOException {
        String json = SMALL.replace("{\"name\": \"n\", \"value\": 3}", "{\"name\": \"n\", \"value\": \"three\"}");
        EventLog log = EventLogs.read(write("t.jsonocel", json));
        AttributeColumn n = log.events().attribute("n");
        assertThat(n.kind()).isEqualTo(AttributeColumn.Kind.STRING);
        assertThat(n.text(0)).isEqualTo("7");
        assertThat(n.text(1)).isEqualTo("three");
    }

    @Test
    void brokenJsonGivesLineAndColumn() throws IOException {
        Path f = write("bad.jsonocel", "{\"objectTypes\": [],\n \"events\": [ {\"id\": \"e1\",, } ]}");
        assertThatThrownBy(() -> EventLogs.read(f))
                .isInstanceOfSatisfying(OcelFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isGreaterThan(1);
                    assertThat(e.file()).isEqualTo(f);
                })
                .hasMessageContaining("bad.jsonocel:2:")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void aBadTimestampIsReportedWhereItIs() throws IOException {
        Path f = write("t.jsonocel", """
                {"objectTypes": [], "eventTypes": [], "objects": [],
                 "events": [{"id": "e1", "type": "a",
                             "time": "yesterday"}]}
                """);
        assertThatThrownBy(() -> EventLogs.read(f))
                .isInstanceOfSatisfying(OcelFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("'yesterday' is not an ISO 8601 timestamp");
    }

    @Test
    void missingFieldsAndDuplicatesAreErrors() throws IOException {
        Path noTime = write("a.jsonocel", "{\"events\": [{\"id\": \"e1\", \"type\": \"a\"}]}");
        assertThatThrownBy(() -> EventLogs.read(noTime)).isInstanceOf(OcelFormatException.class)
                .hasMessageContaining("needs \"id\", \"type\" and \"time\"");
        Path dup = write("b.jsonocel", "{\"objects\": [{\"id\": \"o\", \"type\": \"t\"},\n{\"id\": \"o\", \"type\": \"t\"}]}");
        assertThatThrownBy(() -> EventLogs.read(dup)).isInstanceOfSatisfying(OcelFormatException.class,
                e -> assertThat(e.line()).isEqualTo(2)).hasMessageContaining("duplicate object id 'o'");
        Path notOcel = write("c.json", "{\"hello\": 1}");
        assertThatThrownBy(() -> EventLogs.read(notOcel)).isInstanceOf(OcelFormatException.class)
                .hasMessageContaining("not an OCEL 2.0 JSON file");
        Path array = write("d.json", "[1, 2]");
        assertThatThrownBy(() -> EventLogs.read(array)).isInstanceOf(OcelFormatException.class)
                .hasMessageContaining("expected an OCEL 2.0 JSON object, found an array");
    }
}
