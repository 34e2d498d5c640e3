package org.glassbox.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ValidationReport;

/**
 * A project's cases, kept as the rows of the case format's own tables ({@link CaseRows}). Every
 * write runs in one transaction: the case's row in {@code cases} is locked first (its version
 * raised, which serialises writers of one case on either engine), the change is applied, the whole
 * case is checked by the case format's own rules in memory, and on any error everything is rolled
 * back and {@link InvalidCaseException} names each problem by table, row and field. A row's
 * {@code version} is the number of the change that last wrote it, so it only ever grows; a stale
 * {@code ifMatch} is refused with {@link ConflictException} carrying the current row.
 */
public final class Cases {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> ROW = new TypeReference<>() { };
    /** History's table word for the case's own record (case.yaml). */
    public static final String RECORD = "case";
    /** History's table word for the case's codebook. */
    public static final String CODEBOOK = "codebook";

    private final Database db;
    /**
     * The rows of recently written cases at their version, so a write need not read the whole case
     * back: used only when the cached version is the one just before the version the write's lock
     * produced (so no other writer, in this process or another, came in between).
     */
    private final Map<String, Cached> cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> e) {
            return size() > 32;
        }
    });

    /**
     * A case as committed at {@code version}: its rows (unmodifiable lists) and the tables they make,
     * already checked by the case format's rules (and rendered, so the next check re-renders only what
     * the next write changes), its files under documents/ among them.
     */
    private record Cached(long version, Map<String, List<StoredRow>> rows, CaseRows tables) {
        int size() {
            return rows.values().stream().mapToInt(List::size).sum();
        }
    }

    /**
     * The cache holds at most this many rows in all (besides at most 32 cases): a cached case keeps its
     * rows, their rendered files and those files' parsed cells, a few hundred bytes a row, so about
     * 100–200 MB at this bound. The most recently written cases stay.
     */
    static final int CACHED_ROWS = 400_000;

    Cases(Database db) {
        this.db = db;
    }

    private static String key(String project, String caseId) {
        return project + "\u0000" + caseId;
    }

    /**
     * Keeps the rows of a write that passed its check, at the write's version. Runs inside the
     * write's transaction: if that transaction does not commit, {@link #write} drops the entry, and a
     * lock only trusts an entry whose version is the one just before its own.
     */
    private <T> T remember(String project, String caseId, Loaded l, T result) {
        Map<String, List<StoredRow>> rows = new LinkedHashMap<>();
        l.rows.forEach((t, r) -> rows.put(t, l.changed.contains(t) ? java.util.Collections.unmodifiableList(r) : r));
        Cached entry = new Cached(l.change, rows, l.tables());
        synchronized (cache) {
            cache.put(key(project, caseId), entry);
            List<Map.Entry<String, Cached>> eldestFirst = new ArrayList<>(cache.entrySet()); // no get(): the map is access-ordered
            int total = 0;
            for (Map.Entry<String, Cached> e : eldestFirst) {
                total += e.getValue().size();
            }
            for (Map.Entry<String, Cached> e : eldestFirst) {
                if (total <= CACHED_ROWS) {
                    break;
                }
                if (!e.getKey().equals(key(project, caseId))) {
                    total -= e.getValue().size();
                    cache.remove(e.getKey());
                }
            }
        }
        return result;
    }

    /**
     * Runs a write of one case: writes of one case are serialised (its row in {@code cases} is locked
     * first), writes of different cases may run in parallel ({@link Database#write(String, Database.Work)}).
     * Any failure — a refused change, a conflict, a commit that did not happen — drops the case's cached
     * state, so the next write reads the case from the database.
     */
    private <T> T write(String project, String caseId, Database.Work<T> w) {
        try {
            return db.write(key(project, caseId), w);
        } catch (RuntimeException | Error e) {
            cache.remove(key(project, caseId));
            throw e;
        }
    }

    // ------------------------------------------------------------------ reading

    public List<CaseSummary> list(String project) {
        return db.read(c -> {
            Map<String, int[]> counts = new HashMap<>();
            try (PreparedStatement ps = Database.prepare(c,
                    "SELECT case_id, tbl, COUNT(*) FROM case_rows WHERE project_id = ? GROUP BY case_id, tbl", project);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] n = counts.computeIfAbsent(rs.getString(1), k -> new int[3]);
                    switch (rs.getString(2)) {
                        case "events" -> n[0] = rs.getInt(3);
                        case "actors" -> n[1] = rs.getInt(3);
                        case "ties" -> n[2] = rs.getInt(3);
                        default -> { }
                    }
                }
            }
            List<CaseSummary> out = new ArrayList<>();
            try (PreparedStatement ps = Database.prepare(c,
                    "SELECT case_id, name, version, updated_ms FROM cases WHERE project_id = ? AND deleted = 0 ORDER BY case_id", project);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int[] n = counts.getOrDefault(rs.getString(1), new int[3]);
                    out.add(new CaseSummary(rs.getString(1), rs.getString(2), n[0], n[1], n[2], rs.getLong(3), rs.getLong(4)));
                }
            }
            return out;
        });
    }

    /** The case's record, or a {@link NotFoundException}. */
    public CaseRecord record(String project, String caseId) {
        return db.read(c -> record(c, project, caseId));
    }

    private static CaseRecord record(Connection c, String project, String caseId) throws SQLException {
        try (PreparedStatement ps = Database.prepare(c, "SELECT case_yaml, record_version, codebook_yaml, codebook_version, version"
                + " FROM cases WHERE project_id = ? AND case_id = ? AND deleted = 0", project, caseId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new NotFoundException("case", caseId);
            }
            return new CaseRecord(caseId, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5));
        }
    }

    /** The rows of one table, in row order. */
    public List<StoredRow> rows(String project, String caseId, String table) {
        CaseRows.columns(table);
        return db.read(c -> {
            record(c, project, caseId);
            return rows(c, project, caseId, table);
        });
    }

    private static List<StoredRow> rows(Connection c, String project, String caseId, String table) throws SQLException {
        List<StoredRow> out = new ArrayList<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT row_no, version, data FROM case_rows"
                + " WHERE project_id = ? AND case_id = ? AND tbl = ? ORDER BY row_no", project, caseId, table);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredRow(table, rs.getLong(1), rs.getLong(2), parse(rs.getString(3))));
            }
        }
        return out;
    }

    /** The case's files under documents/ (format 1.1: texts and originals), by path. */
    private static Map<String, byte[]> files(Connection c, String project, String caseId) throws SQLException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = Database.prepare(c, "SELECT path, content FROM case_files"
                + " WHERE project_id = ? AND case_id = ? ORDER BY path", project, caseId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getBytes(2));
            }
        }
        return out;
    }

    /** Keeps (or replaces) file {@code path} under documents/ of a case. */
    private static void putFile(Connection c, String project, String caseId, String path, byte[] content) throws SQLException {
        Database.update(c, "DELETE FROM case_files WHERE project_id = ? AND case_id = ? AND path = ?", project, caseId, path);
        Database.update(c, "INSERT INTO case_files (project_id, case_id, path, content) VALUES (?, ?, ?, ?)",
                project, caseId, path, content);
    }

    /** One row by its reference: {@code row:N} or the value of its id column. */
    public StoredRow row(String project, String caseId, String table, String ref) {
        CaseRows.columns(table);
        return db.read(c -> {
            record(c, project, caseId);
            return find(c, project, caseId, table, ref);
        });
    }

    private static StoredRow find(Connection c, String project, String caseId, String table, String ref) throws SQLException {
        String sql = "SELECT row_no, version, data FROM case_rows WHERE project_id = ? AND case_id = ? AND tbl = ? AND ";
        Object key;
        if (ref.startsWith("row:")) {
            try {
                key = Long.parseLong(ref.substring(4));
            } catch (NumberFormatException e) {
                throw new NotFoundException(table + " row", ref);
            }
            sql += "row_no = ?";
        } else {
            key = ref;
            sql += "rid = ? ORDER BY row_no";
        }
        try (PreparedStatement ps = Database.prepare(c, sql, project, caseId, table, key); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new NotFoundException(table + " row", ref);
            }
            return new StoredRow(table, rs.getLong(1), rs.getLong(2), parse(rs.getString(3)));
        }
    }

    /** The case at its current version, read in one consistent pass. */
    public CaseSnapshot snapshot(String project, String caseId) {
        return db.snapshot(c -> {
            CaseRecord r = record(c, project, caseId);
            Cached cached = cache.get(key(project, caseId));
            Loaded l;
            if (cached != null && cached.version() == r.version()) {
                return new CaseSnapshot(r, cached.tables());
            }
            l = load(c, project, caseId);
            return new CaseSnapshot(l.record, l.tables());
        });
    }

    /** The case's overall version (cheap; the key of cached analyses). */
    public long version(String project, String caseId) {
        return db.read(c -> {
            try (PreparedStatement ps = Database.prepare(c,
                    "SELECT version FROM cases WHERE project_id = ? AND case_id = ? AND deleted = 0", project, caseId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("case", caseId);
                }
                return rs.getLong(1);
            }
        });
    }

    public List<Change> history(String project, String caseId) {
        return db.read(c -> {
            record(c, project, caseId);
            List<Change> out = new ArrayList<>();
            try (PreparedStatement ps = Database.prepare(c, "SELECT n, at_ms, user_name, tbl, rid, row_no, action, before_data, after_data"
                    + " FROM history WHERE project_id = ? AND case_id = ? ORDER BY n DESC", project, caseId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(change(rs));
                }
            }
            return out;
        });
    }

    private static Change change(ResultSet rs) throws SQLException {
        String b = rs.getString(8);
        String a = rs.getString(9);
        return new Change(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getString(7), b == null ? null : parse(b), a == null ? null : parse(a));
    }

    // ------------------------------------------------------------------ writing

    /**
     * Stores case {@code c} (already read and checked by the case format's reader) under
     * {@code project}: its rows are those {@link CaseRows#of} gives, numbered 1, 2, … per table
     * order. A {@link ConflictException} when the project has a case with that id.
     */
    public CaseSummary importCase(String project, Case c, String user) {
        return importCase(project, c, Map.of(), user);
    }

    /**
     * Stores case {@code c} as {@link #importCase(String, Case, String)} does, with files under documents/ its
     * reader does not keep (the originals documents.csv names, as uploaded beside the texts).
     */
    public CaseSummary importCase(String project, Case c, Map<String, byte[]> originals, String user) {
        CaseRows t;
        try {
            t = CaseRows.of(c).withDocumentFiles(originals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store(project, c, t, user);
    }

    /**
     * Stores the case these rows hold (checked first by the case format's rules: an {@link InvalidCaseException}
     * with every problem, nothing stored) under {@code project}, its rows as given.
     */
    public CaseSummary importRows(String project, CaseRows t, String user) {
        Case c;
        try {
            c = t.read();
        } catch (CaseFormatException e) {
            Loaded l = new Loaded();
            l.record = new CaseRecord("case", t.caseYaml(), 1, t.codebookYaml(), 1, 1);
            for (String table : CaseRows.TABLES) {
                List<StoredRow> rows = new ArrayList<>();
                long n = 1;
                for (Map<String, String> r : t.rows(table)) {
                    rows.add(new StoredRow(table, n++, 1, r));
                }
                l.rows.put(table, rows);
            }
            throw new InvalidCaseException(l.problems(t, e.errors()));
        }
        return store(project, c, t, user);
    }

    private CaseSummary store(String project, Case c, CaseRows t, String user) {
        String id = c.id();
        long now = System.currentTimeMillis();
        cache.remove(key(project, id));
        return write(project, id, conn -> {
            long nextChange = 1;
            try (PreparedStatement ps = Database.prepare(conn, "SELECT deleted, next_change FROM cases WHERE project_id = ? AND case_id = ?",
                    project, id); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (rs.getInt(1) == 0) {
                        throw new ConflictException("the project has a case '" + id + "' already", null);
                    }
                    nextChange = rs.getLong(2);
                }
            }
            if (nextChange > 1) {
                Database.update(conn, "DELETE FROM case_rows WHERE project_id = ? AND case_id = ?", project, id);
                Database.update(conn, "DELETE FROM case_files WHERE project_id = ? AND case_id = ?", project, id);
                Database.update(conn, "DELETE FROM cases WHERE project_id = ? AND case_id = ?", project, id);
            }
            long n = nextChange;
            long row = 1;
            int[] counts = new int[3];
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO case_rows (project_id, case_id, tbl, row_no, rid, version, data) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int batch = 0;
                for (String table : CaseRows.TABLES) {
                    for (Map<String, String> r : t.rows(table)) {
                        ps.setString(1, project);
                        ps.setString(2, id);
                        ps.setString(3, table);
                        ps.setLong(4, row++);
                        ps.setString(5, ridOf(table, r));
                        ps.setLong(6, n);
                        ps.setString(7, json(r));
                        ps.addBatch();
                        if (++batch % 5000 == 0) {
                            ps.executeBatch();
                        }
                        switch (table) {
                            case "events" -> counts[0]++;
                            case "actors" -> counts[1]++;
                            case "ties" -> counts[2]++;
                            default -> { }
                        }
                    }
                }
                ps.executeBatch();
            }
            for (Map.Entry<String, byte[]> f : t.documentFiles().entrySet()) {
                putFile(conn, project, id, f.getKey(), f.getValue());
            }
            String name = c.info().name();
            Database.update(conn, "INSERT INTO cases (project_id, case_id, name, version, record_version, codebook_version, case_yaml,"
                    + " codebook_yaml, next_row, next_change, deleted, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                    project, id, name, n, n, n, t.caseYaml(), t.codebookYaml(), row, n + 1, now);
            Map<String, String> after = new LinkedHashMap<>();
            after.put("events", String.valueOf(counts[0]));
            after.put("actors", String.valueOf(counts[1]));
            after.put("ties", String.valueOf(counts[2]));
            history(conn, project, id, n, now, user, RECORD, id, 0, "import", null, after);
            return new CaseSummary(id, name, counts[0], counts[1], counts[2], n, now);
        });
    }

    /** Adds a row at the end of {@code table}; returns it as stored. */
    public StoredRow addRow(String project, String caseId, String table, Map<String, String> values, String user) {
        CaseRows.columns(table);
        Map<String, String> v = clean(values);
        return write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            long rowNo = l.nextRow;
            Database.update(c, "UPDATE cases SET next_row = ? WHERE project_id = ? AND case_id = ?", rowNo + 1, project, caseId);
            StoredRow r = new StoredRow(table, rowNo, l.change, v);
            insert(c, project, caseId, r);
            l.edit(table).add(r);
            l.check();
            history(c, project, caseId, l.change, l.now, user, table, r.id(), rowNo, "add", null, v);
            return remember(project, caseId, l, r);
        });
    }

    /**
     * Adds a documents row (format 1.1) with its files under documents/ (its text, and its original when kept), in
     * one checked transaction like {@link #addRow}. A {@link ConflictException} when a file's path is one another
     * documents row names.
     */
    public StoredRow addDocument(String project, String caseId, Map<String, String> values, Map<String, byte[]> files,
                                 String user) {
        Map<String, String> v = clean(values);
        return write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            for (StoredRow d : l.rows.get("documents")) {
                for (String path : files.keySet()) {
                    if (path.equals(d.values().get("text")) || path.equals(d.values().get("original"))) {
                        throw new ConflictException("document " + d.id() + " has the file " + path + " already", d);
                    }
                }
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                putFile(c, project, caseId, f.getKey(), f.getValue());
                l.putFile(f.getKey(), f.getValue());
            }
            long rowNo = l.nextRow;
            Database.update(c, "UPDATE cases SET next_row = ? WHERE project_id = ? AND case_id = ?", rowNo + 1, project, caseId);
            StoredRow r = new StoredRow("documents", rowNo, l.change, v);
            insert(c, project, caseId, r);
            l.edit("documents").add(r);
            l.check();
            history(c, project, caseId, l.change, l.now, user, "documents", r.id(), rowNo, "add", null, v);
            return remember(project, caseId, l, r);
        });
    }

    /** The bytes of file {@code path} under documents/ of a case (a text or an original), or a {@link NotFoundException}. */
    public byte[] file(String project, String caseId, String path) {
        return db.read(c -> {
            record(c, project, caseId);
            try (PreparedStatement ps = Database.prepare(c, "SELECT content FROM case_files WHERE project_id = ? AND case_id = ?"
                    + " AND path = ?", project, caseId, path); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("file", path);
                }
                return rs.getBytes(1);
            }
        });
    }

    /** Replaces row {@code ref} when its version is {@code ifMatch}; returns it as stored. */
    public StoredRow replaceRow(String project, String caseId, String table, String ref, long ifMatch,
                                Map<String, String> values, String user) {
        CaseRows.columns(table);
        Map<String, String> v = clean(values);
        return write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            StoredRow old = find(c, project, caseId, table, ref);
            if (old.version() != ifMatch) {
                throw new ConflictException("the row was changed by someone else (version " + old.version()
                        + ", not " + ifMatch + ")", old);
            }
            StoredRow r = new StoredRow(table, old.row(), l.change, v);
            Database.update(c, "UPDATE case_rows SET rid = ?, version = ?, data = ? WHERE project_id = ? AND case_id = ? AND tbl = ? AND row_no = ?",
                    ridOf(table, v), r.version(), json(v), project, caseId, table, r.row());
            l.replace(r);
            l.check();
            history(c, project, caseId, l.change, l.now, user, table, r.id() != null ? r.id() : old.id(), r.row(), "update",
                    old.values(), v);
            return remember(project, caseId, l, r);
        });
    }

    /** Deletes row {@code ref} when its version is {@code ifMatch} (refused when other rows refer to it). */
    public void deleteRow(String project, String caseId, String table, String ref, long ifMatch, String user) {
        CaseRows.columns(table);
        write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            StoredRow old = find(c, project, caseId, table, ref);
            if (old.version() != ifMatch) {
                throw new ConflictException("the row was changed by someone else (version " + old.version()
                        + ", not " + ifMatch + ")", old);
            }
            Database.update(c, "DELETE FROM case_rows WHERE project_id = ? AND case_id = ? AND tbl = ? AND row_no = ?",
                    project, caseId, table, old.row());
            l.edit(table).removeIf(x -> x.row() == old.row());
            l.check();
            history(c, project, caseId, l.change, l.now, user, table, old.id(), old.row(), "delete", old.values(), null);
            return remember(project, caseId, l, null);
        });
    }

    /** Replaces case.yaml (its {@code id} must stay the case's) when its version is {@code ifMatch}. */
    public CaseRecord replaceRecord(String project, String caseId, String caseYaml, long ifMatch, String user) {
        return write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            if (l.record.recordVersion() != ifMatch) {
                throw new ConflictException("the case record was changed by someone else (version "
                        + l.record.recordVersion() + ", not " + ifMatch + ")", null);
            }
            String before = l.caseYaml;
            l.caseYaml = caseYaml;
            Case checked = l.check();
            if (!checked.id().equals(caseId)) {
                throw new InvalidCaseException(List.of(new RowProblem(RECORD, caseId, 0, "id", checked.id(), caseId,
                        "the case's id cannot change (export and import it under the new id instead)", true)));
            }
            Database.update(c, "UPDATE cases SET case_yaml = ?, record_version = ?, name = ? WHERE project_id = ? AND case_id = ?",
                    caseYaml, l.change, checked.info().name(), project, caseId);
            history(c, project, caseId, l.change, l.now, user, RECORD, caseId, 0, "update", Map.of("yaml", before),
                    Map.of("yaml", caseYaml));
            return remember(project, caseId, l, record(c, project, caseId));
        });
    }

    /** Replaces codebook.yaml (null or blank: back to the default codebook) when its version is {@code ifMatch}. */
    public CaseRecord replaceCodebook(String project, String caseId, String codebookYaml, long ifMatch, String user) {
        String cb = codebookYaml == null || codebookYaml.isBlank() ? null : codebookYaml;
        return write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            if (l.record.codebookVersion() != ifMatch) {
                throw new ConflictException("the codebook was changed by someone else (version "
                        + l.record.codebookVersion() + ", not " + ifMatch + ")", null);
            }
            String before = l.codebookYaml;
            l.codebookYaml = cb;
            l.check();
            Database.update(c, "UPDATE cases SET codebook_yaml = ?, codebook_version = ? WHERE project_id = ? AND case_id = ?",
                    cb, l.change, project, caseId);
            history(c, project, caseId, l.change, l.now, user, CODEBOOK, caseId, 0, "update",
                    before == null ? null : Map.of("yaml", before), cb == null ? null : Map.of("yaml", cb));
            return remember(project, caseId, l, record(c, project, caseId));
        });
    }

    /**
     * Undoes change {@code n} as a new change: an added row is deleted, a deleted row comes back
     * under its old number, an update is written back. A {@link ConflictException} when a later
     * change touched the same row (or record), or when the change is an import.
     */
    public Change revert(String project, String caseId, long n, String user) {
        return write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            Change ch;
            try (PreparedStatement ps = Database.prepare(c, "SELECT n, at_ms, user_name, tbl, rid, row_no, action, before_data, after_data"
                    + " FROM history WHERE project_id = ? AND case_id = ? AND n = ?", project, caseId, n);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("change", String.valueOf(n));
                }
                ch = change(rs);
            }
            if (ch.action().equals("import") || ch.action().equals("delete-case") || ch.table().equals(ADJUDICATION)) {
                throw new ConflictException("change " + n + " (" + ch.action() + ") cannot be reverted", null);
            }
            long later = Database.count(c, "SELECT COUNT(*) FROM history WHERE project_id = ? AND case_id = ? AND n > ? AND tbl = ? AND row_no = ?",
                    project, caseId, n, ch.table(), ch.row());
            if (later > 0) {
                StoredRow current = null;
                if (!ch.table().equals(RECORD) && !ch.table().equals(CODEBOOK)) {
                    try {
                        current = find(c, project, caseId, ch.table(), "row:" + ch.row());
                    } catch (NotFoundException gone) {
                        current = null;
                    }
                }
                throw new ConflictException("a later change touched the same " + (ch.table().equals(RECORD) ? "record" : "row")
                        + "; revert that one first", current);
            }
            String action = "revert";
            Map<String, String> before = ch.after();
            Map<String, String> after = ch.before();
            switch (ch.table()) {
                case RECORD -> {
                    l.caseYaml = after.get("yaml");
                    l.check();
                    Database.update(c, "UPDATE cases SET case_yaml = ?, record_version = ? WHERE project_id = ? AND case_id = ?",
                            l.caseYaml, l.change, project, caseId);
                }
                case CODEBOOK -> {
                    l.codebookYaml = after == null ? null : after.get("yaml");
                    l.check();
                    Database.update(c, "UPDATE cases SET codebook_yaml = ?, codebook_version = ? WHERE project_id = ? AND case_id = ?",
                            l.codebookYaml, l.change, project, caseId);
                }
                default -> {
                    String table = ch.table();
                    if (after == null) {
                        Database.update(c, "DELETE FROM case_rows WHERE project_id = ? AND case_id = ? AND tbl = ? AND row_no = ?",
                                project, caseId, table, ch.row());
                        l.edit(table).removeIf(x -> x.row() == ch.row());
                    } else if (before == null) {
                        StoredRow r = new StoredRow(table, ch.row(), l.change, after);
                        insert(c, project, caseId, r);
                        l.insertInOrder(r);
                    } else {
                        StoredRow r = new StoredRow(table, ch.row(), l.change, after);
                        Database.update(c, "UPDATE case_rows SET rid = ?, version = ?, data = ? WHERE project_id = ? AND case_id = ? AND tbl = ? AND row_no = ?",
                                ridOf(table, after), r.version(), json(after), project, caseId, table, r.row());
                        l.replace(r);
                    }
                    l.check();
                }
            }
            history(c, project, caseId, l.change, l.now, user, ch.table(), ch.id(), ch.row(), action, before, after);
            return remember(project, caseId, l, new Change(l.change, l.now, user, ch.table(), ch.id(), ch.row(), action, before, after));
        });
    }

    /** History's table word for the record of an adjudication (which copy each choice took, and who chose). */
    public static final String ADJUDICATION = "adjudication";

    /**
     * Writes an adjudication into a case in one checked transaction: {@code caseYaml} (null: unchanged) and each
     * row of {@code rows}, each a change of its own in history (action {@code adjudicate}, revertible like any other
     * change), then {@code summary} (which copy each choice took) as one more change of table
     * {@value #ADJUDICATION}, all by {@code user}. Any problem rolls everything back ({@link InvalidCaseException}).
     *
     * @return the changes written, in order
     */
    public List<Change> adjudicate(String project, String caseId, String caseYaml, List<RowChoice> rows,
                                   Map<String, String> summary, String user) {
        for (RowChoice r : rows) {
            CaseRows.columns(r.table());
            if (r.table().equals("indicators")) {
                throw new IllegalArgumentException("rows: indicators have no id and are not adjudicated row by row");
            }
        }
        return write(project, caseId, c -> {
            Loaded l = lock(c, project, caseId);
            int extra = rows.size() + (caseYaml != null ? 1 : 0);
            Database.update(c, "UPDATE cases SET next_change = next_change + ? WHERE project_id = ? AND case_id = ?",
                    extra, project, caseId);
            long n = l.change;
            List<Change> out = new ArrayList<>();
            if (caseYaml != null) {
                String before = l.caseYaml;
                l.caseYaml = caseYaml;
                Database.update(c, "UPDATE cases SET case_yaml = ?, record_version = ? WHERE project_id = ? AND case_id = ?",
                        caseYaml, l.change, project, caseId);
                history(c, project, caseId, n, l.now, user, RECORD, caseId, 0, "adjudicate", Map.of("yaml", before),
                        Map.of("yaml", caseYaml));
                out.add(new Change(n++, l.now, user, RECORD, caseId, 0, "adjudicate", Map.of("yaml", before), Map.of("yaml", caseYaml)));
            }
            long nextRow = l.nextRow;
            for (RowChoice r : rows) {
                StoredRow old;
                try {
                    old = find(c, project, caseId, r.table(), r.id());
                } catch (NotFoundException none) {
                    old = null;
                }
                if (r.values() == null && old == null) {
                    continue;
                }
                StoredRow now = null;
                if (r.values() == null) {
                    Database.update(c, "DELETE FROM case_rows WHERE project_id = ? AND case_id = ? AND tbl = ? AND row_no = ?",
                            project, caseId, r.table(), old.row());
                    long gone = old.row();
                    l.edit(r.table()).removeIf(x -> x.row() == gone);
                } else if (old == null) {
                    now = new StoredRow(r.table(), nextRow++, l.change, clean(r.values()));
                    insert(c, project, caseId, now);
                    l.edit(r.table()).add(now);
                } else {
                    now = new StoredRow(r.table(), old.row(), l.change, clean(r.values()));
                    Database.update(c, "UPDATE case_rows SET rid = ?, version = ?, data = ? WHERE project_id = ? AND case_id = ? AND tbl = ? AND row_no = ?",
                            ridOf(r.table(), now.values()), now.version(), json(now.values()), project, caseId, r.table(), now.row());
                    l.replace(now);
                }
                long row = now != null ? now.row() : old.row();
                Map<String, String> before = old == null ? null : old.values();
                Map<String, String> after = now == null ? null : now.values();
                history(c, project, caseId, n, l.now, user, r.table(), r.id(), row, "adjudicate", before, after);
                out.add(new Change(n++, l.now, user, r.table(), r.id(), row, "adjudicate", before, after));
            }
            Database.update(c, "UPDATE cases SET next_row = ? WHERE project_id = ? AND case_id = ?", nextRow, project, caseId);
            Case checked = l.check();
            if (caseYaml != null) {
                Database.update(c, "UPDATE cases SET name = ? WHERE project_id = ? AND case_id = ?", checked.info().name(), project, caseId);
            }
            history(c, project, caseId, n, l.now, user, ADJUDICATION, caseId, 0, "adjudicate", null, summary);
            out.add(new Change(n, l.now, user, ADJUDICATION, caseId, 0, "adjudicate", null, summary));
            return remember(project, caseId, l, out);
        });
    }

    /** Deletes a case; its history is kept (a later import of the same id goes on numbering changes). */
    public void deleteCase(String project, String caseId, String user) {
        cache.remove(key(project, caseId));
        write(project, caseId, c -> {
            Loaded l = lockOnly(c, project, caseId);
            Database.update(c, "UPDATE cases SET deleted = 1 WHERE project_id = ? AND case_id = ?", project, caseId);
            history(c, project, caseId, l.change, l.now, user, RECORD, caseId, 0, "delete-case", null, null);
            return null;
        });
    }

    // ------------------------------------------------------------------ internals

    private static void insert(Connection c, String project, String caseId, StoredRow r) throws SQLException {
        Database.update(c, "INSERT INTO case_rows (project_id, case_id, tbl, row_no, rid, version, data) VALUES (?, ?, ?, ?, ?, ?, ?)",
                project, caseId, r.table(), r.row(), ridOf(r.table(), r.values()), r.version(), json(r.values()));
    }

    private static void history(Connection c, String project, String caseId, long n, long at, String user, String table,
                                String rid, long row, String action, Map<String, String> before, Map<String, String> after)
            throws SQLException {
        Database.update(c, "INSERT INTO history (project_id, case_id, n, at_ms, user_name, tbl, rid, row_no, action, before_data, after_data)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", project, caseId, n, at, user, table, rid, row, action,
                before == null ? null : json(before), after == null ? null : json(after));
    }

    private static String ridOf(String table, Map<String, String> r) {
        return table.equals("indicators") ? null : r.get("id");
    }

    /** Values without empty ones; null keys refused. */
    private static Map<String, String> clean(Map<String, String> values) {
        Map<String, String> v = new LinkedHashMap<>();
        values.forEach((k, x) -> {
            if (k == null || k.isBlank()) {
                throw new IllegalArgumentException("values: a column name is blank");
            }
            if (x != null && !x.isEmpty()) {
                v.put(k, x);
            }
        });
        return v;
    }

    static String json(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    static Map<String, String> parse(String s) {
        try {
            return JSON.readValue(s, ROW);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored row is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Locks the case for writing: raises its version and takes the next change number. */
    private static Loaded lockOnly(Connection c, String project, String caseId) throws SQLException {
        long now = System.currentTimeMillis();
        if (Database.update(c, "UPDATE cases SET version = next_change, next_change = next_change + 1, updated_ms = ?"
                + " WHERE project_id = ? AND case_id = ? AND deleted = 0", now, project, caseId) == 0) {
            throw new NotFoundException("case", caseId);
        }
        Loaded l = new Loaded();
        l.record = record(c, project, caseId);
        l.change = l.record.version();
        l.now = now;
        l.caseYaml = l.record.caseYaml();
        l.codebookYaml = l.record.codebookYaml();
        try (PreparedStatement ps = Database.prepare(c, "SELECT next_row FROM cases WHERE project_id = ? AND case_id = ?", project, caseId);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            l.nextRow = rs.getLong(1);
        }
        return l;
    }

    private Loaded lock(Connection c, String project, String caseId) throws SQLException {
        Loaded l = lockOnly(c, project, caseId);
        Cached cached = cache.get(key(project, caseId));
        if (cached != null && cached.version() == l.change - 1) {
            l.rows.putAll(cached.rows()); // copied on first edit (Loaded.edit)
            l.base = cached.tables();
            l.files.putAll(cached.tables().allDocumentFiles());
        } else {
            for (String t : CaseRows.TABLES) {
                l.rows.put(t, rows(c, project, caseId, t));
            }
            l.changed.addAll(CaseRows.TABLES);
            l.files.putAll(files(c, project, caseId));
        }
        return l;
    }

    private static Loaded load(Connection c, String project, String caseId) throws SQLException {
        Loaded l = new Loaded();
        l.record = record(c, project, caseId);
        l.caseYaml = l.record.caseYaml();
        l.codebookYaml = l.record.codebookYaml();
        for (String t : CaseRows.TABLES) {
            l.rows.put(t, rows(c, project, caseId, t));
        }
        l.files.putAll(files(c, project, caseId));
        return l;
    }

    /** A case loaded inside a transaction, changed in memory alongside the database, then checked. */
    private static final class Loaded {
        CaseRecord record;
        String caseYaml;
        String codebookYaml;
        long change;
        long now;
        long nextRow;
        final Map<String, List<StoredRow>> rows = new LinkedHashMap<>();
        /** The checked tables of the version before this write (from the cache), or null. */
        CaseRows base;
        /** Tables whose rows differ from {@link #base}'s (all of them when there is no base). */
        final java.util.Set<String> changed = new java.util.HashSet<>();
        private CaseRows tables;
        /** The case's files under documents/ (format 1.1), by path: change them through {@link #putFile}. */
        final Map<String, byte[]> files = new LinkedHashMap<>();
        private boolean filesChanged;

        /** Adds or replaces a file under documents/. */
        void putFile(String path, byte[] bytes) {
            files.put(path, bytes);
            filesChanged = true;
            tables = null;
        }

        /** The rows of {@code table}, to be changed: copied on the first edit, the table marked changed. */
        List<StoredRow> edit(String table) {
            if (changed.add(table)) {
                rows.put(table, new ArrayList<>(rows.get(table)));
            }
            tables = null;
            return rows.get(table);
        }

        /** The tables as they are now; with a base, only the changed tables are new ({@link CaseRows#with}). */
        CaseRows tables() {
            if (tables == null) {
                if (base == null) {
                    Map<String, List<Map<String, String>>> t = new LinkedHashMap<>();
                    rows.forEach((k, v) -> t.put(k, v.stream().map(StoredRow::values).toList()));
                    tables = new CaseRows(caseYaml, codebookYaml, t, files);
                } else {
                    Map<String, List<Map<String, String>>> t = new LinkedHashMap<>();
                    for (String k : changed) {
                        t.put(k, rows.get(k).stream().map(StoredRow::values).toList());
                    }
                    tables = base.with(caseYaml, codebookYaml, t);
                    if (filesChanged) {
                        tables = tables.withDocumentFiles(files);
                    }
                }
            }
            return tables;
        }

        void replace(StoredRow r) {
            List<StoredRow> list = edit(r.table());
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).row() == r.row()) {
                    list.set(i, r);
                }
            }
        }

        void insertInOrder(StoredRow r) {
            List<StoredRow> list = edit(r.table());
            int i = 0;
            while (i < list.size() && list.get(i).row() < r.row()) {
                i++;
            }
            list.add(i, r);
        }

        /** Checks the case as changed; throws {@link InvalidCaseException} (the transaction rolls back) on any error. */
        Case check() {
            tables = null; // case.yaml or codebook.yaml may have been set since
            CaseRows t = tables();
            try {
                return t.read();
            } catch (CaseFormatException e) {
                throw new InvalidCaseException(problems(t, e.errors()));
            }
        }

        private List<RowProblem> problems(CaseRows t, List<Problem> problems) {
            List<RowProblem> out = new ArrayList<>();
            for (Problem p : problems) {
                String file = p.file();
                if (file.endsWith(".csv")) {
                    String table = file.substring(0, file.length() - 4);
                    int i = t.rowAt(table, p.line());
                    StoredRow r = i >= 0 ? rows.get(table).get(i) : null;
                    String field = p.field();
                    if (field == null && p.column() > 0) {
                        List<String> header = t.header(table);
                        field = p.column() <= header.size() ? header.get(p.column() - 1) : null;
                    }
                    out.add(new RowProblem(table, r == null ? null : r.id(), r == null ? 0 : r.row(), field, p.found(),
                            p.expected(), p.message(), p.isError()));
                } else {
                    String table = file.equals(CaseRows.CODEBOOK_FILE) ? CODEBOOK : RECORD;
                    out.add(new RowProblem(table, record.id(), 0, p.field(), p.found(), p.expected(), p.message(), p.isError()));
                }
            }
            return out;
        }
    }

    /** Problems of a file-based validation (an upload), unchanged: the shape {@code validate --json} writes. */
    public static List<Problem> errors(ValidationReport r) {
        return r.errors();
    }
}
