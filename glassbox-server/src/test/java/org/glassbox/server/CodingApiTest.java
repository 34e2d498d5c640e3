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

    @Test
    void blindCopiesAreSeenByTheirCoderAndOwnersAgreementIsTheCommandsAndAdjudicationIsKeptInHistory() throws Exception {
        Http owner = as.get("owner");
        assertThat(owner.json("POST", "/api/projects", "{\"id\":\"blind\",\"name\":\"B\"}").status()).isEqualTo(201);
        for (String u : new String[] {"cw", "lh"}) {
            ws.projects().setMember("blind", u, Role.CODER);
        }
        ws.projects().setMember("blind", "viewer", Role.VIEWER);
        assertThat(owner.upload("/api/projects/blind/cases", "c.zip", zipFolder(CODED, "county-c-coded")).status()).isEqualTo(201);
        String base = "/api/projects/blind/cases/";
        // a coder cannot make copies; an owner can, for a coder of the project only
        assertThat(as.get("cw").json("POST", base + "county-c-coded/copies", "{\"coder\":\"cw\"}").status()).isEqualTo(403);
        assertThat(owner.json("POST", base + "county-c-coded/copies", "{\"coder\":\"viewer\"}").status()).isEqualTo(400);
        for (String u : new String[] {"cw", "lh"}) {
            Http.Res r = owner.json("POST", base + "county-c-coded/copies", "{\"coder\":\"" + u + "\"}");
            assertThat(r.status()).as(r.text()).isEqualTo(201);
            assertThat(json(r).get("id").asText()).isEqualTo("county-c-coded~" + u);
        }
        assertThat(owner.json("POST", base + "county-c-coded/copies", "{\"coder\":\"cw\"}").status()).isEqualTo(409);
        String cwCopy = base + "county-c-coded~cw";
        String lhCopy = base + "county-c-coded~lh";
        // only the copy's coder and owners see it, everywhere
        assertThat(as.get("cw").get(cwCopy).status()).isEqualTo(200);
        assertThat(owner.get(cwCopy + "/events").status()).isEqualTo(200);
        for (String who : new String[] {"lh", "viewer"}) {
            assertThat(as.get(who).get(cwCopy).status()).as(who).isEqualTo(404);
            assertThat(as.get(who).get(cwCopy + "/documents/d1").status()).as(who).isEqualTo(404);
            assertThat(as.get(who).get(cwCopy + "/export?format=zip").status()).as(who).isEqualTo(404);
            assertThat(as.get(who).get("/api/projects/blind/compare?cases=county-c-coded,county-c-coded~cw").status()).as(who).isEqualTo(404);
        }
        assertThat(ids(as.get("lh").get("/api/projects/blind/cases"))).containsExactlyInAnyOrder("county-c-coded", "county-c-coded~lh");
        assertThat(ids(as.get("viewer").get("/api/projects/blind/cases"))).containsExactly("county-c-coded");
        assertThat(ids(owner.get("/api/projects/blind/cases"))).hasSize(3);
        // a copy starts without anyone's passages, with the documents to code
        assertThat(json(as.get("cw").get(cwCopy + "/segments")).size()).isZero();
        assertThat(json(as.get("cw").get(cwCopy + "/documents")).size()).isEqualTo(3);
        // each codes blind: cw a passage and a date, lh two passages
        ObjectNode g = Api.JSON.createObjectNode().put("id", "g01").put("document", "d1").put("start", 41).put("end", 53)
                .put("quote", "建成全县统一的政务云平台");
        g.putArray("codes").add("platform-building");
        g.putArray("links").add("event:e01");
        assertThat(as.get("cw").json("POST", cwCopy + "/segments", g.toString()).status()).isEqualTo(201);
        assertThat(as.get("lh").json("POST", lhCopy + "/segments", g.deepCopy().put("id", "h01").put("start", 43).put("quote",
                "全县统一的政务云平台").toString()).status()).isEqualTo(201);
        assertThat(as.get("lh").json("POST", lhCopy + "/segments", Api.JSON.createObjectNode().put("id", "h02").put("document", "d1")
                .put("start", 77).put("end", 97).put("quote", "政务云由县政府与电信县分公司签订合同建设").put("codes", "market-contracting")
                .toString()).status()).isEqualTo(201);
        assertThat(as.get("lh").json("POST", cwCopy + "/segments", g.deepCopy().put("id", "h09").toString()).status()).isEqualTo(404);
        JsonNode e02 = json(as.get("cw").get(cwCopy + "/events/e02"));
        ObjectNode moved = e02.deepCopy();
        moved.put("date", "2017-05");
        assertThat(as.get("cw").json("PUT", cwCopy + "/events/e02", moved.toString(), e02.get("version").asLong()).status()).isEqualTo(200);
        // agreement: owner only, the same calls and JSON as `glassbox agreement A B --coders cw,lh --json -`
        String q = "/api/projects/blind/agreement?cases=county-c-coded~cw,county-c-coded~lh";
        assertThat(as.get("cw").get(q).status()).isEqualTo(403);
        Http.Res agreement = owner.get(q);
        assertThat(agreement.status()).as(agreement.text()).isEqualTo(200);
        java.util.List<Case> versions = new java.util.ArrayList<>();
        for (String copy : new String[] {cwCopy, lhCopy}) {
            Path z = dir.resolve(copy.substring(copy.lastIndexOf('/') + 1) + ".zip");
            Files.write(z, owner.get(copy + "/export?format=zip").body());
            versions.add(org.glassbox.io.Cases.read(z));
        }
        java.util.List<String> names = java.util.List.of("cw", "lh");
        var report = org.glassbox.core.agreement.cases.CaseAgreement.compare(names, versions,
                org.glassbox.core.agreement.AlphaBootstrap.DEFAULT_SEED);
        var passages = org.glassbox.core.agreement.cases.CasePassageAgreement.of(names, versions).orElseThrow();
        java.io.StringWriter w = new java.io.StringWriter();
        org.glassbox.io.json.AgreementJson.write(report, passages.agreement().codes(), w);
        assertThat(agreement.text()).isEqualTo(w.toString());
        JsonNode aj = json(agreement);
        assertThat(aj.get("schema").asText()).isEqualTo("glassbox.agreement/1");
        assertThat(aj.get("passages").size()).isGreaterThan(0);
        // a case comparison: the matching of events and what each field leaves out, as the command writes them
        assertThat(aj.get("events").get("matched").asInt()).isGreaterThan(0);
        assertThat(aj.get("coefficients").get(0).has("leftOutUnits")).isTrue();
        // the disagreements to adjudicate: e02's date
        JsonNode dis = json(owner.get("/api/projects/blind/disagreements?cases=county-c-coded~cw,county-c-coded~lh"));
        assertThat(dis.get("disagreements")).anySatisfy(d -> {
            assertThat(d.get("unit").asText()).isEqualTo("e02");
            assertThat(d.get("field").asText()).isEqualTo("date");
            assertThat(d.get("values").get("county-c-coded~cw").asText()).isEqualTo("2017-05");
            assertThat(d.get("values").get("county-c-coded~lh").asText()).isEqualTo("2017-04");
        });
        // adjudicate: e02's date from cw, lh's passages; written into the case, each choice in history by the owner
        String body = "{\"from\": [\"county-c-coded~cw\", \"county-c-coded~lh\"], \"choices\": {"
                + "\"events\": {\"e02\": {\"date\": \"county-c-coded~cw\"}},"
                + "\"segments\": {\"county-c-coded~lh\": \"all\", \"county-c-coded~cw\": [\"g01\"]}}}";
        assertThat(as.get("cw").json("POST", base + "county-c-coded/adjudicate", body).status()).isEqualTo(403);
        Http.Res adj = owner.json("POST", base + "county-c-coded/adjudicate", body);
        assertThat(adj.status()).as(adj.text()).isEqualTo(200);
        assertThat(json(owner.get(base + "county-c-coded/events/e02")).get("date").asText()).isEqualTo("2017-05");
        assertThat(ids(owner.get(base + "county-c-coded/segments?document=d1"))).contains("h01", "h02", "g01");
        assertThat(json(owner.get(base + "county-c-coded/segments/h01")).get("coder").asText()).isEqualTo("lh");
        JsonNode hist = json(owner.get(base + "county-c-coded/history"));
        assertThat(hist.get(0).get("table").asText()).isEqualTo("adjudication");
        assertThat(hist.get(0).get("user").asText()).isEqualTo("owner");
        assertThat(hist.get(0).get("after").get("events/e02").asText()).isEqualTo("date=county-c-coded~cw");
        assertThat(hist.get(0).get("after").get("segments/county-c-coded~lh").asText()).isEqualTo("all");
        assertThat(hist).anySatisfy(h -> {
            assertThat(h.get("action").asText()).isEqualTo("adjudicate");
            assertThat(h.get("id").asText()).isEqualTo("e02");
            assertThat(h.get("before").get("date").asText()).isEqualTo("2017-04");
            assertThat(h.get("after").get("date").asText()).isEqualTo("2017-05");
        });
        // a choice naming a copy not in 'from', or a passage the copy lacks, is refused with nothing written
        long v = ws.cases().version("blind", "county-c-coded");
        assertThat(owner.json("POST", base + "county-c-coded/adjudicate", "{\"from\": [\"county-c-coded~cw\"], \"choices\": "
                + "{\"events\": {\"e03\": \"county-c-coded~lh\"}}}").status()).isEqualTo(400);
        assertThat(owner.json("POST", base + "county-c-coded/adjudicate", "{\"from\": [\"county-c-coded~cw\"], \"choices\": "
                + "{\"segments\": {\"county-c-coded~cw\": [\"nope\"]}}}").status()).isEqualTo(400);
        assertThat(ws.cases().version("blind", "county-c-coded")).isEqualTo(v);
    }

    static byte[] zipOf(Map<String, String> entries) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    @Test
    void aQdpxExportImportsBackAsTheSameCaseAndHostileProjectsAreRefused() throws Exception {
        Http owner = as.get("owner");
        assertThat(owner.json("POST", "/api/projects", "{\"id\":\"refi\",\"name\":\"R\"}").status()).isEqualTo(201);
        assertThat(owner.upload("/api/projects/refi/cases", "c.zip", zipFolder(CODED, "county-c-coded")).status()).isEqualTo(201);
        Http.Res q = as.get("viewer").get("/api/projects/p/cases/county-c-coded/export?format=qdpx");
        assertThat(q.status()).isEqualTo(200);
        assertThat(q.header("content-disposition")).contains("county-c-coded.qdpx");
        assertThat(unzip2(q.body())).contains("project.qde", "glassbox/case.zip");
        Http.Res original = owner.get("/api/projects/refi/cases/county-c-coded/export?format=qdpx");
        assertThat(owner.json("POST", "/api/projects", "{\"id\":\"refi2\",\"name\":\"R\"}").status()).isEqualTo(201);
        Http.Res im = owner.upload("/api/projects/refi2/cases", "county-c-coded.qdpx", original.body());
        assertThat(im.status()).as(im.text()).isEqualTo(201);
        Map<String, byte[]> before = unzip(owner.get("/api/projects/refi/cases/county-c-coded/export?format=zip").body());
        Map<String, byte[]> after = unzip(owner.get("/api/projects/refi2/cases/county-c-coded/export?format=zip").body());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((f, bytes) -> assertThat(after.get(f)).as(f).isEqualTo(bytes));
        // hostile projects: an entry escaping the archive, external entities, not a zip — 422, nothing stored
        int cases = json(owner.get("/api/projects/refi2/cases")).size();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        for (byte[] hostile : java.util.List.of(zipOf(Map.of("project.qde", xxe)),
                zipOf(Map.of("../../evil.qde", "<Project/>", "project.qde", "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"/>")),
                "PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1))) {
            Http.Res r = owner.upload("/api/projects/refi2/cases", "hostile.qdpx", hostile);
            assertThat(r.status()).as(r.text()).isEqualTo(422);
            assertThat(r.text()).doesNotContain("root:").doesNotContain(System.getProperty("java.io.tmpdir") + "/glassbox-upload");
        }
        assertThat(json(owner.get("/api/projects/refi2/cases")).size()).isEqualTo(cases);
    }

    static java.util.Set<String> unzip2(byte[] zip) throws Exception {
        java.util.Set<String> out = new java.util.TreeSet<>();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = z.getNextEntry()) != null) {
                out.add(e.getName());
            }
        }
        return out;
    }
}
