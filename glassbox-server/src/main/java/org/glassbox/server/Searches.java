package org.glassbox.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Segment;
import org.glassbox.server.search.DocumentIndex;
import org.glassbox.server.search.IndexedPassage;
import org.glassbox.server.search.IndexedDocument;
import org.glassbox.server.search.SearchHit;
import org.glassbox.store.CaseSummary;
import org.glassbox.store.Project;
import org.glassbox.store.Role;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text search of a project's documents and passages ({@code GET /api/projects/{p}/search?q=})
 * over the {@link DocumentIndex}, and the index's upkeep: {@link #sync} at start-up brings it up to
 * the store, and the document and passage routes call {@link #reindex} after each write.
 */
final class Searches {
    private static final Logger LOG = LoggerFactory.getLogger(Searches.class);
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** Who the store is asked as when the whole workspace is read at start-up (an admin sees every project). */
    private static final User EVERYONE = new User("glassbox-search-index", true);

    private final Workspace ws;
    private final Auth auth;
    private final DocumentIndex index;
    private final Passages passages;

    Searches(Workspace ws, Auth auth, DocumentIndex index, Passages passages) {
        this.ws = ws;
        this.auth = auth;
        this.index = index;
        this.passages = passages;
    }

    /** Re-indexes every case whose version differs from the one the index last saw; drops deleted cases. */
    DocumentIndex.Sync sync() {
        Map<DocumentIndex.CaseRef, Long> store = new LinkedHashMap<>();
        for (Project p : ws.projects().of(EVERYONE)) {
            for (CaseSummary c : ws.cases().list(p.id())) {
                store.put(new DocumentIndex.CaseRef(p.id(), c.id()), c.version());
            }
        }
        DocumentIndex.Sync s = index.sync(store, c -> documents(c.project(), c.kase()));
        LOG.info("search index {}: {} cases re-indexed, {} removed, {} current{}",
                index.folder() == null ? "(in memory)" : index.folder(), s.reindexed(), s.removed(), s.current(),
                s.rebuilt() ? " (rebuilt: none was found, or it was unreadable or of another format)" : "");
        return s;
    }

    /** A case's documents with their passages, as the store holds them (read by the case format's reader). */
    List<IndexedDocument> documents(String project, String kase) {
        Case k = passages.read(project, kase);
        Map<String, List<IndexedPassage>> byDoc = new HashMap<>();
        for (Segment s : k.coding().segments()) {
            byDoc.computeIfAbsent(s.document(), x -> new ArrayList<>()).add(new IndexedPassage(s.id(), s.start(), s.end()));
        }
        List<IndexedDocument> out = new ArrayList<>();
        for (Document d : k.coding().documents()) {
            out.add(new IndexedDocument(project, kase, d.id(), d.text(), byDoc.getOrDefault(d.id(), List.of())));
        }
        return out;
    }

    /** After an import into {@code project} (a case or a project archive): its new or changed cases. */
    void sync(String project) {
        Map<DocumentIndex.CaseRef, Long> store = new LinkedHashMap<>();
        for (CaseSummary c : ws.cases().list(project)) {
            store.put(new DocumentIndex.CaseRef(project, c.id()), c.version());
        }
        index.sync(project, store, c -> documents(c.project(), c.kase()));
    }

    /**
     * Runs after every API request: a successful write that can change what a case's documents or
     * passages say re-indexes that case (a document upload or edit, a passage written, a revert, the
     * case deleted, a case or project imported). One place, so no write path can be forgotten.
     */
    void afterWrite(Context ctx) {
        try {
            reindexAfter(ctx);
        } catch (RuntimeException e) {
            // the write itself is committed and answered; the index catches up at the next write of the case or start
            LOG.error("search index not updated after {} {}", ctx.method(), ctx.path(), e);
        }
    }

    private void reindexAfter(Context ctx) {
        String m = ctx.method().name();
        if (m.equals("GET") || m.equals("HEAD") || m.equals("OPTIONS") || ctx.statusCode() >= 300) {
            return;
        }
        String[] s = ctx.path().split("/");
        // "", api, projects, {p}, cases, {c}, rest…
        if (s.length < 5 || !s[1].equals("api") || !s[2].equals("projects")) {
            return;
        }
        String p = java.net.URLDecoder.decode(s[3], java.nio.charset.StandardCharsets.UTF_8);
        if (s.length == 5 && (s[4].equals("cases") || s[4].equals("import")) && m.equals("POST")) {
            sync(p);
            return;
        }
        if (s.length < 6 || !s[4].equals("cases")) {
            return;
        }
        String c = java.net.URLDecoder.decode(s[5], java.nio.charset.StandardCharsets.UTF_8);
        if (s.length == 6 && m.equals("DELETE")) {
            index.removeCase(p, c);
        } else if (s.length >= 7 && (s[6].equals("documents") || s[6].equals("segments") || s[6].equals("history")
                || s[6].equals("adjudicate"))) {
            reindex(p, c);
        }
    }

    /** After a write to a case's documents or passages: its documents again, at the case's new version. */
    void reindex(String project, String kase) {
        index.putCase(project, kase, ws.cases().version(project, kase), documents(project, kase));
    }


    void search(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.VIEWER);
        Role role = u.admin() ? Role.OWNER : ws.projects().role(p, u.name());
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q: the words to search for are needed (?q=…)");
        }
        int limit = limit(ctx.queryParam("limit"));
        List<SearchHit> hits;
        Map<String, Map<String, Document>> docs = new HashMap<>(); // per case, read once per search
        try {
            hits = index.search(p, q, (c, d) -> {
                Document doc = docs.computeIfAbsent(c, x -> {
                    Map<String, Document> m = new HashMap<>();
                    passages.read(p, x).coding().documents().forEach(y -> m.put(y.id(), y));
                    return m;
                }).get(d);
                // a document the store no longer has is not shown (the index catches up at the next write or start)
                return doc != null && Passages.visible(doc, u, role);
            }, limit);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        ArrayNode a = Api.JSON.createArrayNode();
        for (SearchHit h : hits) {
            ObjectNode o = a.addObject();
            o.put("case", h.kase());
            o.put("document", h.document());
            if (h.passage() != null) {
                o.put("segment", h.passage());
            }
            o.put("start", h.start());
            o.put("end", h.end());
            o.put("snippet", h.snippet());
            o.put("snippetStart", h.snippetStart());
            ArrayNode m = o.putArray("marks");
            for (SearchHit.Span s : h.marks()) {
                m.addArray().add(s.start()).add(s.end());
            }
        }
        ctx.header("X-Total-Count", String.valueOf(hits.size()));
        Api.json(ctx, 200, a);
    }

    private static int limit(String s) {
        if (s == null || s.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int v = Integer.parseInt(s);
            if (v >= 1 && v <= MAX_LIMIT) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw ApiException.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + s + "'");
    }
}
