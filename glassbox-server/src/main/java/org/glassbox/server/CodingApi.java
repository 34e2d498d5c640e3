package org.glassbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.io.documents.CaseDocumentException;
import org.glassbox.io.documents.CaseDocuments;
import org.glassbox.io.documents.DocumentFormat;
import org.glassbox.io.documents.DocumentImportException;
import org.glassbox.store.CaseRecord;
import org.glassbox.store.CaseSnapshot;
import org.glassbox.store.NotFoundException;
import org.glassbox.store.Role;
import org.glassbox.store.StoredRow;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;

/**
 * The routes of workspace.md's "Documents, passages and coders" (format 1.1): documents uploaded through
 * {@code io.documents} and read with their text, passages listed with filters and written by their own coder, and
 * {@code restricted} documents seen only by owners and the coders assigned to them ({@link CaseRows#ASSIGNED_CODERS}).
 */
final class CodingApi {
    /** What of a client's file name may name the uploaded document: letters, digits, '_' and '-'. */
    private static final Pattern UNSAFE_RUN = Pattern.compile("[^\\p{L}\\p{N}_-]+");
    private static final int MAX_NAME = 64;

    private final Workspace ws;
    private final Auth auth;
    private final long maxUpload;

    CodingApi(Workspace ws, Auth auth, long maxUpload) {
        this.ws = ws;
        this.auth = auth;
        this.maxUpload = maxUpload;
    }

    // ----------------------------------------------------------------- who may see and write what

    /** The caller's standing in a project: the user, and the role (OWNER for an admin). */
    record Caller(User user, Role role) {
        boolean owner() {
            return role == Role.OWNER;
        }
    }

    Caller caller(Context ctx, String p, Role needed) {
        User u = auth.need(ctx, p, needed);
        Role r = u.admin() ? Role.OWNER : ws.projects().role(p, u.name());
        return new Caller(u, r);
    }

    static List<String> list(String v) {
        if (v == null || v.isBlank()) {
            return List.of();
        }
        return Arrays.stream(v.split(";")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /**
     * Whether {@code who} may see document row {@code d}: an open document every member; a restricted one owners
     * (and admins) and the coders its {@code coders} column names; never a viewer.
     */
    static boolean sees(Caller who, Map<String, String> d) {
        if (!"restricted".equals(d.get("access")) || who.owner()) {
            return true;
        }
        return who.role() == Role.CODER && list(d.get(CaseRows.ASSIGNED_CODERS)).contains(who.user().name());
    }

    /** The ids of the documents of a case {@code who} may not see. */
    private static java.util.Set<String> hidden(Caller who, List<StoredRow> documents) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (StoredRow d : documents) {
            if (!sees(who, d.values())) {
                out.add(d.id());
            }
        }
        return out;
    }

    // ----------------------------------------------------------------- documents

    void listDocuments(Context ctx) {
        String p = ctx.pathParam("p");
        Caller who = caller(ctx, p, Role.VIEWER);
        List<StoredRow> rows = ws.cases().rows(p, ctx.pathParam("c"), "documents").stream().filter(d -> sees(who, d.values())).toList();
        ctx.header("X-Total-Count", String.valueOf(rows.size()));
        ArrayNode a = Api.JSON.createArrayNode();
        rows.forEach(r -> a.add(RowJson.toJson(Api.JSON, r)));
        Api.json(ctx, 200, a);
    }

    /** The document row (visible to the caller, else 404 as for one that does not exist). */
    private StoredRow document(Caller who, String p, String c, String ref) {
        StoredRow d = ws.cases().row(p, c, "documents", ref);
        if (!sees(who, d.values())) {
            throw new NotFoundException("documents row", ref);
        }
        return d;
    }

    void getDocument(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.VIEWER);
        StoredRow d = document(who, p, c, ctx.pathParam("d"));
        ObjectNode o = RowJson.toJson(Api.JSON, d);
        String text = d.values().get("text");
        o.put("content", text == null ? "" : new String(ws.cases().file(p, c, text), StandardCharsets.UTF_8));
        ctx.header("ETag", "\"" + d.version() + "\"");
        Api.json(ctx, 200, o);
    }

    void putDocument(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.CODER);
        StoredRow d = document(who, p, c, ctx.pathParam("d"));
        long v = Api.ifMatch(ctx);
        Map<String, String> values = RowJson.fromJson(Api.body(ctx));
        if (!who.owner() && !values.getOrDefault("access", "open").equals(d.values().getOrDefault("access", "open"))
                || !who.owner() && !list(values.get(CaseRows.ASSIGNED_CODERS)).equals(list(d.values().get(CaseRows.ASSIGNED_CODERS)))) {
            throw ApiException.forbidden("only an owner changes who may see a document (access, " + CaseRows.ASSIGNED_CODERS + ")");
        }
        StoredRow r = ws.cases().replaceRow(p, c, "documents", "row:" + d.row(), v, values, who.user().name());
        ctx.header("ETag", "\"" + r.version() + "\"");
        Api.json(ctx, 200, RowJson.toJson(Api.JSON, r));
    }

    void deleteDocument(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.CODER);
        StoredRow d = document(who, p, c, ctx.pathParam("d"));
        ws.cases().deleteRow(p, c, "documents", "row:" + d.row(), Api.ifMatch(ctx), who.user().name());
        ctx.status(204);
    }

    /**
     * {@code POST …/documents}: multipart {@code file} (.txt, .md, .html, .pdf, .docx), fields {@code source}
     * (required), {@code language}, {@code id}, {@code access} (open|restricted; restricted by an owner only) and
     * {@code coders} (the assigned coders, {@code ;} list). The case is written to a temporary folder, the file added
     * by {@link CaseDocuments#add} (the same code as {@code glassbox documents add}), and the new row stored with its
     * text and original in one checked transaction.
     */
    void addDocument(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.CODER);
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxUpload + 64 * 1024) {
            throw new ApiException(413, "too-large", "the upload (" + declared + " bytes) is larger than the limit of " + maxUpload + " bytes");
        }
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(415, "not-multipart", "upload the document as multipart/form-data with a field 'file'"
                    + " and a field 'source'");
        }
        UploadedFile f;
        try {
            f = ctx.uploadedFile("file");
        } catch (IllegalStateException e) {
            throw new ApiException(413, "too-large", "the upload is larger than the limit of " + maxUpload + " bytes");
        }
        if (f == null) {
            throw ApiException.badRequest("the multipart field 'file' is missing");
        }
        String source = ctx.formParam("source");
        if (source == null || source.isBlank()) {
            throw ApiException.badRequest("the field 'source' (a sources.csv id of the case) is needed");
        }
        String access = ctx.formParam("access");
        if (access != null && !access.isBlank() && !List.of("open", "restricted").contains(access)) {
            throw ApiException.badRequest("access must be open or restricted, not '" + access + "'");
        }
        boolean restricted = "restricted".equals(access);
        String coders = ctx.formParam(CaseRows.ASSIGNED_CODERS);
        if ((restricted || coders != null && !coders.isBlank()) && !who.owner()) {
            throw ApiException.forbidden("only an owner adds a restricted document or assigns its coders");
        }
        String clientName = Uploads.baseName(f.filename());
        int dot = clientName.lastIndexOf('.');
        String ext = dot < 0 ? "" : clientName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (DocumentFormat.of(Path.of("x." + (ext.isEmpty() ? "none" : ext))) == null) {
            throw new ApiException(415, "unknown-format", "a document is uploaded as " + String.join(", ", DocumentFormat.allExtensions()));
        }
        String base = UNSAFE_RUN.matcher(dot < 0 ? clientName : clientName.substring(0, dot)).replaceAll("-").replaceAll("^-+|-+$", "");
        if (base.codePointCount(0, base.length()) > MAX_NAME) {
            base = base.substring(0, base.offsetByCodePoints(0, MAX_NAME));
        }
        String name = (base.isEmpty() ? "document" : base) + "." + ext;
        String language = blankToNull(ctx.formParam("language"));
        String id = blankToNull(ctx.formParam("id"));
        CaseSnapshot snap = ws.cases().snapshot(p, c);
        Path dir = Uploads.folder();
        try {
            Path file = dir.resolve(name); // a name of letters, digits, '_' and '-' with one extension: never a path
            try (InputStream in = f.content()) {
                Uploads.copy(in, file, maxUpload);
            }
            Path folder = dir.resolve("case");
            snap.tables().writeFolder(folder);
            CaseDocuments.Added added;
            try {
                added = CaseDocuments.add(folder, file, new CaseDocuments.Request(source, id, language, restricted));
            } catch (DocumentImportException e) {
                throw new Api.Invalid(List.of(problem(clientName, null, null, e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        e.page(), e.byteOffset(), e.problem())));
            } catch (CaseDocumentException e) {
                throw new Api.Invalid(List.of(problem(clientName, e.column(), e.value(), "case", 0, -1,
                        e.getMessage().substring(e.getMessage().lastIndexOf(": ") + 2))));
            } catch (CaseFormatException e) {
                throw new IllegalStateException("the stored case does not read back", e);
            }
            CaseRows after = CaseRows.ofFolder(folder);
            Map<String, String> row = after.rows("documents").stream().filter(r -> added.id().equals(r.get("id"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the added document is not in the case"));
            if (coders != null && !coders.isBlank()) {
                row.put(CaseRows.ASSIGNED_CODERS, String.join(";", list(coders)));
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String path : new String[] {added.textPath(), added.originalPath()}) {
                if (path != null) {
                    files.put(path, after.allDocumentFiles().get(path));
                }
            }
            StoredRow r = ws.cases().addDocument(p, c, row, files, who.user().name());
            ObjectNode o = RowJson.toJson(Api.JSON, r);
            ObjectNode imported = o.putObject("imported");
            imported.put("format", added.format().extension());
            imported.put("codePoints", added.codePoints());
            imported.put("pages", added.pages());
            imported.put("languageGuessed", added.languageGuessed());
            ArrayNode notes = imported.putArray("notes");
            added.notes().forEach(notes::add);
            ctx.header("ETag", "\"" + r.version() + "\"");
            Api.json(ctx, 201, o);
        } finally {
            Uploads.delete(dir);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A document upload's problem in the shape of {@code validate --json}, with the import's {@code reason}. */
    private static Map<String, Object> problem(String file, String field, String found, String reason, int page, long byteOffset,
                                               String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file);
        m.put("line", 0);
        m.put("column", 0);
        m.put("field", field);
        m.put("found", found);
        m.put("expected", null);
        m.put("message", message);
        m.put("severity", "error");
        m.put("reason", reason);
        if (page > 0) {
            m.put("page", page);
        }
        if (byteOffset >= 0) {
            m.put("byte", byteOffset);
        }
        return m;
    }

    // ----------------------------------------------------------------- segments (passages)

    /** {@code GET …/segments?document=&coder=&link=&code=}: passages of the documents the caller sees, filtered. */
    void listSegments(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.VIEWER);
        java.util.Set<String> hidden = hidden(who, ws.cases().rows(p, c, "documents"));
        String document = ctx.queryParam("document");
        String coder = ctx.queryParam("coder");
        String link = ctx.queryParam("link");
        String code = ctx.queryParam("code");
        List<StoredRow> rows = new ArrayList<>();
        for (StoredRow s : ws.cases().rows(p, c, "segments")) {
            Map<String, String> v = s.values();
            if (hidden.contains(v.get("document"))
                    || document != null && !document.isEmpty() && !document.equals(v.get("document"))
                    || coder != null && !coder.isEmpty() && !coder.equals(v.get("coder"))
                    || link != null && !link.isEmpty() && !list(v.get("links")).contains(link)
                    || code != null && !code.isEmpty() && !list(v.get("codes")).contains(code)) {
                continue;
            }
            rows.add(s);
        }
        int offset = Api.intParam(ctx, "offset", 0, Integer.MAX_VALUE);
        int limit = Api.intParam(ctx, "limit", Api.DEFAULT_LIMIT, Api.MAX_LIMIT);
        ctx.header("X-Total-Count", String.valueOf(rows.size()));
        ArrayNode a = Api.JSON.createArrayNode();
        for (int i = offset; i < rows.size() && i < (long) offset + limit; i++) {
            a.add(RowJson.toJson(Api.JSON, rows.get(i)));
        }
        Api.json(ctx, 200, a);
    }

    /** The passage (in a document the caller sees, else 404). */
    private StoredRow segment(Caller who, String p, String c, String ref) {
        StoredRow s = ws.cases().row(p, c, "segments", ref);
        String doc = s.values().get("document");
        for (StoredRow d : ws.cases().rows(p, c, "documents")) {
            if (d.id() != null && d.id().equals(doc) && !sees(who, d.values())) {
                throw new NotFoundException("segments row", ref);
            }
        }
        return s;
    }

    void getSegment(Context ctx) {
        String p = ctx.pathParam("p");
        Caller who = caller(ctx, p, Role.VIEWER);
        StoredRow s = segment(who, p, ctx.pathParam("c"), ctx.pathParam("id"));
        ctx.header("ETag", "\"" + s.version() + "\"");
        Api.json(ctx, 200, RowJson.toJson(Api.JSON, s));
    }

    /**
     * The values of a passage a caller writes: its {@code coder} is the caller's name when absent; a coder (not an
     * owner) may name no one else (403), nor write into a document they do not see (404).
     */
    private Map<String, String> ownPassage(Caller who, String p, String c, JsonNode body) {
        Map<String, String> v = RowJson.fromJson(body);
        v.putIfAbsent("coder", who.user().name());
        if (!who.owner() && !v.get("coder").equals(who.user().name())) {
            throw ApiException.forbidden("a coder writes only their own passages: coder must be '" + who.user().name() + "'");
        }
        String doc = v.get("document");
        for (StoredRow d : ws.cases().rows(p, c, "documents")) {
            if (d.id() != null && d.id().equals(doc) && !sees(who, d.values())) {
                throw new NotFoundException("documents row", doc);
            }
        }
        ensureCoder(who, p, c, v.get("coder"));
        return v;
    }

    /**
     * Adds the caller to case.yaml's {@code coders} when they code their first passage of the case (one change of
     * the case record, in history like any other); an owner naming another coder adds no one.
     */
    private void ensureCoder(Caller who, String p, String c, String coder) {
        if (!coder.equals(who.user().name())) {
            return;
        }
        CaseRecord r = ws.cases().record(p, c);
        try {
            JsonNode tree = Api.YAML.readTree(r.caseYaml());
            if (tree == null || !tree.isObject()) {
                return;
            }
            ObjectNode o = (ObjectNode) tree;
            JsonNode coders = o.get("coders");
            if (coders != null && coders.isArray()) {
                for (JsonNode x : coders) {
                    if (coder.equals(x.path("id").asText(null))) {
                        return;
                    }
                }
            }
            ArrayNode list = coders != null && coders.isArray() ? (ArrayNode) coders : o.putArray("coders");
            list.addObject().put("id", coder).put("name", coder);
            if (!o.has("format") || !"1.1".equals(o.get("format").asText())) {
                o.put("format", "1.1");
            }
            ws.cases().replaceRecord(p, c, Api.YAML.writeValueAsString(o), r.recordVersion(), who.user().name());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the stored case.yaml does not parse", e);
        }
    }

    void addSegment(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.CODER);
        Map<String, String> v = ownPassage(who, p, c, Api.body(ctx));
        StoredRow r = ws.cases().addRow(p, c, "segments", v, who.user().name());
        ctx.header("ETag", "\"" + r.version() + "\"");
        Api.json(ctx, 201, RowJson.toJson(Api.JSON, r));
    }

    void putSegment(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.CODER);
        StoredRow old = segment(who, p, c, ctx.pathParam("id"));
        if (!who.owner() && !who.user().name().equals(old.values().get("coder"))) {
            throw ApiException.forbidden("a coder writes only their own passages; " + old.id() + " is coded by '"
                    + old.values().get("coder") + "'");
        }
        long v = Api.ifMatch(ctx);
        Map<String, String> values = ownPassage(who, p, c, Api.body(ctx));
        StoredRow r = ws.cases().replaceRow(p, c, "segments", "row:" + old.row(), v, values, who.user().name());
        ctx.header("ETag", "\"" + r.version() + "\"");
        Api.json(ctx, 200, RowJson.toJson(Api.JSON, r));
    }

    void deleteSegment(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.CODER);
        StoredRow old = segment(who, p, c, ctx.pathParam("id"));
        if (!who.owner() && !who.user().name().equals(old.values().get("coder"))) {
            throw ApiException.forbidden("a coder deletes only their own passages; " + old.id() + " is coded by '"
                    + old.values().get("coder") + "'");
        }
        ws.cases().deleteRow(p, c, "segments", "row:" + old.row(), Api.ifMatch(ctx), who.user().name());
        ctx.status(204);
    }
}
