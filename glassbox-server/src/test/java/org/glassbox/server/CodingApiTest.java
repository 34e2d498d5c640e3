package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseWriter;
import org.glassbox.store.Role;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 1.1 through the API, against an embedded store in-process: a coded case imported and exported whole,
 * its passages validated on every write.
 */
class CodingApiTest {
    static final Path CODED = Path.of("..", "examples", "county-c-coded");
    static final String PW = "correct horse battery";
    @TempDir
    static Path dir;
    static Workspace ws;
    static WorkspaceServer server;
    static final Map<String, Http> as = new TreeMap<>();

    @BeforeAll
    static void start() throws Exception {
        ws = Workspace.embedded(dir.resolve("ws"));
        User owner = ws.accounts().add("owner", PW.toCharArray(), false);
        User cw = ws.accounts().add("cw", PW.toCharArray(), false);
        User lh = ws.accounts().add("lh", PW.toCharArray(), false);
        User viewer = ws.accounts().add("viewer", PW.toCharArray(), false);
        ws.projects().create("p", "Project P", "owner");
        ws.projects().setMember("p", "cw", Role.CODER);
        ws.projects().setMember("p", "lh", Role.CODER);
        ws.projects().setMember("p", "viewer", Role.VIEWER);
        server = WorkspaceServer.start(ws, new WorkspaceServer.Options("127.0.0.1", 0, 8L << 20, null, null, false, "test"));
        Http http = new Http(server.url());
        as.put("owner", http.token(ws.accounts().newToken(owner)));
        as.put("cw", http.token(ws.accounts().newToken(cw)));
        as.put("lh", http.token(ws.accounts().newToken(lh)));
        as.put("viewer", http.token(ws.accounts().newToken(viewer)));
        Http.Res im = as.get("owner").upload("/api/projects/p/cases", "county-c-coded.zip", zipFolder(CODED, "county-c-coded"));
        assertThat(im.status()).as(im.text()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
        ws.close();
    }

    static JsonNode json(Http.Res r) throws Exception {
        return Api.JSON.readTree(r.body());
    }

    /** A folder as a zip with one top folder {@code top}. */
    static byte[] zipFolder(Path folder, String top) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b, StandardCharsets.UTF_8); var files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(top + "/" + folder.relativize(f).toString().replace('\\', '/')));
                z.write(Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    /** A zip's files by their path below its top folder. */
    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    out.put(e.getName().substring(e.getName().indexOf('/') + 1), z.readAllBytes());
                }
            }
        }
        return out;
    }

    static Map<String, byte[]> folder(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    @Test
    void aCodedCaseImportedAsZipExportsAsTheSameCaseByteForByteInItsFolderForm() throws Exception {
        Http.Res ex = as.get("viewer").get("/api/projects/p/cases/county-c-coded/export?format=zip");
        assertThat(ex.status()).isEqualTo(200);
        Map<String, byte[]> exported = unzip(ex.body());
        Case c = org.glassbox.io.Cases.read(CODED);
        Path written = dir.resolve("written");
        CaseWriter.writeFolder(c, written);
        Map<String, byte[]> expected = folder(written);
        assertThat(exported.keySet()).isEqualTo(expected.keySet()).contains("segments.csv", "documents/d3-notice.txt");
        expected.forEach((f, bytes) -> assertThat(exported.get(f)).as(f).isEqualTo(bytes));
        // the document texts are the example's own bytes
        for (String d : new String[] {"d1-plan.txt", "d2-survey.txt", "d3-notice.txt"}) {
            assertThat(exported.get("documents/" + d)).isEqualTo(Files.readAllBytes(CODED.resolve("documents").resolve(d)));
        }
        // and the exported zip imports again as the same case
        assertThat(as.get("owner").json("POST", "/api/projects", "{\"id\":\"again\",\"name\":\"A\"}").status()).isEqualTo(201);
        Http.Res again = as.get("owner").upload("/api/projects/again/cases", "county-c-coded.zip", ex.body());
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        Map<String, byte[]> twice = unzip(as.get("owner").get("/api/projects/again/cases/county-c-coded/export?format=zip").body());
        assertThat(twice.keySet()).isEqualTo(exported.keySet());
        exported.forEach((f, bytes) -> assertThat(twice.get(f)).as(f).isEqualTo(bytes));
    }

    @Test
    void theFormat11TablesAreServedAsTablesAndAPassageOutsideItsDocumentIs422AtItsRowAndColumn() throws Exception {
        Http h = as.get("owner");
        String c = "/api/projects/p/cases/county-c-coded";
        for (String t : new String[] {"objects", "documents", "segments"}) {
            Http.Res r = h.get(c + "/" + t);
            assertThat(r.status()).as(t).isEqualTo(200);
            assertThat(json(r).size()).as(t).isGreaterThan(0);
        }
        Http.Res g = h.get(c + "/segments/g01");
        JsonNode g01 = json(g);
        assertThat(g01.get("links").isArray()).isTrue();
        assertThat(g01.get("quote").asText()).isEqualTo("建成全县统一的政务云平台");
        ObjectNode past = g01.deepCopy();
        past.put("end", "5000");
        Http.Res bad = h.json("PUT", c + "/segments/g01", past.toString(), g01.get("version").asLong());
        assertThat(bad.status()).isEqualTo(422);
        JsonNode pr = json(bad).get("problems").get(0);
        assertThat(pr.get("table").asText()).isEqualTo("segments");
        assertThat(pr.get("id").asText()).isEqualTo("g01");
        assertThat(pr.get("row").asLong()).isEqualTo(g01.get("row").asLong());
        assertThat(pr.get("field").asText()).isEqualTo("end");
        assertThat(pr.get("found").asText()).isEqualTo("5000");
        assertThat(json(h.get(c + "/segments/g01")).get("end").asText()).isEqualTo(g01.get("end").asText());
    }

    @Test
    void aProjectExportKeepsTheDocumentsAndPassages() throws Exception {
        Http owner = as.get("owner");
        Http.Res ex = owner.get("/api/projects/p/export");
        assertThat(ex.status()).isEqualTo(200);
        assertThat(owner.json("POST", "/api/projects", "{\"id\":\"restored11\",\"name\":\"R\"}").status()).isEqualTo(201);
        Http.Res im = owner.upload("/api/projects/restored11/import", "p.zip", ex.body());
        assertThat(im.status()).as(im.text()).isEqualTo(201);
        assertThat(ws.cases().snapshot("restored11", "county-c-coded").tables().files())
                .containsOnlyKeys(ws.cases().snapshot("p", "county-c-coded").tables().files().keySet());
        assertThat(ws.cases().snapshot("restored11", "county-c-coded").tables().read().coding().segments())
                .hasSize(ws.cases().snapshot("p", "county-c-coded").tables().read().coding().segments().size());
    }
}
