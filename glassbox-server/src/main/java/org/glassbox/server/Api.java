package org.glassbox.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.WorkbookWriter;
import org.glassbox.report.Language;
import org.glassbox.store.CaseRecord;
import org.glassbox.store.CaseSnapshot;
import org.glassbox.store.CaseSummary;
import org.glassbox.store.Change;
import org.glassbox.store.Member;
import org.glassbox.store.Project;
import org.glassbox.store.Role;
import org.glassbox.store.StoredRow;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;

/** The handlers of workspace.md's routes, one plain method each; {@link WorkspaceServer} wires them. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    private final Workspace ws;
    private final Auth auth;
    private final Analyses analyses;
    private final LoginThrottle throttle;
    private final long maxUpload;
    private final boolean secureCookies;

    Api(Workspace ws, Auth auth, Analyses analyses, LoginThrottle throttle, long maxUpload, boolean secureCookies) {
        this.ws = ws;
        this.auth = auth;
        this.analyses = analyses;
        this.throttle = throttle;
        this.maxUpload = maxUpload;
        this.secureCookies = secureCookies;
    }

    // ----------------------------------------------------------------- helpers

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response does not serialise", e);
        }
    }

    static JsonNode body(Context ctx) {
        String b = ctx.body();
        if (b.isBlank()) {
            throw ApiException.badRequest("a JSON body is needed");
        }
        try {
            return JSON.readTree(b);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw ApiException.badRequest("field '" + field + "' (text) is needed");
        }
        return n.asText();
    }

    static long ifMatch(Context ctx) {
        String h = ctx.header("If-Match");
        if (h == null || h.isBlank()) {
            throw new ApiException(428, "if-match-required", "send If-Match: VERSION (the row's version as you read it)");
        }
        String v = h.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match must be a version number, not '" + h + "'");
        }
    }

    private static String table(Context ctx) {
        String t = ctx.pathParam("table");
        if (!CaseRows.TABLES.contains(t)) {
            throw ApiException.notFound("no table '" + t + "' (tables: " + String.join(", ", CaseRows.TABLES) + ")");
        }
        return t;
    }

    private static String iso(long ms) {
        return Instant.ofEpochMilli(ms).toString();
    }

    // ----------------------------------------------------------------- session and tokens

    void login(Context ctx) throws InterruptedException {
        JsonNode b = body(ctx);
        String name = b.path("user").asText("");
        String password = b.path("password").asText("");
        String address = ctx.ip();
        int wait = throttle.delaySeconds(name, address);
        if (wait < 0) {
            ctx.header("Retry-After", String.valueOf(LoginThrottle.WINDOW_MS / 1000));
            throw new ApiException(429, "too-many-attempts", "too many failed logins; try again later");
        }
        if (wait > 0) {
            Thread.sleep(wait * 1000L);
        }
        User u = name.isEmpty() ? null : auth.accounts().check(name, password.toCharArray());
        if (u == null) {
            throttle.failed(name, address);
            throw new ApiException(401, "bad-login", "wrong user or password");
        }
        throttle.succeeded(name);
        String[] s = auth.accounts().openSession(u);
        ctx.header("Set-Cookie", Auth.COOKIE + "=" + s[0] + "; Path=/; HttpOnly; SameSite=Strict"
                + (secureCookies ? "; Secure" : "") + "; Max-Age=" + org.glassbox.store.Accounts.ABSOLUTE.toSeconds());
        ObjectNode o = JSON.createObjectNode();
        o.put("user", u.name());
        o.put("csrf", s[1]);
        o.put("admin", u.admin());
        json(ctx, 200, o);
    }

    void whoami(Context ctx) {
        User u = Auth.user(ctx);
        ObjectNode o = JSON.createObjectNode();
        o.put("user", u.name());
        o.put("admin", u.admin());
        String csrf = ctx.attribute("glassbox.csrf");
        if (csrf != null) {
            o.put("csrf", csrf);
        }
        json(ctx, 200, o);
    }

    void logout(Context ctx) {
        Auth.user(ctx);
        auth.accounts().closeSession(ctx.cookie(Auth.COOKIE));
        ctx.header("Set-Cookie", Auth.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict" + (secureCookies ? "; Secure" : "") + "; Max-Age=0");
        ctx.status(204);
    }

    void newToken(Context ctx) {
        User u = Auth.user(ctx);
        json(ctx, 201, Map.of("token", auth.accounts().newToken(u)));
    }

    // ----------------------------------------------------------------- projects and members

    void projects(Context ctx) {
        User u = Auth.user(ctx);
        ArrayNode a = JSON.createArrayNode();
        for (Project p : ws.projects().of(u)) {
            ObjectNode o = a.addObject();
            o.put("id", p.id());
            o.put("name", p.name());
            o.put("role", p.role() == null ? "admin" : p.role().word());
        }
        json(ctx, 200, a);
    }

    void createProject(Context ctx) {
        User u = Auth.user(ctx);
        JsonNode b = body(ctx);
        String id = text(b, "id");
        String name = b.hasNonNull("name") ? b.get("name").asText() : id;
        Project p = ws.projects().create(id, name, u.name());
        json(ctx, 201, Map.of("id", p.id(), "name", p.name(), "role", p.role().word()));
    }

    void members(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        ArrayNode a = JSON.createArrayNode();
        for (Member m : ws.projects().members(p)) {
            a.addObject().put("user", m.user()).put("role", m.role().word());
        }
        json(ctx, 200, a);
    }

    void setMember(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.OWNER);
        Role r;
        try {
            r = Role.parse(body(ctx).path("role").asText(null));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        Member m = ws.projects().setMember(p, ctx.pathParam("user"), r);
        json(ctx, 200, Map.of("user", m.user(), "role", m.role().word()));
    }

    void removeMember(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.OWNER);
        ws.projects().removeMember(p, ctx.pathParam("user"));
        ctx.status(204);
    }

    // ----------------------------------------------------------------- cases

    void listCases(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.VIEWER);
        CodingApi.Caller who = new CodingApi.Caller(u, u.admin() ? Role.OWNER : ws.projects().role(p, u.name()));
        ArrayNode a = JSON.createArrayNode();
        for (CaseSummary s : ws.cases().list(p)) {
            if (!CodingApi.seesCase(who, s.id())) {
                continue; // a blind copy: only its coder and owners see it
            }
            a.addObject().put("id", s.id()).put("name", s.name()).put("events", s.events()).put("actors", s.actors())
                    .put("ties", s.ties()).put("version", s.version()).put("updated", iso(s.updatedMs()));
        }
        json(ctx, 200, a);
    }

    void importCase(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.CODER);
        Case c = readUpload(ctx);
        CaseSummary s = ws.cases().importCase(p, c, u.name());
        json(ctx, 201, Map.of("id", s.id(), "name", s.name(), "events", s.events(), "actors", s.actors(), "ties", s.ties()));
    }

    /**
     * The multipart field {@code file} of an upload: 413 when the declared length or the streamed body exceeds
     * {@code maxUpload} (refused before the body is read whole), 415 with {@code notMultipart} when the request is
     * not multipart, 400 when the field is missing.
     */
    static UploadedFile uploadedFile(Context ctx, long maxUpload, String notMultipart) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxUpload + 64 * 1024) {
            throw new ApiException(413, "too-large", "the upload (" + declared + " bytes) is larger than the limit of " + maxUpload + " bytes");
        }
        if (!ctx.isMultipartFormData()) {
            throw new ApiException(415, "not-multipart", notMultipart);
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
        return f;
    }

    /** Reads the uploaded case with the case format's readers (every defence of theirs applies); 413/415/422. */
    private Case readUpload(Context ctx) throws IOException {
        UploadedFile f = uploadedFile(ctx, maxUpload, "upload the case as multipart/form-data with a field 'file'");
        Path dir = Uploads.folder();
        try {
            byte[] head;
            try (InputStream in = f.content()) {
                head = in.readNBytes(4);
            }
            Uploads.Format fmt = Uploads.format(f.filename(), head);
            if (fmt == null) {
                throw new ApiException(415, "unknown-format", "a case is uploaded as .zip, .xlsx, .jsonocel, .xmlocel or .qdpx");
            }
            String name = "upload." + fmt.name().toLowerCase(Locale.ROOT);
            Path file = dir.resolve(name);
            try (InputStream in = f.content()) {
                Uploads.copy(in, file, maxUpload);
            }
            try {
                return org.glassbox.io.Cases.read(file);
            } catch (CaseFormatException e) {
                List<Map<String, Object>> problems = new ArrayList<>();
                String prefix = dir.toString();
                for (Problem pr : e.errors()) {
                    problems.add(ProblemJson.file(pr, prefix, name));
                }
                throw new Invalid(problems);
            }
        } finally {
            Uploads.delete(dir);
        }
    }

    /** A 422 with file-shaped problems (an upload's). */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient List<Map<String, Object>> problems;

        Invalid(List<Map<String, Object>> problems) {
            super(problems.size() + " problems");
            this.problems = problems;
        }
    }

    void getCase(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        CaseRecord r = ws.cases().record(p, ctx.pathParam("c"));
        JsonNode tree = YAML.readTree(r.caseYaml());
        ObjectNode o = tree != null && tree.isObject() ? (ObjectNode) tree : JSON.createObjectNode();
        o.put("version", r.recordVersion());
        o.put("case_version", r.version());
        o.put("codebook_version", r.codebookVersion());
        ctx.header("ETag", "\"" + r.recordVersion() + "\"");
        json(ctx, 200, o);
    }

    void putCase(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.CODER);
        long v = ifMatch(ctx);
        JsonNode b = body(ctx);
        if (!b.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object of case.yaml's fields");
        }
        ObjectNode o = ((ObjectNode) b).deepCopy();
        o.remove(List.of("version", "case_version", "codebook_version"));
        CaseRecord r = ws.cases().replaceRecord(p, ctx.pathParam("c"), YAML.writeValueAsString(o), v, u.name());
        JsonNode tree = YAML.readTree(r.caseYaml());
        ObjectNode out = (ObjectNode) tree;
        out.put("version", r.recordVersion());
        out.put("case_version", r.version());
        out.put("codebook_version", r.codebookVersion());
        json(ctx, 200, out);
    }

    void deleteCase(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.OWNER);
        ws.cases().deleteCase(p, ctx.pathParam("c"), u.name());
        ctx.status(204);
    }

    void getCodebook(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        CaseRecord r = ws.cases().record(p, ctx.pathParam("c"));
        ctx.header("ETag", "\"" + r.codebookVersion() + "\"").header("X-Version", String.valueOf(r.codebookVersion()));
        ctx.status(200).contentType("application/yaml; charset=utf-8").result(r.codebookYaml() == null ? "" : r.codebookYaml());
    }

    void putCodebook(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.CODER);
        long v = ifMatch(ctx);
        CaseRecord r = ws.cases().replaceCodebook(p, ctx.pathParam("c"), ctx.body(), v, u.name());
        ctx.header("ETag", "\"" + r.codebookVersion() + "\"").header("X-Version", String.valueOf(r.codebookVersion()));
        ctx.status(200).contentType("application/yaml; charset=utf-8").result(r.codebookYaml() == null ? "" : r.codebookYaml());
    }

    // ----------------------------------------------------------------- rows

    void listRows(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        String t = table(ctx);
        List<StoredRow> rows = ws.cases().rows(p, ctx.pathParam("c"), t);
        String q = ctx.queryParam("q");
        if (q != null && !q.isEmpty()) {
            String needle = q.toLowerCase(Locale.ROOT);
            rows = rows.stream().filter(r -> r.values().values().stream()
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains(needle))).toList();
        }
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.isEmpty()) {
            boolean desc = sort.startsWith("-");
            String col = desc ? sort.substring(1) : sort;
            Comparator<StoredRow> cmp = Comparator.comparing(r -> r.values().getOrDefault(col, ""));
            rows = rows.stream().sorted(desc ? cmp.reversed() : cmp).toList();
        }
        int offset = intParam(ctx, "offset", 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, MAX_LIMIT);
        ctx.header("X-Total-Count", String.valueOf(rows.size()));
        ArrayNode a = JSON.createArrayNode();
        for (int i = offset; i < rows.size() && i < (long) offset + limit; i++) {
            a.add(RowJson.toJson(JSON, rows.get(i)));
        }
        json(ctx, 200, a);
    }

    static int intParam(Context ctx, String name, int dflt, int max) {
        return intParam(ctx, name, dflt, 0, max);
    }

    /** A whole-number query parameter in [min, max], its default when absent, else 400 naming it. */
    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String s = ctx.queryParam(name);
        if (s == null || s.isEmpty()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(s);
            if (v < min || v > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", not " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, not '" + s + "'");
        }
    }

    void getRow(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        StoredRow r = ws.cases().row(p, ctx.pathParam("c"), table(ctx), ctx.pathParam("id"));
        ctx.header("ETag", "\"" + r.version() + "\"");
        json(ctx, 200, RowJson.toJson(JSON, r));
    }

    void addRow(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.CODER);
        String t = table(ctx);
        StoredRow r = ws.cases().addRow(p, ctx.pathParam("c"), t, RowJson.fromJson(body(ctx)), u.name());
        ctx.header("ETag", "\"" + r.version() + "\"");
        json(ctx, 201, RowJson.toJson(JSON, r));
    }

    void putRow(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.CODER);
        String t = table(ctx);
        long v = ifMatch(ctx);
        StoredRow r = ws.cases().replaceRow(p, ctx.pathParam("c"), t, ctx.pathParam("id"), v, RowJson.fromJson(body(ctx)), u.name());
        ctx.header("ETag", "\"" + r.version() + "\"");
        json(ctx, 200, RowJson.toJson(JSON, r));
    }

    void deleteRow(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.CODER);
        String t = table(ctx);
        long v = ifMatch(ctx);
        ws.cases().deleteRow(p, ctx.pathParam("c"), t, ctx.pathParam("id"), v, u.name());
        ctx.status(204);
    }

    // ----------------------------------------------------------------- history

    void history(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        ArrayNode a = JSON.createArrayNode();
        for (Change ch : ws.cases().history(p, ctx.pathParam("c"))) {
            a.add(change(ch));
        }
        json(ctx, 200, a);
    }

    private static ObjectNode change(Change ch) {
        ObjectNode o = JSON.createObjectNode();
        o.put("n", ch.n());
        o.put("at", iso(ch.atMs()));
        o.put("user", ch.user());
        o.put("table", ch.table());
        o.put("id", ch.id());
        o.put("row", ch.row());
        o.put("action", ch.action());
        o.set("before", ch.before() == null ? null : JSON.valueToTree(ch.before()));
        o.set("after", ch.after() == null ? null : JSON.valueToTree(ch.after()));
        return o;
    }

    void revert(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.CODER);
        long n;
        try {
            n = Long.parseLong(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no change '" + ctx.pathParam("n") + "'");
        }
        json(ctx, 201, change(ws.cases().revert(p, ctx.pathParam("c"), n, u.name())));
    }

    // ----------------------------------------------------------------- analysis, report, export, compare

    void analysis(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        String resamples = ctx.queryParam("robustness");
        Analyses.Entry e;
        if (resamples == null) {
            e = analyses.get(p, ctx.pathParam("c"));
        } else {
            e = analyses.withRobustness(p, ctx.pathParam("c"), intParam(ctx, "robustness", 1000, 1, MAX_RESAMPLES),
                    intParam(ctx, "seed", 1, 0, Integer.MAX_VALUE));
        }
        ctx.header("ETag", "\"" + e.version() + "\"");
        ctx.status(200).contentType("application/json; charset=utf-8").result(e.json().getBytes(StandardCharsets.UTF_8));
    }

    /** The most resamples {@code GET …/analysis?robustness=N} runs: 10,000 of the demo take a few seconds. */
    static final int MAX_RESAMPLES = 10_000;

    void report(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        Language lang;
        try {
            lang = Language.parse(ctx.queryParamAsClass("lang", String.class).getOrDefault("en"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("lang: " + e.getMessage());
        }
        ctx.status(200).contentType("text/html; charset=utf-8")
                .header("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:")
                .result(analyses.report(p, ctx.pathParam("c"), lang));
    }

    void export(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        String c = ctx.pathParam("c");
        String format = ctx.queryParamAsClass("format", String.class).getOrDefault("zip");
        CaseSnapshot s = ws.cases().snapshot(p, c);
        byte[] bytes;
        String type;
        String ext;
        switch (format) {
            case "zip" -> {
                bytes = s.tables().zip(c);
                type = "application/zip";
                ext = "zip";
            }
            case "xlsx", "jsonocel" -> {
                Case kase;
                try {
                    kase = s.tables().read();
                } catch (CaseFormatException e) {
                    throw new IllegalStateException("the stored case does not read back", e);
                }
                Path dir = Uploads.folder();
                try {
                    Path f = dir.resolve(c + "." + format);
                    if (format.equals("xlsx")) {
                        WorkbookWriter.write(kase, f);
                        type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                    } else {
                        org.glassbox.io.Cases.write(kase, f, false);
                        type = "application/json";
                    }
                    bytes = Files.readAllBytes(f);
                    ext = format;
                } finally {
                    Uploads.delete(dir);
                }
            }
            case "qdpx" -> {
                Case kase;
                try {
                    kase = s.tables().read();
                } catch (CaseFormatException e) {
                    throw new IllegalStateException("the stored case does not read back", e);
                }
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                org.glassbox.io.qdpx.Qdpx.write(kase, b);
                bytes = b.toByteArray();
                type = "application/zip";
                ext = "qdpx";
            }
            default -> throw ApiException.badRequest("format must be zip, xlsx, jsonocel or qdpx, not '" + format + "'");
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + c + "." + ext + "\"");
        ctx.status(200).contentType(type).result(bytes);
    }

    void compare(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        String list = ctx.queryParam("cases");
        if (list == null || list.isBlank()) {
            throw ApiException.badRequest("cases=a,b,… is needed");
        }
        List<String> ids = Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (ids.size() < 2) {
            throw ApiException.badRequest("compare needs at least two cases");
        }
        User u = Auth.user(ctx);
        CodingApi.Caller who = new CodingApi.Caller(u, u.admin() ? Role.OWNER : ws.projects().role(p, u.name()));
        for (String id : ids) {
            if (!CodingApi.seesCase(who, id)) {
                throw new org.glassbox.store.NotFoundException("case", id);
            }
        }
        ctx.status(200).contentType("application/json; charset=utf-8")
                .result(analyses.compare(p, ids).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}
