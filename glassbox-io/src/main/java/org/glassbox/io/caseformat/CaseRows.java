package org.glassbox.io.caseformat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glassbox.core.model.Case;

/**
 * A case as the rows of its own files, for a store that keeps cases as rows: case.yaml and
 * codebook.yaml as text, each table (actors, ties, events, indicators, sources, and format 1.1's
 * objects, documents, segments) as rows keyed by the format's column names, unknown columns kept, and
 * the document files under {@code documents/} (texts and originals) as bytes by path. The tables are written back exactly as
 * {@link CaseWriter} writes a folder (the format's columns first, then the unknown ones in the order
 * they first appear) and checked by the same rules as {@link CaseReader}, in memory; a problem's
 * line maps back to its row through {@link #rowAt}. So a store built on this class never
 * re-implements the format.
 */
public final class CaseRows {
    /** The format's tables, in the order they are read (version 1's, then the additions of 1.1). */
    public static final List<String> TABLES = List.of("actors", "sources", "ties", "events", "indicators", "objects",
            "documents", "segments");
    /** The tables of format 1.1: their files are written only when they have rows (as {@link CaseWriter} does). */
    public static final List<String> TABLES_1_1 = List.of("objects", "documents", "segments");
    /** case.yaml's file name. */
    public static final String CASE_FILE = CaseTables.CASE;
    /** codebook.yaml's file name. */
    public static final String CODEBOOK_FILE = CaseTables.CODEBOOK;

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "actors", CaseTables.ACTOR_COLUMNS, "ties", CaseTables.TIE_COLUMNS, "events", CaseTables.EVENT_COLUMNS,
            "indicators", CaseTables.INDICATOR_COLUMNS, "sources", CaseTables.SOURCE_COLUMNS,
            "objects", CaseTables.OBJECT_COLUMNS, "documents", CaseTables.DOCUMENT_COLUMNS,
            "segments", CaseTables.SEGMENT_COLUMNS);
    /** documents.csv's columns naming files under documents/. */
    private static final List<String> DOCUMENT_FILE_COLUMNS = List.of("text", "original");
    /**
     * documents.csv's column (an extension the workspace reads; the format keeps it as an attribute) naming, as a
     * {@code ;} list of coder ids, the coders assigned to a {@code restricted} document: only they and owners see it.
     */
    public static final String ASSIGNED_CODERS = "coders";
    /** Columns that hold {@code ;} lists (case-format.md and its 1.1 additions). */
    private static final Map<String, Set<String>> LISTS = Map.of(
            "events", Set.of("initiator", "targets", "participants", "objects", "source", "exempt"),
            "actors", Set.of(), "ties", Set.of(), "indicators", Set.of(), "sources", Set.of(),
            "objects", Set.of(), "documents", Set.of(ASSIGNED_CODERS), "segments", Set.of("links", "codes"));

    private final String caseYaml;
    private final String codebookYaml;
    private final Map<String, List<Map<String, String>>> tables;
    private final Map<String, Rendered> rendered;
    /** case.yaml and codebook.yaml as parsed without a problem, kept once read (shared by {@link #with} when unchanged). */
    private final Map<String, YamlNode> parsedYaml;
    private final Map<String, byte[]> documentFiles;
    private Map<String, byte[]> files;
    private Map<String, int[]> lines;

    /**
     * @param caseYaml     case.yaml's text
     * @param codebookYaml codebook.yaml's text, or null when the case keeps the default codebook
     * @param tables       rows per table name (absent tables are empty); each row maps column to text
     */
    public CaseRows(String caseYaml, String codebookYaml, Map<String, List<Map<String, String>>> tables) {
        this(caseYaml, codebookYaml, tables, Map.of());
    }

    /**
     * @param caseYaml      case.yaml's text
     * @param codebookYaml  codebook.yaml's text, or null when the case keeps the default codebook
     * @param tables        rows per table name (absent tables are empty); each row maps column to text
     * @param documentFiles the files under {@code documents/} by path ({@code documents/d1.txt}): the texts
     *                      (UTF-8) and originals documents.csv names; the arrays are kept, not copied. A file
     *                      no documents row names is kept but not written.
     * @throws IllegalArgumentException when a path is not a plain path under {@code documents/}
     */
    public CaseRows(String caseYaml, String codebookYaml, Map<String, List<Map<String, String>>> tables,
                    Map<String, byte[]> documentFiles) {
        Map<String, byte[]> df = new LinkedHashMap<>();
        documentFiles.forEach((path, bytes) -> {
            String why = DocumentFiles.refusal(path);
            if (why != null) {
                throw new IllegalArgumentException("documentFiles: '" + path + "' is " + why);
            }
            df.put(path, Objects.requireNonNull(bytes, "documentFiles: the bytes of " + path));
        });
        this.documentFiles = java.util.Collections.unmodifiableMap(df);
        this.caseYaml = Objects.requireNonNull(caseYaml, "caseYaml");
        this.codebookYaml = codebookYaml == null || codebookYaml.isBlank() ? null : codebookYaml;
        Map<String, List<Map<String, String>>> t = new LinkedHashMap<>();
        for (String name : TABLES) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Map<String, String> r : tables.getOrDefault(name, List.of())) {
                rows.add(new LinkedHashMap<>(r));
            }
            t.put(name, rows);
        }
        for (String name : tables.keySet()) {
            if (!COLUMNS.containsKey(name)) {
                throw new IllegalArgumentException("tables: unknown table '" + name + "' (expected one of " + TABLES + ")");
            }
        }
        this.tables = t;
        this.rendered = new HashMap<>();
        this.parsedYaml = new HashMap<>();
    }

    /** Shares the rows (never changed after construction) and renderings of {@link #with}. */
    private CaseRows(String caseYaml, String codebookYaml, Map<String, List<Map<String, String>>> tables,
                     Map<String, byte[]> documentFiles, Map<String, Rendered> rendered, Map<String, YamlNode> parsedYaml) {
        this.documentFiles = documentFiles;
        this.caseYaml = Objects.requireNonNull(caseYaml, "caseYaml");
        this.codebookYaml = codebookYaml == null || codebookYaml.isBlank() ? null : codebookYaml;
        this.tables = tables;
        this.rendered = rendered;
        this.parsedYaml = parsedYaml;
    }

    /** The format's own columns of {@code table}, in file order. */
    public static List<String> columns(String table) {
        List<String> c = COLUMNS.get(table);
        if (c == null) {
            throw new IllegalArgumentException("table: unknown table '" + table + "' (expected one of " + TABLES + ")");
        }
        return c;
    }

    /** Whether {@code column} of {@code table} holds a {@code ;} list. */
    public static boolean isList(String table, String column) {
        return LISTS.getOrDefault(table, Set.of()).contains(column);
    }

    /** The tables of {@code c} as {@link CaseWriter#writeFolder} writes them. */
    public static CaseRows of(Case c) throws IOException {
        Path dir = Files.createTempDirectory("glassbox-case");
        try {
            CaseWriter.writeFolder(c, dir);
            return readFolder(dir);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Reads a canonical case folder (as {@link CaseWriter} writes it) into rows. */
    static CaseRows readFolder(Path dir) throws IOException {
        String yaml = Files.readString(dir.resolve(CASE_FILE), StandardCharsets.UTF_8);
        Path cb = dir.resolve(CODEBOOK_FILE);
        String codebook = Files.isRegularFile(cb) ? Files.readString(cb, StandardCharsets.UTF_8) : null;
        Map<String, List<Map<String, String>>> t = new LinkedHashMap<>();
        for (String name : TABLES) {
            Path f = dir.resolve(name + ".csv");
            List<Map<String, String>> rows = new ArrayList<>();
            if (Files.isRegularFile(f)) {
                ProblemLog log = new ProblemLog();
                try (CsvTable table = new CsvTable(f.toString(), Files.newInputStream(f), log)) {
                    List<String> header = table.header();
                    while (table.next()) {
                        Map<String, String> r = new LinkedHashMap<>();
                        for (int i = 0; i < header.size(); i++) {
                            String v = table.get(i);
                            if (!v.isEmpty()) {
                                r.put(header.get(i), v);
                            }
                        }
                        rows.add(r);
                    }
                }
                if (log.hasErrors()) {
                    throw new IOException("cannot read back " + f + ": " + log.problems().get(0).format());
                }
            }
            t.put(name, rows);
        }
        Map<String, byte[]> df = new LinkedHashMap<>();
        for (Map<String, String> d : t.get("documents")) {
            for (String column : DOCUMENT_FILE_COLUMNS) {
                String path = d.get(column);
                if (path != null && DocumentFiles.refusal(path) == null && !df.containsKey(path)) {
                    byte[] b = DocumentFiles.read(dir, path, Long.MAX_VALUE - 1);
                    if (b != null) {
                        df.put(path, b);
                    }
                }
            }
        }
        return new CaseRows(yaml, codebook, t, df);
    }

    /**
     * Reads a case folder as {@link CaseWriter} writes it (the format's files, and under {@code documents/} the
     * texts and originals documents.csv names) into rows, without checking it ({@link #validate} does).
     *
     * @throws IOException when a file cannot be read (or a table is no CSV)
     */
    public static CaseRows ofFolder(Path dir) throws IOException {
        return readFolder(dir);
    }

    public String caseYaml() {
        return caseYaml;
    }

    /** codebook.yaml's text, or null. */
    public String codebookYaml() {
        return codebookYaml;
    }

    /**
     * The files under {@code documents/} that documents.csv names (text and original), by path, in row order: the
     * ones the case consists of (arrays as kept, not copies).
     */
    public Map<String, byte[]> documentFiles() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map<String, String> d : tables.get("documents")) {
            for (String column : DOCUMENT_FILE_COLUMNS) {
                String path = d.get(column);
                if (path != null && documentFiles.containsKey(path)) {
                    out.put(path, documentFiles.get(path));
                }
            }
        }
        return out;
    }

    /** These rows with {@code more} files under {@code documents/} besides (replacing those of the same path). */
    public CaseRows withDocumentFiles(Map<String, byte[]> more) {
        if (more.isEmpty()) {
            return this;
        }
        Map<String, byte[]> df = new LinkedHashMap<>(documentFiles);
        df.putAll(more);
        for (String path : df.keySet()) {
            String why = DocumentFiles.refusal(path);
            if (why != null) {
                throw new IllegalArgumentException("more: '" + path + "' is " + why);
            }
        }
        Map<String, Rendered> shared;
        Map<String, YamlNode> yaml;
        synchronized (this) {
            shared = new HashMap<>(rendered);
            yaml = new HashMap<>(parsedYaml);
        }
        return new CaseRows(caseYaml, codebookYaml, tables, java.util.Collections.unmodifiableMap(df), shared, yaml);
    }

    /** Every file under {@code documents/} these rows were given, named by a documents row or not. */
    public Map<String, byte[]> allDocumentFiles() {
        return documentFiles;
    }

    /** The rows of {@code table} (copies; empty values may be absent). */
    public List<Map<String, String>> rows(String table) {
        columns(table);
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : tables.get(table)) {
            out.add(new LinkedHashMap<>(r));
        }
        return out;
    }

    /** The header of {@code table} as written: the format's columns, then unknown ones in order of first use. */
    public List<String> header(String table) {
        Set<String> h = new LinkedHashSet<>(columns(table));
        for (Map<String, String> r : tables.get(table)) {
            h.addAll(r.keySet());
        }
        return new ArrayList<>(h);
    }

    /**
     * The case's files as bytes, by file name, in {@link CaseWriter}'s order: case.yaml, actors.csv, ties.csv,
     * events.csv, indicators.csv, sources.csv, codebook.yaml when present, then objects.csv and documents.csv when they
     * have rows, the document files ({@code documents/…}), and segments.csv when it has rows.
     */

    public synchronized Map<String, byte[]> files() {
        if (files == null) {
            Map<String, byte[]> f = new LinkedHashMap<>();
            Map<String, int[]> l = new LinkedHashMap<>();
            f.put(CASE_FILE, caseYaml.getBytes(StandardCharsets.UTF_8));
            for (String name : TABLES) {
                if (name.equals("objects") && codebookYaml != null) {
                    f.put(CODEBOOK_FILE, codebookYaml.getBytes(StandardCharsets.UTF_8));
                }
                if (name.equals("segments")) {
                    f.putAll(documentFiles());
                }
                if (TABLES_1_1.contains(name) && tables.get(name).isEmpty()) {
                    continue;
                }
                Rendered r = rendered(name);
                f.put(name + ".csv", r.bytes());
                l.put(name + ".csv", r.starts());
            }
            files = f;
            lines = l;
        }
        return files;
    }

    /**
     * One table's file and the first physical line of each row, rendered once (and shared by {@link #with}),
     * with the file as the CSV reader parsed it once it has been read ({@link ParsedCsv}).
     */
    private static final class Rendered {
        private final byte[] bytes;
        private final int[] starts;
        private ParsedCsv parsed;
        private boolean unparseable;

        Rendered(byte[] bytes, int[] starts) {
            this.bytes = bytes;
            this.starts = starts;
        }

        byte[] bytes() {
            return bytes;
        }

        int[] starts() {
            return starts;
        }

        /**
         * The file as {@link CsvTable} reads it, or null when reading it logs any problem (then the caller
         * reads it with a {@link CsvTable} on its own log, so every problem is reported as a fresh read
         * reports it). The same bytes always parse the same, so a parse is kept and replayed.
         */
        synchronized ParsedCsv parsed(String file) {
            if (parsed == null && !unparseable) {
                ProblemLog log = new ProblemLog();
                try (CsvTable t = new CsvTable(file, new ByteArrayInputStream(bytes), log)) {
                    List<String> header = List.copyOf(t.header());
                    int headerLine = t.headerPos(0).line();
                    List<String[]> rows = new ArrayList<>();
                    List<Integer> lines = new ArrayList<>();
                    while (t.next()) {
                        String[] cells = new String[header.size()];
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = t.get(i);
                        }
                        rows.add(cells);
                        lines.add(t.line());
                    }
                    if (log.problems().isEmpty() && !t.failed()) {
                        parsed = new ParsedCsv(file, header, headerLine, rows, lines.stream().mapToInt(Integer::intValue).toArray());
                    } else {
                        unparseable = true;
                    }
                }
            }
            return parsed;
        }
    }

    /** Table {@code name} as {@link CaseWriter} writes it; memoized. Call with this object's lock held. */
    private Rendered rendered(String name) {
        Rendered done = rendered.get(name);
        if (done != null) {
            return done;
        }
        List<String> header = header(name);
        List<Map<String, String>> rows = tables.get(name);
        int[] starts = new int[rows.size()];
        StringWriter sw = new StringWriter(64 + rows.size() * 64);
        CsvWriter csv = new CsvWriter(sw);
        String[] cells = new String[header.size()];
        try {
            csv.row(header.toArray(new String[0]));
            int line = 2;
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = r.get(header.get(c));
                }
                csv.row(cells);
                starts[i] = line;
                CharSequence written = csv.lastRow();
                line += 1 + breaks(written, 0, written.length() - 2);
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        done = new Rendered(sw.toString().getBytes(StandardCharsets.UTF_8), starts);
        rendered.put(name, done);
        return done;
    }

    /**
     * These tables with some changed: case.yaml and codebook.yaml replaced by the texts given, and each
     * table named in {@code changed} replaced by its rows there; every other table is shared with this
     * object, rendered file included, so checking a one-row edit renders only the edited table. The
     * result is exactly {@code new CaseRows(caseYaml, codebookYaml, allTables)} — the same files, the
     * same problems from {@link #read} and {@link #validate}.
     *
     * @param caseYaml     case.yaml's text
     * @param codebookYaml codebook.yaml's text, or null for the default codebook
     * @param changed      the rows of each changed table, by table name
     */
    public CaseRows with(String caseYaml, String codebookYaml, Map<String, List<Map<String, String>>> changed) {
        Map<String, List<Map<String, String>>> t = new LinkedHashMap<>();
        for (String name : TABLES) {
            t.put(name, changed.containsKey(name) ? null : tables.get(name));
        }
        for (String name : changed.keySet()) {
            columns(name);
            List<Map<String, String>> rows = new ArrayList<>();
            for (Map<String, String> r : changed.get(name)) {
                rows.add(new LinkedHashMap<>(r));
            }
            t.put(name, rows);
        }
        Map<String, Rendered> shared = new HashMap<>();
        Map<String, YamlNode> yaml = new HashMap<>();
        CaseRows derived = new CaseRows(caseYaml, codebookYaml, t, documentFiles, shared, yaml);
        synchronized (this) {
            rendered.forEach((name, r) -> {
                if (!changed.containsKey(name)) {
                    shared.put(name, r);
                }
            });
            if (parsedYaml.containsKey(CASE_FILE) && this.caseYaml.equals(derived.caseYaml)) {
                yaml.put(CASE_FILE, parsedYaml.get(CASE_FILE));
            }
            if (parsedYaml.containsKey(CODEBOOK_FILE) && Objects.equals(this.codebookYaml, derived.codebookYaml)) {
                yaml.put(CODEBOOK_FILE, parsedYaml.get(CODEBOOK_FILE));
            }
        }
        return derived;
    }

    /** Physical line breaks in {@code s[from, to)} as the CSV parser counts them (CRLF, CR, LF). */
    private static int breaks(CharSequence s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                n++;
            } else if (c == '\r') {
                n++;
                if (i + 1 < to && s.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        return n;
    }

    /**
     * The index (0-based, in {@link #rows} order) of the row of {@code table} that physical line
     * {@code line} of its file belongs to, or -1 (the header, or no such line).
     */
    public int rowAt(String table, int line) {
        files();
        int[] starts = lines.get(table + ".csv");
        if (starts == null || starts.length == 0 || line < starts[0]) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, line);
        return i >= 0 ? i : -i - 2;
    }

    /** Every problem of the case (errors and notes), with file names {@code case.yaml}, {@code events.csv}, …. */
    public ValidationReport validate() {
        return validate(false);
    }

    /**
     * Every problem of the case; with {@code strict}, the notes that doubt the coding count as errors (as
     * {@link CaseReader#validate(Path, CaseReader.Form, boolean)}).
     */
    public ValidationReport validate(boolean strict) {
        ProblemLog log = new ProblemLog(strict);
        try (MemorySource s = new MemorySource(files(), this)) {
            CaseLoader.load(s, log);
        }
        return new ValidationReport(Path.of("case"), log.problems());
    }

    /**
     * The case these tables hold.
     *
     * @throws CaseFormatException with every problem, when the tables break the format
     */
    public Case read() throws CaseFormatException {
        ProblemLog log = new ProblemLog();
        Case c;
        try (MemorySource s = new MemorySource(files(), this)) {
            c = CaseLoader.load(s, log);
        }
        if (c == null || log.hasErrors()) {
            throw new CaseFormatException(log.problems());
        }
        return c;
    }

    /** Writes the files into folder {@code dir} (created when missing). */
    public void writeFolder(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : files().entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
    }

    /** Writes the files as a zip with one top folder {@code folder} (the case's id is a good name). */
    public void writeZip(String folder, OutputStream out) throws IOException {
        if (folder.isBlank() || folder.contains("/") || folder.contains("\\") || folder.contains("..")) {
            throw new IllegalArgumentException("folder: not a plain folder name: '" + folder + "'");
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : files().entrySet()) {
            zip.putNextEntry(new ZipEntry(folder + "/" + e.getKey()));
            zip.write(e.getValue());
            zip.closeEntry();
        }
        zip.finish();
    }

    /** The zip's bytes, as {@link #writeZip}. */
    public byte[] zip(String folder) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writeZip(folder, b);
        return b.toByteArray();
    }

    /** The case held in memory as its files. */
    private static final class MemorySource extends FileCaseSource {
        private final Map<String, byte[]> files;
        private final CaseRows rows;
        private final Map<String, byte[]> documentFiles;

        MemorySource(Map<String, byte[]> files, CaseRows rows) {
            this.files = files;
            this.rows = rows;
            this.documentFiles = rows.documentFiles;
        }

        @Override
        public YamlNode caseInfo(ProblemLog log) {
            return yaml(CASE_FILE, log);
        }

        @Override
        public YamlNode codebook(ProblemLog log) {
            return yaml(CODEBOOK_FILE, log);
        }

        /**
         * case.yaml or codebook.yaml from its kept parse; else parsed, and kept when parsing logged nothing
         * (the tree is never changed by its readers). A file whose parse logs a problem is parsed again on
         * {@code log}, so its problems are reported as a fresh read reports them.
         */
        private YamlNode yaml(String name, ProblemLog log) {
            if (!has(name)) {
                return null;
            }
            synchronized (rows) {
                YamlNode kept = rows.parsedYaml.get(name);
                if (kept != null) {
                    return kept;
                }
            }
            ProblemLog own = new ProblemLog();
            YamlNode n = YamlTree.read(open(name), display(name), own);
            if (n != null && own.problems().isEmpty()) {
                synchronized (rows) {
                    rows.parsedYaml.put(name, n);
                }
                return n;
            }
            return name.equals(CASE_FILE) ? super.caseInfo(log) : super.codebook(log);
        }

        /** A table from its kept parse when it has one (no problem in its CSV syntax), else read afresh. */
        @Override
        public Table table(String name, ProblemLog log) {
            if (name.endsWith(".csv") && has(name)) {
                Rendered r;
                synchronized (rows) {
                    r = rows.rendered.get(name.substring(0, name.length() - 4));
                }
                ParsedCsv p = r == null ? null : r.parsed(display(name));
                if (p != null) {
                    return p.table();
                }
            }
            return super.table(name, log);
        }

        @Override
        Set<String> names() {
            return files.keySet();
        }

        @Override
        InputStream open(String name) {
            return new ByteArrayInputStream(files.get(name));
        }

        @Override
        public byte[] document(String path, long max) throws DocumentFiles.TooLarge {
            byte[] b = documentFiles.get(path);
            if (b != null && b.length > max) {
                throw new DocumentFiles.TooLarge(max);
            }
            return b;
        }

        @Override
        public String display(String name) {
            return name;
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
