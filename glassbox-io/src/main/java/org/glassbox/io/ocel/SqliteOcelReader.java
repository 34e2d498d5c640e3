package org.glassbox.io.ocel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Reads the OCEL 2.0 relational (SQLite) layout, read-only: {@code event}, {@code object},
 * {@code event_object}, {@code object_object}, {@code event_map_type} / {@code object_map_type},
 * and one {@code event_<Type>} / {@code object_<Type>} table per type.
 *
 * <p>Event order: the rows of the per-type event tables ranked by (row number inside their own
 * table, event type in alphabetical order). Stable-sorted by time, as the store does, this is
 * exactly pm4py's {@code ocel.events} order, so that tie-breaking in process discovery agrees
 * with pm4py (expected/README.md §3.13). E2O links of an event keep {@code event_object} row order.
 *
 * <p>Object tables: a row without {@code ocel_changed_field} gives an object's initial values
 * (static attributes, whatever its {@code ocel_time}); a row with it gives one time-stamped change
 * of that field (the value may be missing, as in the P2P dump). Column types map to OCEL types:
 * INTEGER → integer, REAL/FLOAT/DOUBLE → float, TIMESTAMP/DATETIME → time, BOOLEAN → boolean,
 * anything else → string.
 */
final class SqliteOcelReader {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final boolean tableOrder;
    private final OcelLogAssembler log;
    private Connection db;

    /** A reader giving events in pm4py's order. */
    SqliteOcelReader(Path file) {
        this(file, false);
    }

    /**
     * A reader giving events in pm4py's order, or, with {@code tableOrder}, in the row order of the
     * {@code event} table (the order a case's events were written in; used by {@code io.interchange.OcelToCase}).
     */
    SqliteOcelReader(Path file, boolean tableOrder) {
        this.file = file;
        this.tableOrder = tableOrder;
        this.log = new OcelLogAssembler(file.getFileName() == null ? file.toString() : file.getFileName().toString());
    }

    /** Keep where the objects and events are (before {@link #read}); {@link #sourceMap} gives them after. */
    void locate() {
        log.locate();
    }

    /** Where the objects and events were read from; after {@link #read}, when {@link #locate} was asked. */
    OcelSourceMap sourceMap() {
        return log.sourceMap();
    }

    EventLog read() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(head, MAGIC)) {
                throw new OcelFormatException(file, "not an SQLite database (the file does not start with"
                        + " 'SQLite format 3')", null);
            }
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties())) {
            db = c;
            Set<String> tables = tables();
            for (String t : List.of("event", "object", "event_object", "object_object")) {
                if (!tables.contains(t)) {
                    throw new OcelFormatException(file, t, -1, "missing table: an OCEL 2.0 SQLite log has the tables"
                            + " event, object, event_object, object_object, event_map_type, object_map_type", null);
                }
            }
            readObjects(tables);
            readEvents(tables);
            readO2o();
            return log.build();
        } catch (SQLException e) {
            throw new OcelFormatException(file, "cannot read the SQLite database: " + e.getMessage(), e);
        }
    }

    private Set<String> tables() throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type IN ('table','view')")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Type name → table suffix, from the map table, or derived from the types when it is absent. */
    private Map<String, String> typeMap(Set<String> tables, String mapTable, String entityTable) throws SQLException {
        Map<String, String> m = new LinkedHashMap<>();
        if (tables.contains(mapTable)) {
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT ocel_type, ocel_type_map FROM " + quote(mapTable))) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        m.put(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2));
                    }
                }
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT ocel_type FROM " + quote(entityTable))) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (t != null) {
                    m.putIfAbsent(t, t.replaceAll("[^\\p{L}\\p{N}_]", ""));
                }
            }
        }
        return m;
    }

    private static String ocelType(String sqlType) {
        String t = sqlType == null ? "" : sqlType.toUpperCase(Locale.ROOT);
        if (t.contains("INT")) {
            return "integer";
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB") || t.contains("NUMERIC")) {
            return "float";
        }
        if (t.contains("TIME") || t.contains("DATE")) {
            return "time";
        }
        if (t.contains("BOOL")) {
            return "boolean";
        }
        return "string";
    }

    private static final Set<String> RESERVED = Set.of("ocel_id", "ocel_time", "ocel_changed_field");

    private void readObjects(Set<String> tables) throws SQLException, OcelFormatException {
        Map<String, String> types = typeMap(tables, "object_map_type", "object");
        long row = 0;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT ocel_id, ocel_type FROM object")) {
            while (rs.next()) {
                row++;
                String id = rs.getString(1);
                String type = rs.getString(2);
                if (id == null || type == null) {
                    throw new OcelFormatException(file, "object", row, "an object needs ocel_id and ocel_type", null);
                }
                int code = log.object(id, type);
                if (code < 0) {
                    throw new OcelFormatException(file, "object", row, "duplicate object id '" + id + "'", null);
                }
                if (log.locating()) {
                    log.placeObject(code, "object#" + row);
                }
            }
        }
        int unknown = 0;
        for (Map.Entry<String, String> t : types.entrySet()) {
            String table = "object_" + t.getValue();
            if (!tables.contains(table)) {
                log.objectType(t.getKey(), Map.of());
                continue;
            }
            row = 0;
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table))) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                int idCol = -1;
                int timeCol = -1;
                int changedCol = -1;
                Map<String, String> schema = new LinkedHashMap<>();
                Map<String, Integer> colOf = new HashMap<>();
                for (int k = 1; k <= n; k++) {
                    String name = md.getColumnName(k);
                    switch (name) {
                        case "ocel_id" -> idCol = k;
                        case "ocel_time" -> timeCol = k;
                        case "ocel_changed_field" -> changedCol = k;
                        default -> {
                            schema.put(name, ocelType(md.getColumnTypeName(k)));
                            colOf.put(name, k);
                        }
                    }
                }
                log.objectType(t.getKey(), schema);
                if (idCol < 0) {
                    throw new OcelFormatException(file, table, -1, "no ocel_id column", null);
                }
                while (rs.next()) {
                    row++;
                    int code = log.objectCode(rs.getString(idCol));
                    if (code < 0) {
                        unknown++;
                        continue;
                    }
                    String changed = changedCol < 0 ? null : rs.getString(changedCol);
                    if (changed == null || changed.isEmpty()) {
                        if (log.locating()) { // the row that holds the object's values, where a bad one is
                            log.placeObject(code, table + "#" + row);
                        }
                        for (Map.Entry<String, Integer> col : colOf.entrySet()) {
                            String v = text(rs, col.getValue());
                            if (v != null) {
                                log.objectAttribute(code, col.getKey(), EventStore.MISSING_TIME, v);
                            }
                        }
                    } else {
                        String time = timeCol < 0 ? null : rs.getString(timeCol);
                        if (time == null) {
                            throw new OcelFormatException(file, table, row, "a change row needs ocel_time", null);
                        }
                        Integer col = colOf.get(changed);
                        log.objectAttribute(code, changed, time(time, table, row),
                                col == null ? null : text(rs, col));
                    }
                }
            }
        }
        if (unknown > 0) {
            log.warn(String.format(Locale.ROOT, "%,d object attribute rows name objects that are not in the object"
                    + " table and were ignored", unknown));
        }
    }

    private void readEvents(Set<String> tables) throws SQLException, OcelFormatException {
        Map<String, String> types = typeMap(tables, "event_map_type", "event");
        Map<String, String> typeOfEvent = new HashMap<>();
        Map<String, Integer> tableRow = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT ocel_id, ocel_type FROM event")) {
            long row = 0;
            while (rs.next()) {
                row++;
                String id = rs.getString(1);
                if (id == null || rs.getString(2) == null) {
                    throw new OcelFormatException(file, "event", row, "an event needs ocel_id and ocel_type", null);
                }
                typeOfEvent.put(id, rs.getString(2));
                tableRow.putIfAbsent(id, (int) row);
            }
        }
        Map<String, List<String[]>> e2o = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT ocel_event_id, ocel_object_id, ocel_qualifier FROM event_object")) {
            while (rs.next()) {
                e2o.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2))
                        .add(new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        // pm4py's order: (row inside its own event_<Type> table, type in alphabetical order)
        record Row(int rank, int type, String id, long time, String[] names, Object[] values) {
        }
        List<Row> rows = new ArrayList<>(typeOfEvent.size());
        List<String> typeNames = new ArrayList<>(new TreeMap<>(types).keySet());
        Set<String> seen = new java.util.HashSet<>();
        for (int ti = 0; ti < typeNames.size(); ti++) {
            String type = typeNames.get(ti);
            String table = "event_" + types.get(type);
            if (!tables.contains(table)) {
                log.eventType(type, Map.of());
                continue;
            }
            try (Statement s = db.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table))) {
                ResultSetMetaData md = rs.getMetaData();
                int n = md.getColumnCount();
                int idCol = -1;
                int timeCol = -1;
                List<String> names = new ArrayList<>();
                List<Integer> cols = new ArrayList<>();
                Map<String, String> schema = new LinkedHashMap<>();
                for (int k = 1; k <= n; k++) {
                    String name = md.getColumnName(k);
                    if (name.equals("ocel_id")) {
                        idCol = k;
                    } else if (name.equals("ocel_time")) {
                        timeCol = k;
                    } else {
                        names.add(name);
                        cols.add(k);
                        schema.put(name, ocelType(md.getColumnTypeName(k)));
                    }
                }
                log.eventType(type, schema);
                if (idCol < 0 || timeCol < 0) {
                    throw new OcelFormatException(file, table, -1, "an event table needs ocel_id and ocel_time", null);
                }
                String[] nameArray = names.toArray(new String[0]);
                int row = 0;
                while (rs.next()) {
                    row++;
                    String id = rs.getString(idCol);
                    String time = rs.getString(timeCol);
                    if (id == null || time == null) {
                        throw new OcelFormatException(file, table, row, "an event needs ocel_id and ocel_time", null);
                    }
                    if (!seen.add(id)) {
                        throw new OcelFormatException(file, table, row, "duplicate event id '" + id + "'", null);
                    }
                    Object[] values = new Object[cols.size()];
                    for (int k = 0; k < values.length; k++) {
                        Object v = rs.getObject(cols.get(k));
                        values[k] = v instanceof Integer i ? Long.valueOf(i) : v instanceof Float f ? Double.valueOf(f)
                                : v instanceof byte[] ? null : v;
                    }
                    rows.add(new Row(row, ti, id, time(time, table, row), nameArray, values));
                }
            }
        }
        int missing = 0;
        String example = null;
        for (String id : typeOfEvent.keySet()) {
            if (!seen.contains(id)) {
                missing++;
                example = id;
            }
        }
        if (missing > 0) {
            throw new OcelFormatException(file, "event", -1, String.format(Locale.ROOT,
                    "%,d events have no row in their event_<Type> table (so no time), e.g. '%s'", missing, example), null);
        }
        if (tableOrder) {
            rows.sort(java.util.Comparator.comparingInt(r -> tableRow.get(r.id())));
        } else {
            rows.sort((a, b) -> a.rank() != b.rank() ? Integer.compare(a.rank(), b.rank())
                    : Integer.compare(a.type(), b.type()));
        }
        for (Row r : rows) {
            log.event(r.id(), typeNames.get(r.type()), r.time());
            if (log.locating()) {
                log.placeEvent("event_" + types.get(typeNames.get(r.type())) + "#" + r.rank());
            }
            for (int k = 0; k < r.names().length; k++) {
                log.eventAttribute(r.names()[k], r.values()[k]);
            }
            List<String[]> links = e2o.get(r.id());
            if (links != null) {
                for (String[] l : links) {
                    log.e2o(l[0], l[1]);
                }
            }
        }
    }

    private void readO2o() throws SQLException, OcelFormatException {
        long row = 0;
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT ocel_source_id, ocel_target_id, ocel_qualifier FROM object_object")) {
            while (rs.next()) {
                row++;
                int from = log.objectCode(rs.getString(1));
                if (from < 0) {
                    throw new OcelFormatException(file, "object_object", row, "unknown source object '"
                            + rs.getString(1) + "'", null);
                }
                log.objectRelation(from, rs.getString(2), rs.getString(3));
            }
        }
    }

    /** A cell as text; a REAL as Java writes it (SQLite's own text form keeps only 15 digits). */
    private static String text(ResultSet rs, int col) throws SQLException {
        Object v = rs.getObject(col);
        return v == null ? null : v instanceof byte[] ? null : v.toString();
    }

    private long time(String text, String table, long row) throws OcelFormatException {
        try {
            return OcelTime.parse(text);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new OcelFormatException(file, table, row, "'" + text + "' is not an ISO 8601 timestamp", e);
        }
    }
}
