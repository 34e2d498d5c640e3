package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.store.Role;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The coding page's reads: a case's codes as a tree ({@code …/coding}) and retrieval by code ({@code …/passages}). */
class PassagesRouteTest {
    static final String PW = "correct horse battery";
    @TempDir
    static Path dir;
    static Workspace ws;
    static WorkspaceServer server;
    static Http viewer;
    static Http outsider;

    @BeforeAll
    static void start() throws Exception {
        ws = Workspace.embedded(dir.resolve("ws"));
        ws.accounts().add("owner", PW.toCharArray(), false);
        User v = ws.accounts().add("viewer", PW.toCharArray(), false);
        User o = ws.accounts().add("outsider", PW.toCharArray(), false);
        ws.projects().create("p", "P", "owner");
        ws.projects().setMember("p", "viewer", Role.VIEWER);
        ws.cases().importCase("p", org.glassbox.io.Cases.read(ApiTest.EXAMPLES.resolve("county-c-coded")), "owner");
        server = WorkspaceServer.start(ws, WorkspaceServer.Options.local(0, "test"));
        Http http = new Http(server.url());
        viewer = http.token(ws.accounts().newToken(v));
        outsider = http.token(ws.accounts().newToken(o));
    }

    @AfterAll
    static void stop() {
        server.close();
        ws.close();
    }

    @Test
    void codesComeAsATreeWithEventTypesAndCoders() throws Exception {
        Http.Res r = viewer.get("/api/projects/p/cases/county-c-coded/coding");
        assertThat(r.status()).isEqualTo(200);
        JsonNode o = Api.JSON.readTree(r.body());
        List<String> names = new ArrayList<>();
        o.path("codes").forEach(c -> names.add(c.path("name").asText() + "@" + c.path("depth").asInt()));
        // model-adaptation (parent needs-diagnosis) follows its parent, one level down
        assertThat(names).containsSubsequence("needs-diagnosis@0", "model-adaptation@1", "platform-building@0");
        assertThat(names.indexOf("model-adaptation@1")).isEqualTo(names.indexOf("needs-diagnosis@0") + 1);
        List<String> types = new ArrayList<>();
        o.path("eventTypes").forEach(x -> types.add(x.asText()));
        assertThat(types).contains("directive", "data-sharing", "contract");
        assertThat(outsider.get("/api/projects/p/cases/county-c-coded/coding").status()).isEqualTo(404);
        // the route does not take the place of a table called so
        assertThat(viewer.get("/api/projects/p/cases/county-c-coded/events").status()).isEqualTo(200);
    }

    @Test
    void retrievalNeedsACodeAndMembership() throws Exception {
        assertThat(viewer.get("/api/projects/p/passages").status()).isEqualTo(400);
        assertThat(outsider.get("/api/projects/p/passages?code=coordination").status()).isEqualTo(404);
        assertThat(viewer.get("/api/projects/p/passages?code=coordination").status()).isEqualTo(200);
    }
}
