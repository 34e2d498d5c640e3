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
        UploadedFile f = Api.uploadedFile(ctx, maxUpload, "upload the document as multipart/form-data with a field 'file'"
                + " and a field 'source'");
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

    /** 403 unless the caller is an owner or the passage's own coder ({@code verb}: what they tried, "writes" or "deletes"). */
    private static void mayChange(Caller who, StoredRow passage, String verb) {
        if (!who.owner() && !who.user().name().equals(passage.values().get("coder"))) {
            throw ApiException.forbidden("a coder " + verb + " only their own passages; " + passage.id() + " is coded by '"
                    + passage.values().get("coder") + "'");
        }
    }

    void putSegment(Context ctx) {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.CODER);
        StoredRow old = segment(who, p, c, ctx.pathParam("id"));
        mayChange(who, old, "writes");
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
        mayChange(who, old, "deletes");
        ws.cases().deleteRow(p, c, "segments", "row:" + old.row(), Api.ifMatch(ctx), who.user().name());
        ctx.status(204);
    }

    // ----------------------------------------------------------------- blind copies, agreement, adjudication

    /** The separator of a blind copy's id: {@code {c}~{USER}}. */
    static final String COPY = "~";

    /** The coder a case id is the blind copy of ({@code {c}~{USER}}), or null for a case that is no copy. */
    static String copyCoder(String caseId) {
        int i = caseId.lastIndexOf(COPY);
        return i <= 0 || i == caseId.length() - 1 ? null : caseId.substring(i + 1);
    }

    /** Whether {@code who} may see case {@code caseId}: a blind copy only its coder and owners. */
    static boolean seesCase(Caller who, String caseId) {
        String coder = copyCoder(caseId);
        return coder == null || who.owner() || coder.equals(who.user().name());
    }

    /** Before every route of one case: a blind copy answers 404 to anyone but its coder and owners. */
    void beforeCase(Context ctx) {
        String c = ctx.pathParamMap().get("c");
        String p = ctx.pathParamMap().get("p");
        if (c == null || p == null || copyCoder(c) == null) {
            return;
        }
        if (ctx.attribute(Auth.USER) == null) {
            return; // the route answers 401
        }
        User u = Auth.user(ctx);
        Role r = u.admin() ? Role.OWNER : ws.projects().role(p, u.name());
        if (r == null) {
            return; // the route answers 404 for a non-member
        }
        if (!seesCase(new Caller(u, r), c)) {
            throw new NotFoundException("case", c);
        }
    }

    /**
     * {@code POST …/cases/{c}/copies {"coder": USER, "clear": [tables]}} (owner): a blind copy {@code {c}~{USER}} for
     * double coding — the case as it is, with its documents, but without the tables named in {@code clear} (default:
     * {@code segments}, so the coder codes the passages without seeing anyone's); 201 {@code {id, from, coder}}.
     */
    void copy(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.OWNER);
        JsonNode b = Api.body(ctx);
        String coder = b.path("coder").asText("");
        if (coder.isBlank()) {
            throw ApiException.badRequest("field 'coder' (a user who codes in the project) is needed");
        }
        Role role = ws.projects().role(p, coder);
        if (role == null || !role.includes(Role.CODER)) {
            throw ApiException.badRequest("coder: '" + coder + "' is not a coder (or owner) of project '" + p + "'");
        }
        List<String> clear = new ArrayList<>();
        if (b.has("clear")) {
            for (JsonNode t : b.get("clear")) {
                if (!CaseRows.TABLES.contains(t.asText())) {
                    throw ApiException.badRequest("clear: no table '" + t.asText() + "' (tables: " + String.join(", ", CaseRows.TABLES) + ")");
                }
                clear.add(t.asText());
            }
        } else {
            clear.add("segments");
        }
        String id = c + COPY + coder;
        CaseRows from = ws.cases().snapshot(p, c).tables();
        ObjectNode yaml = (ObjectNode) Api.YAML.readTree(from.caseYaml());
        yaml.put("id", id);
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (String t : CaseRows.TABLES) {
            tables.put(t, clear.contains(t) ? List.of() : from.rows(t));
        }
        CaseRows copy = new CaseRows(Api.YAML.writeValueAsString(yaml), from.codebookYaml(), tables, from.documentFiles());
        ws.cases().importRows(p, copy, who.user().name());
        Api.json(ctx, 201, Map.of("id", id, "from", c, "coder", coder));
    }

    /** The cases of {@code ?cases=a,b,…} (at least two, distinct), each read at its current version. */
    private List<org.glassbox.core.model.Case> versions(String p, List<String> ids) {
        List<org.glassbox.core.model.Case> out = new ArrayList<>();
        for (String id : ids) {
            try {
                out.add(ws.cases().snapshot(p, id).tables().read());
            } catch (CaseFormatException e) {
                throw new IllegalStateException("the stored case " + id + " does not read back", e);
            }
        }
        return out;
    }

    private static List<String> caseList(Context ctx) {
        String list = ctx.queryParam("cases");
        List<String> ids = list == null ? List.of() : Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (ids.size() < 2 || new java.util.HashSet<>(ids).size() != ids.size()) {
            throw ApiException.badRequest("cases=a,b,… names two or more distinct cases (the coders' copies)");
        }
        return ids;
    }

    /** The coders' names of the compared cases: a copy's coder, else the case's id (distinct). */
    static List<String> coderNames(List<String> ids) {
        List<String> names = new ArrayList<>();
        for (String id : ids) {
            String coder = copyCoder(id);
            names.add(coder == null ? id : coder);
        }
        return new java.util.HashSet<>(names).size() == names.size() ? names : ids;
    }

    private static long seed(Context ctx) {
        String s = ctx.queryParam("seed");
        try {
            return s == null || s.isBlank() ? org.glassbox.core.agreement.AlphaBootstrap.DEFAULT_SEED : Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("seed must be a whole number, not '" + s + "'");
        }
    }

    /**
     * {@code GET /api/projects/{p}/agreement?cases=a,b,…[&seed=S]} (owner): {@code glassbox.agreement/1}, the same
     * calls as {@code glassbox agreement A B --json -} (coders named as the copies' coders).
     */
    void agreement(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        caller(ctx, p, Role.OWNER);
        List<String> ids = caseList(ctx);
        List<String> names = coderNames(ids);
        List<org.glassbox.core.model.Case> versions = versions(p, ids);
        org.glassbox.core.agreement.cases.CaseAgreementReport r =
                org.glassbox.core.agreement.cases.CaseAgreement.compare(names, versions, seed(ctx));
        var pa = org.glassbox.core.agreement.cases.CasePassageAgreement.of(names, versions);
        java.io.StringWriter w = new java.io.StringWriter();
        org.glassbox.io.json.AgreementJson.write(r, pa.map(x -> x.agreement().codes()).orElse(List.of()), w);
        ctx.status(200).contentType("application/json; charset=utf-8").result(w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code GET /api/projects/{p}/disagreements?cases=a,b,…} (owner; an extension): what the owner adjudicates —
     * {@code {coders, cases, matched: [{unit, method, ids: {case: eventId}}], unmatched: [{case, id, date, type}],
     * disagreements: [{unit, field, values: {case: value}}]}} (null: the case did not code the unit).
     */
    void disagreements(Context ctx) {
        String p = ctx.pathParam("p");
        caller(ctx, p, Role.OWNER);
        List<String> ids = caseList(ctx);
        List<String> names = coderNames(ids);
        var r = org.glassbox.core.agreement.cases.CaseAgreement.compare(names, versions(p, ids), seed(ctx));
        ObjectNode o = Api.JSON.createObjectNode();
        names.forEach(o.putArray("coders")::add);
        ids.forEach(o.putArray("cases")::add);
        ArrayNode matched = o.putArray("matched");
        for (var m : r.matching().matched()) {
            ObjectNode x = matched.addObject().put("unit", m.unit()).put("method", m.method().name().toLowerCase(Locale.ROOT));
            ObjectNode byCase = x.putObject("ids");
            for (int i = 0; i < ids.size(); i++) {
                byCase.put(ids.get(i), m.eventIds().get(i));
            }
        }
        ArrayNode unmatched = o.putArray("unmatched");
        for (var u : r.matching().unmatched()) {
            unmatched.addObject().put("case", ids.get(names.indexOf(u.coder()))).put("id", u.eventId()).put("date", u.date())
                    .put("type", u.type());
        }
        ArrayNode ds = o.putArray("disagreements");
        for (var d : r.disagreements()) {
            ObjectNode x = ds.addObject().put("unit", d.unit()).put("field", d.field());
            ObjectNode v = x.putObject("values");
            for (int i = 0; i < ids.size(); i++) {
                v.put(ids.get(i), d.values().get(i));
            }
        }
        Api.json(ctx, 200, o);
    }

    /**
     * {@code POST …/cases/{c}/adjudicate {"from": [copies], "choices": {…}}} (owner): writes the chosen rows of the
     * copies into {@code {c}} in one checked transaction (docs/workspace.md, "Adjudication", defines {@code choices}).
     */
    void adjudicate(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        String c = ctx.pathParam("c");
        Caller who = caller(ctx, p, Role.OWNER);
        JsonNode b = Api.body(ctx);
        List<String> from = new ArrayList<>();
        b.path("from").forEach(x -> from.add(x.asText()));
        if (from.isEmpty()) {
            throw ApiException.badRequest("field 'from' (the copies adjudicated, a list) is needed");
        }
        JsonNode choices = b.path("choices");
        if (!choices.isObject()) {
            throw ApiException.badRequest("field 'choices' (an object: table → id → copy or {field: copy}; segments → copy → \"all\" or [ids]) is needed");
        }
        Map<String, CaseRows> copies = new LinkedHashMap<>();
        for (String f : from) {
            if (f.equals(c)) {
                throw ApiException.badRequest("from: the case itself is not one of its copies");
            }
            copies.put(f, ws.cases().snapshot(p, f).tables());
        }
        CaseRows target = ws.cases().snapshot(p, c).tables();
        List<org.glassbox.store.RowChoice> rows = new ArrayList<>();
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("from", String.join(",", from));
        ObjectNode yaml = (ObjectNode) Api.YAML.readTree(target.caseYaml());
        boolean yamlChanged = false;
        var fields = choices.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            String table = e.getKey();
            if (!CaseRows.TABLES.contains(table) || table.equals("indicators")) {
                throw ApiException.badRequest("choices: no table '" + table + "' to adjudicate by id (tables: actors, sources, ties, events,"
                        + " objects, documents, segments)");
            }
            if (!e.getValue().isObject()) {
                throw ApiException.badRequest("choices." + table + ": an object");
            }
            if (table.equals("segments")) {
                var byCopy = e.getValue().fields();
                while (byCopy.hasNext()) {
                    var sc = byCopy.next();
                    CaseRows copy = copyOf(copies, sc.getKey(), "choices.segments");
                    List<String> wanted = new ArrayList<>();
                    boolean all = sc.getValue().isTextual() && sc.getValue().asText().equals("all");
                    if (!all) {
                        if (!sc.getValue().isArray()) {
                            throw ApiException.badRequest("choices.segments." + sc.getKey() + ": \"all\" or a list of passage ids");
                        }
                        sc.getValue().forEach(x -> wanted.add(x.asText()));
                    }
                    List<String> taken = new ArrayList<>();
                    for (Map<String, String> s : copy.rows("segments")) {
                        if (all || wanted.contains(s.get("id"))) {
                            rows.add(new org.glassbox.store.RowChoice("segments", s.get("id"), s));
                            taken.add(s.get("id"));
                            yamlChanged |= addCoder(yaml, s.get("coder"), copy);
                        }
                    }
                    for (String w : wanted) {
                        if (!taken.contains(w)) {
                            throw ApiException.badRequest("choices.segments." + sc.getKey() + ": the copy has no passage '" + w + "'");
                        }
                    }
                    summary.put("segments/" + sc.getKey(), all ? "all" : String.join(";", taken));
                }
                continue;
            }
            var byId = e.getValue().fields();
            while (byId.hasNext()) {
                var rc = byId.next();
                String id = rc.getKey();
                JsonNode choice = rc.getValue();
                if (choice.isTextual()) {
                    CaseRows copy = copyOf(copies, choice.asText(), "choices." + table + "." + id);
                    rows.add(new org.glassbox.store.RowChoice(table, id, rowById(copy, table, id)));
                    summary.put(table + "/" + id, choice.asText());
                } else if (choice.isObject()) {
                    Map<String, String> base = rowById(target, table, id);
                    if (base == null) {
                        throw ApiException.badRequest("choices." + table + "." + id + ": the case has no such row to take fields into;"
                                + " choose a copy for the whole row instead");
                    }
                    List<String> said = new ArrayList<>();
                    var fc = choice.fields();
                    while (fc.hasNext()) {
                        var f = fc.next();
                        CaseRows copy = copyOf(copies, f.getValue().asText(), "choices." + table + "." + id + "." + f.getKey());
                        Map<String, String> theirs = rowById(copy, table, id);
                        if (theirs == null) {
                            throw ApiException.badRequest("choices." + table + "." + id + "." + f.getKey() + ": copy " + f.getValue().asText()
                                    + " has no row '" + id + "'");
                        }
                        if (f.getKey().equals("id")) {
                            throw ApiException.badRequest("choices." + table + "." + id + ": the id is not a field to choose");
                        }
                        if (theirs.get(f.getKey()) == null) {
                            base.remove(f.getKey());
                        } else {
                            base.put(f.getKey(), theirs.get(f.getKey()));
                        }
                        said.add(f.getKey() + "=" + f.getValue().asText());
                    }
                    rows.add(new org.glassbox.store.RowChoice(table, id, base));
                    summary.put(table + "/" + id, String.join(";", said));
                } else {
                    throw ApiException.badRequest("choices." + table + "." + id + ": a copy's id, or an object {field: copy}");
                }
            }
        }
        var written = ws.cases().adjudicate(p, c, yamlChanged ? Api.YAML.writeValueAsString(yaml) : null, rows, summary,
                who.user().name());
        ObjectNode o = Api.JSON.createObjectNode();
        o.put("case", c);
        ArrayNode changes = o.putArray("changes");
        for (var ch : written) {
            changes.addObject().put("n", ch.n()).put("table", ch.table()).put("id", ch.id()).put("action", ch.action())
                    .put("deleted", ch.after() == null);
        }
        Api.json(ctx, 200, o);
    }

    private static CaseRows copyOf(Map<String, CaseRows> copies, String name, String where) {
        CaseRows c = copies.get(name);
        if (c == null) {
            throw ApiException.badRequest(where + ": '" + name + "' is not one of 'from' " + copies.keySet());
        }
        return c;
    }

    /** The row of {@code table} whose id is {@code id} (a copy to change), or null. */
    private static Map<String, String> rowById(CaseRows t, String table, String id) {
        for (Map<String, String> r : t.rows(table)) {
            if (id.equals(r.get("id"))) {
                return r;
            }
        }
        return null;
    }

    /** Adds coder {@code id} to case.yaml's coders (as the copy names them) when missing; whether it did. */
    private static boolean addCoder(ObjectNode yaml, String id, CaseRows copy) throws IOException {
        if (id == null) {
            return false;
        }
        JsonNode coders = yaml.get("coders");
        if (coders != null && coders.isArray()) {
            for (JsonNode x : coders) {
                if (id.equals(x.path("id").asText(null))) {
                    return false;
                }
            }
        }
        String name = id;
        JsonNode theirs = Api.YAML.readTree(copy.caseYaml()).path("coders");
        for (JsonNode x : theirs) {
            if (id.equals(x.path("id").asText(null)) && x.hasNonNull("name")) {
                name = x.get("name").asText();
            }
        }
        ArrayNode list = coders != null && coders.isArray() ? (ArrayNode) coders : yaml.putArray("coders");
        list.addObject().put("id", id).put("name", name);
        yaml.put("format", "1.1");
        return true;
    }
}
