package org.glassbox.server.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The full-text index of the workspace's documents and coded passages (a Lucene index in a folder
 * beside the store, or in memory). Each document's text and each passage's quote is indexed twice:
 * as CJK bigrams (field {@code text}) and as unigrams (field {@code text1}), see {@link Analyzers}
 * and {@link Terms}. Beside them the index keeps, per case, the store's case version it was last
 * brought up to; {@link #sync} compares those with the store and re-indexes every case whose
 * version differs (all of them when the index is missing, unreadable or of another format), and
 * drops cases the store no longer has. Every change is committed before the call returns.
 *
 * <p>Offsets: Lucene counts UTF-16 chars; every offset this class returns is converted to Unicode
 * code points of the stored text (case format 1.1).
 */
public final class DocumentIndex implements AutoCloseable {
    /** The index's own format; another value in a found index means: rebuild it. */
    static final String FORMAT = "glassbox.search/1";
    static final int CONTEXT = 30;
    static final int GAP = 40;
    static final int MAX_MARKS = 200;

    private static final String KIND = "kind";
    private static final String KEY = "key";
    private static final String CASE_KEY = "caseKey";
    private static final String DOC_KEY = "docKey";
    private static final String PROJECT = "project";

    private final Path folder;
    private final Directory dir;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean rebuilt;

    /** A case of a project. */
    public record CaseRef(String project, String kase) {
        public CaseRef {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(kase, "kase");
        }
    }

    /** What {@link #sync} did: cases re-indexed from the store, dropped, and found current. */
    public record Sync(int reindexed, int removed, int current, boolean rebuilt) {
    }

    private DocumentIndex(Path folder, Directory dir, IndexWriter writer, boolean rebuilt) throws IOException {
        this.folder = folder;
        this.dir = dir;
        this.writer = writer;
        this.rebuilt = rebuilt;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens (or creates) the index in {@code folder}; null keeps it in memory (then {@link #sync}
     * fills it from the store at every start). A found index of another format, or one that
     * cannot be read, is replaced by an empty one (and {@link #sync} rebuilds it).
     */
    public static DocumentIndex open(Path folder) {
        Directory d = null;
        try {
            if (folder == null) {
                d = new ByteBuffersDirectory();
            } else {
                Files.createDirectories(folder);
                d = FSDirectory.open(folder);
            }
            IndexWriterConfig.OpenMode mode = IndexWriterConfig.OpenMode.CREATE;
            if (DirectoryReader.indexExists(d)) {
                try (DirectoryReader r = DirectoryReader.open(d)) {
                    if (FORMAT.equals(r.getIndexCommit().getUserData().get("format"))) {
                        mode = IndexWriterConfig.OpenMode.APPEND;
                    }
                } catch (IOException | RuntimeException unreadable) {
                    mode = IndexWriterConfig.OpenMode.CREATE;
                    if (folder != null) {
                        clear(folder);
                    }
                }
            }
            Analyzer a = new PerFieldAnalyzerWrapper(Analyzers.BIGRAMS, Map.of(Terms.UNIGRAM_FIELD, Analyzers.UNIGRAMS));
            IndexWriter w = new IndexWriter(d, new IndexWriterConfig(a).setOpenMode(mode).setCommitOnClose(false));
            boolean created = mode == IndexWriterConfig.OpenMode.CREATE;
            if (created) {
                w.setLiveCommitData(Map.of("format", FORMAT).entrySet());
                w.commit();
            }
            return new DocumentIndex(folder, d, w, created);
        } catch (LockObtainFailedException e) {
            close(d);
            throw new SearchIndexException(folder, "in use by another process (its write.lock is held); one server per index", e);
        } catch (IOException e) {
            close(d);
            throw new SearchIndexException(folder, "cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Deletes an unreadable index's files (only names Lucene writes: the folder may be shared). */
    private static void clear(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith(IndexFileNames.SEGMENTS) || n.startsWith(IndexFileNames.PENDING_SEGMENTS)
                        || IndexFileNames.CODEC_FILE_PATTERN.matcher(n).matches()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static void close(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one reported
            }
        }
    }

    /** The folder, or null for an index in memory. */
    public Path folder() {
        return folder;
    }

    /** Whether this open started from an empty index (none found, unreadable, or of another format). */
    public boolean rebuilt() {
        return rebuilt;
    }

    // ------------------------------------------------------------------ writing

    /** Indexes (or re-indexes) one document with its passages, and records {@code caseVersion} for its case. */
    public synchronized void put(IndexedDocument d, long caseVersion) {
        write(() -> {
            writer.deleteDocuments(new Term(DOC_KEY, docKey(d.project(), d.kase(), d.id())));
            add(d);
            marker(d.project(), d.kase(), caseVersion);
        });
    }

    /** Removes one document and its passages, and records {@code caseVersion} for its case. */
    public synchronized void remove(String project, String kase, String document, long caseVersion) {
        write(() -> {
            writer.deleteDocuments(new Term(DOC_KEY, docKey(project, kase, document)));
            marker(project, kase, caseVersion);
        });
    }

    /** Replaces everything indexed for a case by {@code documents}, at {@code caseVersion}. */
    public synchronized void putCase(String project, String kase, long caseVersion, List<IndexedDocument> documents) {
        for (IndexedDocument d : documents) {
            if (!d.project().equals(project) || !d.kase().equals(kase)) {
                throw new IllegalArgumentException("documents: " + d.id() + " belongs to " + d.project() + "/" + d.kase()
                        + ", not " + project + "/" + kase);
            }
        }
        write(() -> {
            writer.deleteDocuments(new Term(CASE_KEY, caseKey(project, kase)));
            for (IndexedDocument d : documents) {
                add(d);
            }
            marker(project, kase, caseVersion);
        });
    }

    /** Removes a case (deleted from the store) from the index. */
    public synchronized void removeCase(String project, String kase) {
        write(() -> writer.deleteDocuments(new Term(CASE_KEY, caseKey(project, kase))));
    }

    /**
     * Brings the index up to the store: {@code store} is every case of the store with its version,
     * {@code documents} reads a case's documents (with their passages) from the store. Cases whose
     * recorded version differs are re-indexed, cases the store lacks are removed; one commit.
     */
    public synchronized Sync sync(Map<CaseRef, Long> store, Function<CaseRef, List<IndexedDocument>> documents) {
        return sync(null, store, documents);
    }

    /**
     * {@link #sync(Map, Function)} for one project: {@code store} is every case of {@code project}, and
     * only that project's cases are compared (and removed when the store lacks them).
     */
    public synchronized Sync sync(String project, Map<CaseRef, Long> store, Function<CaseRef, List<IndexedDocument>> documents) {
        Map<CaseRef, Long> held = new LinkedHashMap<>(indexedCases());
        if (project != null) {
            held.keySet().removeIf(c -> !c.project().equals(project));
        }
        int[] counts = new int[3];
        write(() -> {
            for (Map.Entry<CaseRef, Long> e : store.entrySet()) {
                CaseRef c = e.getKey();
                if (Objects.equals(held.get(c), e.getValue())) {
                    counts[2]++;
                    continue;
                }
                List<IndexedDocument> docs = documents.apply(c);
                writer.deleteDocuments(new Term(CASE_KEY, caseKey(c.project(), c.kase())));
                for (IndexedDocument d : docs) {
                    add(d);
                }
                marker(c.project(), c.kase(), e.getValue());
                counts[0]++;
            }
            for (CaseRef c : held.keySet()) {
                if (!store.containsKey(c)) {
                    writer.deleteDocuments(new Term(CASE_KEY, caseKey(c.project(), c.kase())));
                    counts[1]++;
                }
            }
        });
        return new Sync(counts[0], counts[1], counts[2], rebuilt);
    }

    /** The cases the index holds, each with the store's case version it was brought up to. */
    public Map<CaseRef, Long> indexedCases() {
        return read(s -> {
            Map<CaseRef, Long> out = new LinkedHashMap<>();
            StoredFields f = s.storedFields();
            for (ScoreDoc sd : s.search(new TermQuery(new Term(KIND, "case")), Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                Document d = f.document(sd.doc);
                out.put(new CaseRef(d.get(PROJECT), d.get("case")), d.getField("version").numericValue().longValue());
            }
            return out;
        });
    }

    private interface Work {
        void run() throws IOException;
    }

    private void write(Work w) {
        try {
            // Each unit of work is whole in itself (a case's or a document's deletions, additions and
            // marker), and it checks its arguments before it writes, so what is pending is always
            // consistent: a unit that fails half-way is completed by the next sync of its case.
            w.run();
            writer.setLiveCommitData(Map.of("format", FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new SearchIndexException(folder, "cannot be written: " + e.getMessage(), e);
        }
    }

    private void add(IndexedDocument d) throws IOException {
        Document doc = new Document();
        common(doc, d.project(), d.kase(), d.id());
        doc.add(new StringField(KIND, "document", Field.Store.YES));
        doc.add(new StringField(KEY, "d\u0000" + docKey(d.project(), d.kase(), d.id()), Field.Store.NO));
        text(doc, d.text());
        writer.addDocument(doc);
        int[] cps = d.text().codePoints().toArray();
        for (IndexedPassage p : d.passages()) {
            Document pd = new Document();
            common(pd, d.project(), d.kase(), d.id());
            pd.add(new StringField(KIND, "passage", Field.Store.YES));
            pd.add(new StringField(KEY, "p\u0000" + docKey(d.project(), d.kase(), d.id()) + "\u0000" + p.id(), Field.Store.NO));
            pd.add(new StoredField("passage", p.id()));
            pd.add(new StoredField("start", p.start()));
            text(pd, new String(cps, p.start(), p.end() - p.start()));
            writer.addDocument(pd);
        }
    }

    private static void common(Document doc, String project, String kase, String id) {
        doc.add(new StringField(PROJECT, project, Field.Store.YES));
        doc.add(new StoredField("case", kase));
        doc.add(new StoredField("document", id));
        doc.add(new StringField(CASE_KEY, caseKey(project, kase), Field.Store.NO));
        doc.add(new StringField(DOC_KEY, docKey(project, kase, id), Field.Store.NO));
    }

    private static void text(Document doc, String text) {
        doc.add(new TextField(Terms.BIGRAM_FIELD, text, Field.Store.NO));
        doc.add(new TextField(Terms.UNIGRAM_FIELD, text, Field.Store.NO));
        doc.add(new StoredField("content", text));
    }

    private void marker(String project, String kase, long version) throws IOException {
        Document m = new Document();
        m.add(new StringField(KIND, "case", Field.Store.YES));
        m.add(new StringField(KEY, "c\u0000" + caseKey(project, kase), Field.Store.NO));
        m.add(new StringField(PROJECT, project, Field.Store.YES));
        m.add(new StoredField("case", kase));
        m.add(new StoredField("version", version));
        m.add(new StringField(CASE_KEY, caseKey(project, kase), Field.Store.NO));
        writer.updateDocument(new Term(KEY, "c\u0000" + caseKey(project, kase)), m);
    }

    private static String caseKey(String project, String kase) {
        return project + "\u0000" + kase;
    }

    private static String docKey(String project, String kase, String document) {
        return caseKey(project, kase) + "\u0000" + document;
    }

    // ------------------------------------------------------------------ searching

    /**
     * The places in project {@code project}'s documents and passages where every term of {@code q}
     * occurs (see {@link Terms}), best documents first, at most {@code limit} hits; a document for
     * which {@code visible.test(case, document)} is false is never returned (nor its passages).
     * IllegalArgumentException naming {@code q} or {@code limit} when they cannot be searched.
     */
    public List<SearchHit> search(String project, String q, BiPredicate<String, String> visible, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit: at least 1, not " + limit);
        }
        Terms terms = Terms.parse(q);
        BooleanQuery.Builder b = terms.query();
        b.add(new TermQuery(new Term(PROJECT, project)), BooleanClause.Occur.FILTER);
        b.add(new TermInSetQuery(KIND, List.of(new BytesRef("document"), new BytesRef("passage"))), BooleanClause.Occur.FILTER);
        BooleanQuery query = b.build();
        return read(s -> {
            List<SearchHit> out = new ArrayList<>();
            StoredFields f = s.storedFields();
            Map<String, Boolean> seen = new HashMap<>();
            for (ScoreDoc sd : s.search(query, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs) {
                if (out.size() >= limit) {
                    break;
                }
                Document d = f.document(sd.doc);
                String kase = d.get("case");
                String document = d.get("document");
                if (!seen.computeIfAbsent(kase + "\u0000" + document, k -> visible.test(kase, document))) {
                    continue;
                }
                String content = d.get("content");
                List<Matches.CharSpan> spans = Matches.find(terms, content, MAX_MARKS);
                if ("passage".equals(d.get(KIND))) {
                    int base = d.getField("start").numericValue().intValue();
                    int len = content.codePointCount(0, content.length());
                    out.add(new SearchHit(kase, document, d.get("passage"), base, base + len, content.replace('\n', ' '), base,
                            marks(content, spans, base)));
                } else {
                    hits(out, kase, document, content, spans, limit);
                }
            }
            return out;
        });
    }

    private static List<SearchHit.Span> marks(String text, List<Matches.CharSpan> spans, int base) {
        List<SearchHit.Span> m = new ArrayList<>();
        for (Matches.CharSpan c : spans) {
            m.add(new SearchHit.Span(base + text.codePointCount(0, c.start()), base + text.codePointCount(0, c.end())));
        }
        return m;
    }

    /** Groups a document's matches that stand within {@link #GAP} code points of each other into one hit each. */
    private static void hits(List<SearchHit> out, String kase, String document, String text, List<Matches.CharSpan> spans, int limit) {
        CodePoints cp = new CodePoints(text);
        int i = 0;
        while (i < spans.size() && out.size() < limit) {
            int j = i;
            int endCp = cp.at(spans.get(i).end());
            while (j + 1 < spans.size() && cp.at(spans.get(j + 1).start()) - endCp <= GAP) {
                j++;
                endCp = Math.max(endCp, cp.at(spans.get(j).end()));
            }
            int startCp = cp.at(spans.get(i).start());
            int from = Math.max(0, startCp - CONTEXT);
            int to = Math.min(cp.length(), endCp + CONTEXT);
            List<SearchHit.Span> marks = new ArrayList<>();
            for (int k = i; k <= j; k++) {
                marks.add(new SearchHit.Span(cp.at(spans.get(k).start()), cp.at(spans.get(k).end())));
            }
            String snippet = text.substring(cp.charAt(from), cp.charAt(to)).replace('\n', ' ');
            out.add(new SearchHit(kase, document, null, startCp, endCp, snippet, from, marks));
            i = j + 1;
        }
    }

    private interface Reading<T> {
        T run(IndexSearcher s) throws IOException;
    }

    private <T> T read(Reading<T> r) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return r.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new SearchIndexException(folder, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
            dir.close();
        } catch (IOException e) {
            throw new SearchIndexException(folder, "cannot be closed: " + e.getMessage(), e);
        }
    }
}
