package org.glassbox.io.ocel;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.ObjectTable;

/**
 * Writes the OCEL 2.0 relational layout to a new SQLite file (as pm4py and the OCEL 2.0
 * standard do): {@code event}, {@code object}, {@code event_object}, {@code object_object},
 * the two map tables, and per type an {@code event_<Type>} / {@code object_<Type>} table, whose
 * suffix is the type name without characters other than letters, digits and underscores. Each
 * object has one initial row (its static values, {@code ocel_time} at the epoch) and one row per
 * time-stamped change with {@code ocel_changed_field} set. Dangling O2O rows are kept, as in the
 * P2P source file (foreign keys are declared, not enforced).
 */
final class SqliteOcelWriter {
    private SqliteOcelWriter() {
    }

    static String sqlType(String ocelType) {
        return switch (ocelType) {
            case "integer" -> "INTEGER";
            case "float" -> "REAL";
            case "boolean" -> "BOOLEAN";
            case "time" -> "TIMESTAMP";
            default -> "TEXT";
        };
    }

    private static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static Map<String, String> tableNames(Iterable<String> types) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String t : types) {
            String base = t.replaceAll("[^\\p{L}\\p{N}_]", "");
            if (base.isEmpty()) {
                base = "type";
            }
            String name = base;
            for (int k = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
                name = base + "_" + k;
            }
            out.put(t, name);
        }
        return out;
    }

    static void write(OcelDocument d, Path out) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + out.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE event_map_type (ocel_type TEXT, ocel_type_map TEXT, PRIMARY KEY(ocel_type))");
                s.execute("CREATE TABLE object_map_type (ocel_type TEXT, ocel_type_map TEXT, PRIMARY KEY(ocel_type))");
                s.execute("CREATE TABLE event (ocel_id TEXT, ocel_type TEXT, PRIMARY KEY(ocel_id),"
                        + " FOREIGN KEY(ocel_type) REFERENCES event_map_type(ocel_type))");
                s.execute("CREATE TABLE object (ocel_id TEXT, ocel_type TEXT, PRIMARY KEY(ocel_id),"
                        + " FOREIGN KEY(ocel_type) REFERENCES object_map_type(ocel_type))");
                s.execute("CREATE TABLE event_object (ocel_event_id TEXT, ocel_object_id TEXT, ocel_qualifier TEXT,"
                        + " PRIMARY KEY(ocel_event_id, ocel_object_id, ocel_qualifier),"
                        + " FOREIGN KEY(ocel_event_id) REFERENCES event(ocel_id),"
                        + " FOREIGN KEY(ocel_object_id) REFERENCES object(ocel_id))");
                s.execute("CREATE TABLE object_object (ocel_source_id TEXT, ocel_target_id TEXT, ocel_qualifier TEXT,"
                        + " PRIMARY KEY(ocel_source_id, ocel_target_id, ocel_qualifier),"
                        + " FOREIGN KEY(ocel_source_id) REFERENCES object(ocel_id),"
                        + " FOREIGN KEY(ocel_target_id) REFERENCES object(ocel_id))");
            }
            Map<String, String> eventTables = tableNames(d.eventTypes.keySet());
            Map<String, String> objectTables = tableNames(d.objectTypes.keySet());
            mapTable(c, "event_map_type", eventTables);
            mapTable(c, "object_map_type", objectTables);
            writeObjects(c, d, objectTables);
            writeEvents(c, d, eventTables);
            c.commit();
        } catch (SQLException e) {
            throw new IOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void mapTable(Connection c, String table, Map<String, String> names) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : names.entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void writeObjects(Connection c, OcelDocument d, Map<String, String> tables) throws SQLException {
        Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, Map<String, String>> t : d.objectTypes.entrySet()) {
                List<String> cols = new ArrayList<>(t.getValue().keySet());
                columns.put(t.getKey(), cols);
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + q("object_" + tables.get(t.getKey()))
                        + " (ocel_id TEXT, ocel_time TIMESTAMP");
                for (String col : cols) {
                    ddl.append(", ").append(q(col)).append(' ').append(sqlType(t.getValue().get(col)));
                }
                ddl.append(", ocel_changed_field TEXT, FOREIGN KEY(ocel_id) REFERENCES object(ocel_id))");
                s.execute(ddl.toString());
                inserts.put(t.getKey(), c.prepareStatement("INSERT INTO " + q("object_" + tables.get(t.getKey()))
                        + " VALUES (" + "?, ".repeat(cols.size() + 2) + "?)"));
            }
        }
        String epoch = OcelTime.format(OcelTime.EPOCH);
        try (PreparedStatement obj = c.prepareStatement("INSERT INTO object VALUES (?, ?)");
             PreparedStatement o2o = c.prepareStatement("INSERT OR IGNORE INTO object_object VALUES (?, ?, ?)")) {
            for (int o = 0; o < d.objects(); o++) {
                String id = d.objectIds.get(o);
                String type = d.objectTypeOf.get(o);
                obj.setString(1, id);
                obj.setString(2, type);
                obj.addBatch();
                List<String> cols = columns.get(type);
                PreparedStatement ins = inserts.get(type);
                ins.setString(1, id);
                ins.setString(2, epoch);
                for (int k = 0; k < cols.size(); k++) {
                    ins.setString(3 + k, null);
                }
                for (String[] a : d.staticAttributes(o)) {
                    ins.setString(3 + cols.indexOf(a[0]), a[1]);
                }
                ins.setString(3 + cols.size(), null);
                ins.addBatch();
                for (ObjectTable.AttributeChange ch : d.changes(o)) {
                    ins.setString(1, id);
                    ins.setString(2, OcelTime.format(ch.time()));
                    for (int k = 0; k < cols.size(); k++) {
                        ins.setString(3 + k, null);
                    }
                    ins.setString(3 + cols.indexOf(ch.attribute()), ch.value());
                    ins.setString(3 + cols.size(), ch.attribute());
                    ins.addBatch();
                }
                for (String[] r : d.relations(o, true)) {
                    o2o.setString(1, id);
                    o2o.setString(2, r[0]);
                    o2o.setString(3, r[1]);
                    o2o.addBatch();
                }
                if (o % 10_000 == 9_999) {
                    obj.executeBatch();
                    o2o.executeBatch();
                    for (PreparedStatement p : inserts.values()) {
                        p.executeBatch();
                    }
                }
            }
            obj.executeBatch();
            o2o.executeBatch();
            for (PreparedStatement p : inserts.values()) {
                p.executeBatch();
                p.close();
            }
        }
    }

    private static void writeEvents(Connection c, OcelDocument d, Map<String, String> tables) throws SQLException {
        Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, AttributeColumn> storeColumns = d.store.attributes();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, Map<String, String>> t : d.eventTypes.entrySet()) {
                List<String> cols = new ArrayList<>(t.getValue().keySet());
                columns.put(t.getKey(), cols);
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + q("event_" + tables.get(t.getKey()))
                        + " (ocel_id TEXT, ocel_time TIMESTAMP");
                for (String col : cols) {
                    ddl.append(", ").append(q(col)).append(' ').append(sqlType(t.getValue().get(col)));
                }
                ddl.append(", PRIMARY KEY(ocel_id), FOREIGN KEY(ocel_id) REFERENCES event(ocel_id))");
                s.execute(ddl.toString());
                inserts.put(t.getKey(), c.prepareStatement("INSERT INTO " + q("event_" + tables.get(t.getKey()))
                        + " VALUES (?, ?" + ", ?".repeat(cols.size()) + ")"));
            }
        }
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO event VALUES (?, ?)");
             PreparedStatement e2o = c.prepareStatement("INSERT OR IGNORE INTO event_object VALUES (?, ?, ?)")) {
            for (int i = 0; i < d.store.size(); i++) {
                String id = d.store.id(i);
                String type = d.store.typeName(i);
                ev.setString(1, id);
                ev.setString(2, type);
                ev.addBatch();
                PreparedStatement ins = inserts.get(type);
                List<String> cols = columns.get(type);
                ins.setString(1, id);
                ins.setString(2, d.time(i));
                for (int k = 0; k < cols.size(); k++) {
                    AttributeColumn col = storeColumns.get(cols.get(k));
                    bind(ins, 3 + k, col, i);
                }
                ins.addBatch();
                for (OcelDocument.Link l : d.links(i)) {
                    e2o.setString(1, id);
                    e2o.setString(2, d.objectIds.get(l.object()));
                    e2o.setString(3, l.qualifier());
                    e2o.addBatch();
                }
                if (i % 10_000 == 9_999) {
                    ev.executeBatch();
                    e2o.executeBatch();
                    for (PreparedStatement p : inserts.values()) {
                        p.executeBatch();
                    }
                }
            }
            ev.executeBatch();
            e2o.executeBatch();
            for (PreparedStatement p : inserts.values()) {
                p.executeBatch();
                p.close();
            }
        }
    }

    private static void bind(PreparedStatement p, int index, AttributeColumn col, int i) throws SQLException {
        if (col == null || !col.isPresent(i)) {
            p.setObject(index, null);
            return;
        }
        switch (col.kind()) {
            case LONG -> p.setLong(index, col.longValue(i));
            case DOUBLE -> p.setDouble(index, col.doubleValue(i));
            case BOOLEAN -> p.setInt(index, col.booleanValue(i) ? 1 : 0);
            case TIME -> p.setString(index, OcelTime.format(col.longValue(i)));
            case STRING -> p.setString(index, col.text(i));
        }
    }
}
