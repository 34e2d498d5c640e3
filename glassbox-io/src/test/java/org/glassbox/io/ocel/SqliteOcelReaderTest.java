package org.glassbox.io.ocel;

import org.glassbox.io.EventLogs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteOcelReaderTest {

    @TempDir
    Path dir;

    private Path db(String name, String... sql) throws SQLException {
        Path f = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
        return f;
    }

    private static final String[] SCHEMA = {
        "CREATE TABLE event_map_type (ocel_type TEXT, ocel_type_map TEXT)",
        "CREATE TABLE object_map_type (ocel_type TEXT, ocel_type_map TEXT)",
        "CREATE TABLE event (ocel_id TEXT, ocel_type TEXT)",
        "CREATE TABLE object (ocel_id TEXT, ocel_type TEXT)",
        "CREATE TABLE event_object (ocel_event_id TEXT, ocel_object_id TEXT, ocel_qualifier TEXT)",
        "CREATE TABLE object_object (ocel_source_id TEXT, ocel_target_id TEXT, ocel_qualifier TEXT)",
        "INSERT INTO event_map_type VALUES ('b type', 'btype'), ('a type', 'atype')",
        "INSERT INTO object_map_type VALUES ('order', 'order')",
        "CREATE TABLE event_btype (ocel_id TEXT, ocel_time TIMESTAMP, n INTEGER, ok BOOLEAN, price REAL)",
        "CREATE TABLE event_atype (ocel_id TEXT, ocel_time TIMESTAMP)",
        "CREATE TABLE object_order (ocel_id TEXT, ocel_time TIMESTAMP, amount REAL, ocel_changed_field TEXT)",
        "INSERT INTO event VALUES ('b1', 'b type'), ('a1', 'a type'), ('a2', 'a type')",
        "INSERT INTO event_btype VALUES ('b1', '2024-01-01 10:00:00', 7, 1, 2.5)",
        "INSERT INTO event_atype VALUES ('a1', '2024-01-01T10:00:00Z', NULL), ('a2', '2024-01-01T09:00:00.000Z')"
                .replace(", NULL", ""),
        "INSERT INTO object VALUES ('o1', 'order'), ('o2', 'order')",
        "INSERT INTO object_order VALUES ('o1', '1970-01-01 01:00:00', 10.5, NULL),"
                + " ('o1', '2024-01-02T00:00:00Z', 12.25, 'amount'), ('o2', '1970-01-01T00:00:00Z', NULL, NULL)",
        "INSERT INTO event_object VALUES ('b1', 'o1', 'placed'), ('a1', 'o1', 'seen'), ('a1', 'zz', 'lost')",
        "INSERT INTO object_object VALUES ('o1', 'o2', 'next'), ('o1', 'o9', 'gone')",
    };

    @Test
    void readsTheRelationalLayoutInPm4pyOrder() throws Exception {
        EventLog log = EventLogs.read(db("t.sqlite", SCHEMA));
        // pm4py order: (row in own table, type alphabetically): a1, b1, a2
        assertThat(log.events().id(0)).isEqualTo("a1");
        assertThat(log.events().id(1)).isEqualTo("b1");
        assertThat(log.events().id(2)).isEqualTo("a2");
        AttributeColumn n = log.events().attribute("n");
        assertThat(n.kind()).isEqualTo(AttributeColumn.Kind.LONG);
        assertThat(n.longValue(1)).isEqualTo(7);
        assertThat(log.events().attribute("ok").booleanValue(1)).isTrue();
        assertThat(log.events().attribute("price").doubleValue(1)).isEqualTo(2.5);
        assertThat(log.eventTypeSchemas().get("b type")).containsEntry("n", "integer").containsEntry("ok", "boolean")
                .containsEntry("price", "float");
        assertThat(log.objects().attributes().get("amount").text(0)).isEqualTo("10.5");
        assertThat(log.objects().changes()).singleElement().satisfies(c -> assertThat(c.value()).isEqualTo("12.25"));
        assertThat(log.objects().relations()).isEqualTo(1);
        assertThat(log.objects().danglingRelations()).hasSize(1);
        assertThat(log.warnings()).anySatisfy(w -> assertThat(w).contains("1 event-to-object links"))
                .anySatisfy(w -> assertThat(w).contains("1 objects have no events"));
        // the case reader's order: the event table's
        EventLog tableOrder = new SqliteOcelReader(dir.resolve("t.sqlite"), true).read();
        assertThat(tableOrder.events().id(0)).isEqualTo("b1");
        assertThat(tableOrder.events().id(1)).isEqualTo("a1");
    }

    @Test
    void badDatabasesAreReportedWithTableAndRow() throws Exception {
        Path notDb = dir.resolve("x.sqlite");
        Files.writeString(notDb, "hello, I am text");
        assertThatThrownBy(() -> EventLogs.read(notDb)).isInstanceOf(OcelFormatException.class)
                .hasMessageContaining("not an SQLite database");
        Path noTables = db("empty.sqlite", "CREATE TABLE other (x TEXT)");
        assertThatThrownBy(() -> EventLogs.read(noTables)).isInstanceOfSatisfying(OcelFormatException.class,
                e -> assertThat(e.table()).isEqualTo("event")).hasMessageContaining("missing table");
        String[] badTime = SCHEMA.clone();
        badTime[13] = "INSERT INTO event_atype VALUES ('a1', 'soon'), ('a2', '2024-01-01T09:00:00.000Z')";
        assertThatThrownBy(() -> EventLogs.read(db("bad.sqlite", badTime)))
                .isInstanceOfSatisfying(OcelFormatException.class, e -> {
                    assertThat(e.table()).isEqualTo("event_atype");
                    assertThat(e.row()).isEqualTo(1);
                }).hasMessageContaining("'soon' is not an ISO 8601 timestamp");
        String[] dup = SCHEMA.clone();
        dup[14] = "INSERT INTO object VALUES ('o1', 'order'), ('o1', 'order')";
        assertThatThrownBy(() -> EventLogs.read(db("dup.sqlite", dup)))
                .isInstanceOfSatisfying(OcelFormatException.class, e -> assertThat(e.row()).isEqualTo(2))
                .hasMessageContaining("duplicate object id 'o1'");
    }

    @Test
    void theFileIsOpenedReadOnly() throws Exception {
        Path f = db("ro.sqlite", SCHEMA);
        f.toFile().setWritable(false);
        try {
            assertThat(EventLogs.read(f).events().size()).isEqualTo(3);
        } finally {
            f.toFile().setWritable(true);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .noneMatch(n -> n.endsWith("-journal") || n.endsWith("-wal"));
    }

    @Test
    void aLogWithResourcesAndCasesWritesThemAsObjects() throws IOException {
        org.glassbox.core.model.EventStore.Builder b = org.glassbox.core.model.EventStore.builder();
        b.add("e1", "register", 1_000L, org.glassbox.core.model.Precision.INSTANT);
        b.caseId("c1").actor("Anne", org.glassbox.core.model.Role.INITIATOR).attribute("cost", 3L);
        b.add("e2", "decide", 2_000L, org.glassbox.core.model.Precision.INSTANT);
        b.caseId("c1");
        EventLog xesLike = new EventLog("x", b.build(), java.util.Map.of(), null, java.util.Map.of(),
                java.util.Map.of(), java.util.List.of());
        for (String ext : java.util.List.of("jsonocel", "xmlocel", "sqlite")) {
            Path f = dir.resolve("x." + ext);
            EventLogs.write(xesLike, f);
            EventLog back = EventLogs.read(f);
            assertThat(back.events().size()).isEqualTo(2);
            assertThat(back.events().objects().values()).containsExactlyInAnyOrder("Anne", "c1");
            assertThat(back.events().objectTypes().values()).containsExactlyInAnyOrder("resource", "case:concept:name");
            int e1 = indexOf(back, "e1"); // SQLite gives pm4py's order: decide before register
            assertThat(back.events().attribute("cost").longValue(e1)).isEqualTo(3);
            assertThat(back.events().attribute("cost").kind()).isEqualTo(AttributeColumn.Kind.LONG);
        }
    }

    static int indexOf(EventLog log, String eventId) {
        for (int i = 0; i < log.events().size(); i++) {
            if (log.events().id(i).equals(eventId)) {
                return i;
            }
        }
        throw new AssertionError("no event " + eventId);
    }
}
