package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glassbox.server.search.IndexedDocument;
import org.glassbox.server.search.IndexedPassage;
import org.glassbox.store.Role;
import org.glassbox.store.StoredRow;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/projects/{p}/search}: roles, answers in code points, and the index kept in step with the store across restarts. */
class SearchRouteTest {
    static final String PW = "correct horse battery";
    static final String TEXT = "𠀀浙江省成立省大数据发展管理局。";

    @TempDir
    Path dir;

    static String q(String s) {
        return "/api/projects/p/search?q=" + URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchAnswersMembersAndFollowsTheStore() throws Exception {
        Path index = dir.resolve("ws").resolve("search-index");
        try (Workspace ws = Workspace.embedded(dir.resolve("ws"))) {
            ws.accounts().add("owner", PW.toCharArray(), false);
            User viewer = ws.accounts().add("viewer", PW.toCharArray(), false);
            User outsider = ws.accounts().add("outsider", PW.toCharArray(), false);
            ws.projects().create("p", "P", "owner");
            ws.projects().setMember("p", "viewer", Role.VIEWER);
            ws.cases().importCase("p", org.glassbox.io.Cases.read(Path.of("..", "examples", "city-b")), "owner");
            WorkspaceServer.Options o = WorkspaceServer.Options.local(0, "test").withSearchIndex(index);
            String vt = ws.accounts().newToken(viewer);
            String ot = ws.accounts().newToken(outsider);
            try (WorkspaceServer s = WorkspaceServer.start(ws, o)) {
                s.searchIndex().put(new IndexedDocument("p", "city-b", "d1", TEXT, List.of(new IndexedPassage("s1", 6, 15))),
                        ws.cases().version("p", "city-b"));
                Http http = new Http(s.url());
                Http v = http.token(vt);
                Http.Res r = v.get(q("大数据"));
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.header("content-type")).startsWith("application/json");
                // the index holds d1, but the store does not: what may be seen is the store's to say, so nothing is shown
                assertThat(s.searchIndex().search("p", "大数据", (c, d) -> true, 10)).hasSize(2);
                assertThat(Api.JSON.readTree(r.body())).isEmpty();
                assertThat(http.token(ot).get(q("大数据")).status()).isEqualTo(404);
                assertThat(http.get(q("大数据")).status()).isEqualTo(401);
                assertThat(v.get("/api/projects/p/search").status()).isEqualTo(400);
                Http.Res bad = v.get(q("。，"));
                assertThat(bad.status()).isEqualTo(400);
                assertThat(bad.text()).contains("q:");
                assertThat(v.get(q("数据") + "&limit=0").status()).isEqualTo(400);
            }
            // restarted, the case unchanged: the index on disk is current and still holds d1
            try (WorkspaceServer s = WorkspaceServer.start(ws, o)) {
                assertThat(s.searchIndex().rebuilt()).isFalse();
                assertThat(s.searchIndex().search("p", "大数据", (c, d) -> true, 10)).hasSize(2);
            }
            // the case changed while the server was down: at start the index takes the store's documents again
            StoredRow e = ws.cases().rows("p", "city-b", "events").get(0);
            Map<String, String> vals = new java.util.LinkedHashMap<>(e.values());
            vals.put("title", vals.get("title") + " (checked)");
            ws.cases().replaceRow("p", "city-b", "events", "row:" + e.row(), e.version(), vals, "owner");
            try (WorkspaceServer s = WorkspaceServer.start(ws, o)) {
                assertThat(s.searchIndex().indexedCases().values()).containsExactly(ws.cases().version("p", "city-b"));
                assertThat(s.searchIndex().search("p", "大数据", (c, d) -> true, 10))
                        .as("the store holds no documents for city-b, so neither does the index").isEmpty();
            }
        }
    }

    /**
     * The write path: a document uploaded through the route is found at once, a passage written is a hit of its
     * own, a restricted document is found only by those who may see it, and a deleted passage is gone.
     */
    @Test
    void documentsWrittenThroughTheRoutesAreFoundBySeeOnly() throws Exception {
        try (Workspace ws = Workspace.embedded(dir.resolve("ws2"))) {
            User owner = ws.accounts().add("owner", PW.toCharArray(), false);
            User coder = ws.accounts().add("coder", PW.toCharArray(), false);
            User viewer = ws.accounts().add("viewer", PW.toCharArray(), false);
            ws.projects().create("p", "P", "owner");
            ws.projects().setMember("p", "coder", Role.CODER);
            ws.projects().setMember("p", "viewer", Role.VIEWER);
            ws.cases().importCase("p", org.glassbox.io.Cases.read(Path.of("..", "examples", "county-c-coded")), "owner");
            try (WorkspaceServer s = WorkspaceServer.start(ws, WorkspaceServer.Options.local(0, "test"))) {
                Http http = new Http(s.url());
                Http o = http.token(ws.accounts().newToken(owner));
                Http c = http.token(ws.accounts().newToken(coder));
                Http v = http.token(ws.accounts().newToken(viewer));
                String base = "/api/projects/p/cases/county-c-coded";
                // at start the example's own documents were indexed from the store: 县大数据中心 stands in d3
                assertThat(Api.JSON.readTree(v.get(q("县大数据中心")).body()).findValuesAsText("document")).contains("d3");
                Http.Res up = c.upload(base + "/documents", "notes.txt", TEXT.getBytes(StandardCharsets.UTF_8), Map.of("source", "s2"));
                assertThat(up.status()).as(up.text()).isEqualTo(201);
                String d = Api.JSON.readTree(up.body()).path("id").asText();
                JsonNode hits = Api.JSON.readTree(v.get(q("数据 管理局")).body());
                assertThat(hits.findValuesAsText("document")).contains(d);
                Http.Res sg = c.json("POST", base + "/segments", "{\"id\":\"gx\",\"document\":\"" + d
                        + "\",\"start\":6,\"end\":15,\"quote\":\"省大数据发展管理局\",\"codes\":[\"coordination\"]}");
                assertThat(sg.status()).as(sg.text()).isEqualTo(201);
                assertThat(Api.JSON.readTree(v.get(q("管理局")).body()).findValuesAsText("segment")).contains("gx");
                // retrieval by code: the new passage with its context, in code points
                JsonNode got = Api.JSON.readTree(v.get("/api/projects/p/passages?code=coordination").body());
                JsonNode gx = null;
                for (JsonNode x : got) {
                    if (x.path("segment").asText().equals("gx")) {
                        gx = x;
                    }
                }
                assertThat(gx).isNotNull();
                assertThat(gx.path("before").asText()).isEqualTo("𠀀浙江省成立");
                assertThat(gx.path("after").asText()).isEqualTo("。");
                // a restricted document (an owner adds it, assigned to coder): the owner and the coder find it, the viewer not
                Http.Res secret = o.upload(base + "/documents", "secret.txt", "内部：大数据安全审查记录".getBytes(StandardCharsets.UTF_8),
                        Map.of("source", "s2", "access", "restricted", "coders", "coder"));
                assertThat(secret.status()).as(secret.text()).isEqualTo(201);
                String sd = Api.JSON.readTree(secret.body()).path("id").asText();
                assertThat(Api.JSON.readTree(o.get(q("安全审查")).body()).findValuesAsText("document")).containsOnly(sd);
                assertThat(Api.JSON.readTree(c.get(q("安全审查")).body()).findValuesAsText("document")).containsOnly(sd);
                assertThat(Api.JSON.readTree(v.get(q("安全审查")).body())).isEmpty();
                // the passage deleted: its hit is gone, the document's text still found
                JsonNode row = Api.JSON.readTree(c.get(base + "/segments/gx").body());
                Http.Res del = c.send("DELETE", base + "/segments/gx", null, null, Map.of("If-Match", row.path("version").asText()));
                assertThat(del.status()).as(del.text()).isEqualTo(204);
                assertThat(Api.JSON.readTree(v.get(q("管理局")).body()).findValuesAsText("segment")).doesNotContain("gx");
                assertThat(Api.JSON.readTree(v.get(q("管理局")).body()).findValuesAsText("document")).contains(d);
            }
        }
    }
}
