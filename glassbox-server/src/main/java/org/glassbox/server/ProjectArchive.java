package org.glassbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.store.CaseSummary;
import org.glassbox.store.Member;
import org.glassbox.store.NotFoundException;
import org.glassbox.store.Role;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;

/**
 * A whole project as one zip: {@code project.json} (id, name, members' roles) and each case's files
 * under {@code cases/ID/}. Import restores such a zip into an empty project: each case is read by
 * the case format's reader (every problem reported, nothing stored on any error); entry names are
 * only matched against the expected shape, never used as paths; the unpacked size is bounded.
 */
final class ProjectArchive {
    private static final Set<String> FILES = Set.of("case.yaml", "codebook.yaml", "actors.csv", "ties.csv", "events.csv",
            "indicators.csv", "sources.csv", "objects.csv", "documents.csv", "segments.csv");
    /** The name of a file under a case's documents/ in a project zip: one plain name, no path. */
    private static final java.util.regex.Pattern DOCUMENT_NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,199}");
    private static final int MAX_ENTRIES = 10_000;
    private final Workspace ws;
    private final Auth auth;
    private final long maxUpload;

    ProjectArchive(Workspace ws, Auth auth, long maxUpload) {
        this.ws = ws;
        this.auth = auth;
        this.maxUpload = maxUpload;
    }

    void export(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.OWNER);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(b, StandardCharsets.UTF_8)) {
            ObjectNode meta = Api.JSON.createObjectNode();
            meta.put("format", "glassbox.project/1");
            meta.put("id", p);
            meta.put("name", ws.projects().of(Auth.user(ctx)).stream().filter(x -> x.id().equals(p)).findFirst()
                    .map(x -> x.name()).orElse(p));
            ArrayNode members = meta.putArray("members");
            for (Member m : ws.projects().members(p)) {
                members.addObject().put("user", m.user()).put("role", m.role().word());
            }
            zip.putNextEntry(new ZipEntry("project.json"));
            zip.write(Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta));
            zip.closeEntry();
            for (CaseSummary s : ws.cases().list(p)) {
                CaseRows t = ws.cases().snapshot(p, s.id()).tables();
                for (Map.Entry<String, byte[]> f : t.files().entrySet()) {
                    zip.putNextEntry(new ZipEntry("cases/" + s.id() + "/" + f.getKey()));
                    zip.write(f.getValue());
                    zip.closeEntry();
                }
            }
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + p + ".project.zip\"");
        ctx.status(200).contentType("application/zip").result(b.toByteArray());
    }

    void importInto(Context ctx) throws IOException {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.OWNER);
        if (!ws.cases().list(p).isEmpty()) {
            throw new ApiException(409, "not-empty", "a project is restored only into an empty project; '" + p + "' has cases");
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxUpload + 64 * 1024) {
            throw new ApiException(413, "too-large", "the upload is larger than the limit of " + maxUpload + " bytes");
        }
        UploadedFile f;
        try {
            f = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        } catch (IllegalStateException e) {
            throw new ApiException(413, "too-large", "the upload is larger than the limit of " + maxUpload + " bytes");
        }
        if (f == null) {
            throw new ApiException(415, "not-multipart", "upload the project zip as multipart/form-data with a field 'file'");
        }
        Map<String, Map<String, byte[]>> cases = new LinkedHashMap<>();
        JsonNode meta = null;
        long total = 0;
        int entries = 0;
        try (InputStream in = f.content(); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw invalid("the zip has more than " + MAX_ENTRIES + " entries");
                }
                if (e.isDirectory()) {
                    continue;
                }
                byte[] data = readBounded(zip, maxUpload - total);
                total += data.length;
                String name = e.getName();
                String[] parts = name.split("/", -1);
                if (name.equals("project.json")) {
                    meta = Api.JSON.readTree(data);
                } else if (parts.length == 3 && parts[0].equals("cases") && org.glassbox.store.Projects.validId(parts[1].toLowerCase(java.util.Locale.ROOT))
                        && !parts[1].contains("..") && FILES.contains(parts[2])) {
                    cases.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put(parts[2], data);
                } else if (parts.length == 4 && parts[0].equals("cases") && org.glassbox.store.Projects.validId(parts[1].toLowerCase(java.util.Locale.ROOT))
                        && !parts[1].contains("..") && parts[2].equals("documents") && DOCUMENT_NAME.matcher(parts[3]).matches()
                        && !parts[3].contains("..")) {
                    cases.computeIfAbsent(parts[1], k -> new LinkedHashMap<>()).put("documents/" + parts[3], data);
                } else {
                    throw invalid("an entry that is not part of a project zip: '" + name + "'");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw invalid("not a readable zip: " + e.getMessage());
        }
        if (meta == null) {
            throw invalid("the zip has no project.json");
        }
        List<Case> read = new ArrayList<>();
        List<Map<String, byte[]>> documentFiles = new ArrayList<>();
        List<Map<String, Object>> problems = new ArrayList<>();
        for (Map.Entry<String, Map<String, byte[]>> c : cases.entrySet()) {
            Path dir = Uploads.folder();
            try {
                Path folder = dir.resolve("case");
                Files.createDirectories(folder);
                Map<String, byte[]> docs = new LinkedHashMap<>();
                for (Map.Entry<String, byte[]> file : c.getValue().entrySet()) {
                    if (file.getKey().startsWith("documents/")) {
                        // the name was matched against DOCUMENT_NAME: one plain file name under documents/
                        Files.createDirectories(folder.resolve("documents"));
                        Files.write(folder.resolve("documents").resolve(file.getKey().substring("documents/".length())), file.getValue());
                        docs.put(file.getKey(), file.getValue());
                        continue;
                    }
                    String safe = FILES.stream().filter(file.getKey()::equals).findFirst().orElseThrow();
                    Files.write(folder.resolve(safe), file.getValue());
                }
                try {
                    read.add(org.glassbox.io.Cases.read(folder));
                    documentFiles.add(docs);
                } catch (CaseFormatException ex) {
                    for (Problem pr : ex.errors()) {
                        problems.add(ProblemJson.file(pr, folder.toString(), "cases/" + c.getKey()));
                    }
                }
            } finally {
                Uploads.delete(dir);
            }
        }
        if (!problems.isEmpty()) {
            throw new Api.Invalid(problems);
        }
        for (int i = 0; i < read.size(); i++) {
            ws.cases().importCase(p, read.get(i), documentFiles.get(i), u.name());
        }
        int members = 0;
        for (JsonNode m : meta.path("members")) {
            try {
                ws.projects().setMember(p, m.path("user").asText(), Role.parse(m.path("role").asText()));
                members++;
            } catch (NotFoundException | IllegalArgumentException unknownUser) {
                // a member without an account here is left out; the owner adds them again
            }
        }
        Api.json(ctx, 201, Map.of("cases", read.stream().map(Case::id).toList(), "members", members));
    }

    private static Api.Invalid invalid(String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", "project.zip");
        m.put("line", 0);
        m.put("column", 0);
        m.put("field", null);
        m.put("found", null);
        m.put("expected", "a zip written by GET /api/projects/{p}/export");
        m.put("message", message);
        m.put("severity", "error");
        return new Api.Invalid(List.of(m));
    }

    private static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        int r;
        long n = 0;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > max) {
                throw new ApiException(413, "too-large", "the project unpacks to more than the upload limit");
            }
            b.write(buf, 0, r);
        }
        return b.toByteArray();
    }
}
