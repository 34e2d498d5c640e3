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
        assertThat(as.get("owner").json("POST", "/api/projects", "{\"id\":\"pristine\",\"name\":\"P\"}").status()).isEqualTo(201);
        Http.Res im = as.get("owner").upload("/api/projects/pristine/cases", "county-c-coded.zip", zipFolder(CODED, "county-c-coded"));
        assertThat(im.status()).as(im.text()).isEqualTo(201);
        Http.Res ex = as.get("owner").get("/api/projects/pristine/cases/county-c-coded/export?format=zip");
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

    static final String CC = "/api/projects/p/cases/county-c-coded";

    @Test
    void aDocumentUploadGoesThroughTheImportAndReadsBackWithItsContent() throws Exception {
        Http cw = as.get("cw");
        String text = "关于“一窗受理”延伸到乡镇的通知\r\n各乡镇便民服务站：\r\n";
        // a client file name that tries to walk out only names the document: nothing is written there
        Path target = dir.resolve("pwned.txt");
        String traversal = "../../../../../../.." + target.toAbsolutePath().toString().replace("pwned.txt", "通知 2021.txt");
        Http.Res up = cw.upload(CC + "/documents", traversal, text.getBytes(StandardCharsets.UTF_8), Map.of("source", "s2"));
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        JsonNode row = json(up);
        String id = row.get("id").asText();
        assertThat(id).isEqualTo("通知-2021");
        assertThat(row.get("text").asText()).isEqualTo("documents/" + id + ".txt");
        assertThat(row.get("language").asText()).isEqualTo("zh");
        assertThat(row.path("imported").path("languageGuessed").asBoolean()).isTrue();
        assertThat(Files.exists(target)).isFalse();
        assertThat(Files.exists(dir.resolve("通知 2021.txt"))).isFalse();
        Http.Res got = as.get("viewer").get(CC + "/documents/" + id);
        assertThat(got.status()).isEqualTo(200);
        // normalised as the format wants it: LF line ends; offsets count its code points
        assertThat(json(got).get("content").asText()).isEqualTo(text.replace("\r\n", "\n"));
        assertThat(json(got).get("source").asText()).isEqualTo("s2");
        // the history keeps who added it
        JsonNode last = json(cw.get(CC + "/history")).get(0);
        assertThat(last.get("table").asText()).isEqualTo("documents");
        assertThat(last.get("user").asText()).isEqualTo("cw");
    }

    @Test
    void hostileDocumentUploadsAreRefusedWithTheirReasonAndNothingIsStored() throws Exception {
        Http cw = as.get("cw");
        int before = json(as.get("owner").get(CC + "/documents")).size();
        Http.Res pdf = cw.upload(CC + "/documents", "broken.pdf", "%PDF-1.7 not really a pdf".getBytes(StandardCharsets.US_ASCII),
                Map.of("source", "s2"));
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(422);
        assertThat(json(pdf).get("problems").get(0).get("reason").asText()).isEqualTo("malformed");
        assertThat(json(pdf).get("problems").get(0).get("file").asText()).isEqualTo("broken.pdf");
        Http.Res exe = cw.upload(CC + "/documents", "tool.exe", new byte[] {'M', 'Z'}, Map.of("source", "s2"));
        assertThat(exe.status()).isEqualTo(415);
        Http.Res big = cw.upload(CC + "/documents", "big.txt", new byte[(8 << 20) + 10], Map.of("source", "s2"));
        assertThat(big.status()).isEqualTo(413);
        Http.Res noSource = cw.upload(CC + "/documents", "a.txt", "文本".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(noSource.status()).isEqualTo(400);
        Http.Res unknownSource = cw.upload(CC + "/documents", "a.txt", "文本".getBytes(StandardCharsets.UTF_8), Map.of("source", "s9"));
        assertThat(unknownSource.status()).isEqualTo(422);
        JsonNode pr = json(unknownSource).get("problems").get(0);
        assertThat(pr.get("field").asText()).isEqualTo("source");
        assertThat(pr.get("found").asText()).isEqualTo("s9");
        Http.Res notUtf8 = cw.upload(CC + "/documents", "bad.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0x00, (byte) 0x81},
                Map.of("source", "s2"));
        assertThat(notUtf8.status()).as(notUtf8.text()).isIn(201, 422);
        if (notUtf8.status() == 201) {
            before++;
        }
        assertThat(json(as.get("owner").get(CC + "/documents")).size()).isEqualTo(before);
        // a coder does not make a document restricted; an owner does
        Http.Res restricted = cw.upload(CC + "/documents", "r.txt", "内部文本".getBytes(StandardCharsets.UTF_8),
                Map.of("source", "s2", "access", "restricted"));
        assertThat(restricted.status()).isEqualTo(403);
    }

    @Test
    void storedMarkupInADocumentsTitleAndContentStaysInertJson() throws Exception {
        Http owner = as.get("owner");
        String nasty = "<script>alert('局')</script>\"><img src=x onerror=alert(1)>数据局";
        Http.Res up = owner.upload(CC + "/documents", "<svg onload=alert(1)>.txt", nasty.getBytes(StandardCharsets.UTF_8),
                Map.of("source", "s2", "id", "xss-1"));
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        Http.Res got = as.get("viewer").get(CC + "/documents/xss-1");
        assertThat(got.header("content-type")).startsWith("application/json");
        assertThat(got.header("x-content-type-options")).isEqualTo("nosniff");
        assertThat(json(got).get("content").asText()).isEqualTo(nasty);
        // a passage whose memo is markup: stored and served as the characters it is
        ObjectNode g = Api.JSON.createObjectNode().put("id", "gx1").put("document", "xss-1").put("start", 0).put("end", 8)
                .put("quote", nasty.substring(0, 8)).put("memo", nasty);
        Http.Res seg = owner.json("POST", CC + "/segments", g.toString());
        assertThat(seg.status()).as(seg.text()).isEqualTo(201);
        assertThat(json(owner.get(CC + "/segments/gx1")).get("memo").asText()).isEqualTo(nasty);
        assertThat(json(owner.get(CC + "/segments/gx1")).get("coder").asText()).isEqualTo("owner");
    }

    @Test
    void aCoderWritesOnlyTheirOwnPassagesAndTheFiltersSelect() throws Exception {
        Http cw = as.get("cw");
        Http lh = as.get("lh");
        // d1's text: the passage 建成全县统一的政务云平台 is at [41, 53)
        ObjectNode g = Api.JSON.createObjectNode().put("id", "g50").put("document", "d1").put("start", 41).put("end", 53)
                .put("quote", "建成全县统一的政务云平台");
        g.putArray("links").add("event:e01");
        g.putArray("codes").add("platform-building");
        Http.Res mine = cw.json("POST", CC + "/segments", g.toString());
        assertThat(mine.status()).as(mine.text()).isEqualTo(201);
        assertThat(json(mine).get("coder").asText()).isEqualTo("cw");
        long v = json(mine).get("version").asLong();
        ObjectNode edit = ((ObjectNode) json(mine)).deepCopy();
        edit.put("memo", "lh's view");
        assertThat(lh.json("PUT", CC + "/segments/g50", edit.toString(), v).status()).isEqualTo(403);
        assertThat(lh.send("DELETE", CC + "/segments/g50", null, null, Map.of("If-Match", String.valueOf(v))).status()).isEqualTo(403);
        ObjectNode forged = g.deepCopy().put("id", "g51").put("coder", "cw");
        assertThat(lh.json("POST", CC + "/segments", forged.toString()).status()).isEqualTo(403);
        Http.Res takeOver = cw.json("PUT", CC + "/segments/g50", edit.deepCopy().put("coder", "lh").toString(), v);
        assertThat(takeOver.status()).isEqualTo(403);
        // an owner may write anyone's
        Http.Res byOwner = as.get("owner").json("PUT", CC + "/segments/g50", edit.toString(), v);
        assertThat(byOwner.status()).as(byOwner.text()).isEqualTo(200);
        assertThat(json(byOwner).get("coder").asText()).isEqualTo("cw");
        // a misquote is the format's 422, at the quote
        Http.Res misquote = cw.json("POST", CC + "/segments", g.deepCopy().put("id", "g52").put("quote", "别的文字").toString());
        assertThat(misquote.status()).isEqualTo(422);
        assertThat(json(misquote).get("problems").get(0).get("field").asText()).isEqualTo("quote");
        // filters: document, coder, link, code, together
        Http v2 = as.get("viewer");
        assertThat(ids(v2.get(CC + "/segments?document=d2"))).containsExactlyInAnyOrder("g04", "g05", "g06", "g10");
        assertThat(ids(v2.get(CC + "/segments?coder=lh"))).containsExactlyInAnyOrder("g04", "g05", "g06", "g10");
        assertThat(ids(v2.get(CC + "/segments?link=event:e08"))).containsExactlyInAnyOrder("g04", "g05");
        assertThat(ids(v2.get(CC + "/segments?code=platform-building&coder=cw"))).containsExactlyInAnyOrder("g01", "g50");
        assertThat(ids(v2.get(CC + "/segments?link=object:platform:one-window"))).containsExactly("g10");
        Http.Res page = v2.get(CC + "/segments?coder=cw&limit=2");
        assertThat(json(page).size()).isEqualTo(2);
        assertThat(Integer.parseInt(page.header("x-total-count"))).isGreaterThan(2);
    }

    static java.util.List<String> ids(Http.Res r) throws Exception {
        java.util.List<String> out = new java.util.ArrayList<>();
        json(r).forEach(x -> out.add(x.get("id").asText()));
        return out;
    }

    @Test
    void aRestrictedDocumentIsSeenOnlyByOwnersAndItsAssignedCoders() throws Exception {
        Http owner = as.get("owner");
        Http.Res up = owner.upload(CC + "/documents", "interview.txt", "访谈记录：内部资料。".getBytes(StandardCharsets.UTF_8),
                Map.of("source", "s3", "id", "int-1", "access", "restricted", "coders", "lh"));
        assertThat(up.status()).as(up.text()).isEqualTo(201);
        assertThat(json(up).get("coders").get(0).asText()).isEqualTo("lh");
        ObjectNode g = Api.JSON.createObjectNode().put("id", "g60").put("document", "int-1").put("start", 0).put("end", 4)
                .put("quote", "访谈记录");
        Http.Res seg = as.get("lh").json("POST", CC + "/segments", g.toString());
        assertThat(seg.status()).as(seg.text()).isEqualTo(201);
        for (String who : new String[] {"owner", "lh"}) {
            assertThat(as.get(who).get(CC + "/documents/int-1").status()).as(who).isEqualTo(200);
            assertThat(ids(as.get(who).get(CC + "/documents"))).as(who).contains("int-1");
            assertThat(ids(as.get(who).get(CC + "/segments"))).as(who).contains("g60");
            assertThat(as.get(who).get(CC + "/segments/g60").status()).as(who).isEqualTo(200);
        }
        for (String who : new String[] {"cw", "viewer"}) {
            Http.Res r = as.get(who).get(CC + "/documents/int-1");
            assertThat(r.status()).as(who).isEqualTo(404);
            assertThat(r.text()).doesNotContain("访谈");
            assertThat(ids(as.get(who).get(CC + "/documents"))).as(who).doesNotContain("int-1");
            assertThat(ids(as.get(who).get(CC + "/segments"))).as(who).doesNotContain("g60");
            assertThat(as.get(who).get(CC + "/segments/g60").status()).as(who).isEqualTo(404);
        }
        // a coder not assigned writes no passage into it
        Http.Res intrude = as.get("cw").json("POST", CC + "/segments", g.deepCopy().put("id", "g61").toString());
        assertThat(intrude.status()).isEqualTo(404);
    }
}
