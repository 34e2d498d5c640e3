package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.server.FirstStart;
import org.glassbox.server.WorkspaceServer;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's analysis equals the CLI's on the exported case, byte for byte; serve's options; users offline. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static HttpResponse<byte[]> send(HttpClient http, HttpRequest.Builder b, String token) throws Exception {
        return http.send(b.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void analysisEqualsAnalyzeJsonOnTheExportedCaseBeforeAndAfterAnEdit() throws Exception {
        Path examples = Path.of("..", "examples");
        try (Workspace ws = Workspace.embedded(dir.resolve("ws"))) {
            Files.writeString(dir.resolve("pw"), "a long enough password\n");
            FirstStart.admin(ws, dir.resolve("pw"));
            assertThat(FirstStart.demo(ws, examples)).containsExactly("city-b", "county-c-coded", "province-a");
            User admin = ws.accounts().get("admin");
            String token = ws.accounts().newToken(admin);
            try (WorkspaceServer server = WorkspaceServer.start(ws, WorkspaceServer.Options.local(0, Main.Version.version()))) {
                HttpClient http = HttpClient.newHttpClient();
                String base = server.url() + "api/projects/demo/cases/city-b";
                for (int round = 0; round < 2; round++) {
                    byte[] api = send(http, HttpRequest.newBuilder(URI.create(base + "/analysis")), token).body();
                    byte[] zip = send(http, HttpRequest.newBuilder(URI.create(base + "/export?format=zip")), token).body();
                    Path z = dir.resolve("export-" + round + ".zip");
                    Files.write(z, zip);
                    CapturedCli cli = new CapturedCli();
                    assertThat(cli.run("analyze", z.toString(), "--json", "-")).isZero();
                    assertThat(new String(api, StandardCharsets.UTF_8)).isEqualTo(cli.out());
                    // edit: the last event's initiator becomes the first actor, then compare again
                    ObjectMapper m = new ObjectMapper();
                    JsonNode ev = m.readTree(send(http, HttpRequest.newBuilder(URI.create(base + "/events/e001")), token).body());
                    ObjectNode edit = ev.deepCopy();
                    edit.putArray("initiator").add("jv");
                    HttpResponse<byte[]> put = send(http, HttpRequest.newBuilder(URI.create(base + "/events/e001"))
                            .header("If-Match", ev.get("version").asText()).header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(edit.toString())), token);
                    assertThat(put.statusCode()).as(new String(put.body(), StandardCharsets.UTF_8)).isEqualTo(200);
                }
                // each verdict's stability on request: the same JSON as analyze --robustness on the exported case
                byte[] robust = send(http, HttpRequest.newBuilder(URI.create(base + "/analysis?robustness=40&seed=7")), token).body();
                Path z = dir.resolve("export-robust.zip");
                Files.write(z, send(http, HttpRequest.newBuilder(URI.create(base + "/export?format=zip")), token).body());
                CapturedCli cli = new CapturedCli();
                assertThat(cli.run("analyze", z.toString(), "--json", "-", "--robustness", "--resamples", "40", "--seed", "7")).isZero();
                assertThat(new String(robust, StandardCharsets.UTF_8)).isEqualTo(cli.out()).contains("\"resamples\" : 40");
                HttpResponse<byte[]> none = send(http, HttpRequest.newBuilder(URI.create(base + "/analysis?robustness=0")), token);
                assertThat(none.statusCode()).isEqualTo(400);
                assertThat(new String(none.body(), StandardCharsets.UTF_8)).contains("robustness must be between 1 and 10000");
            }
        }
    }

    @Test
    void serveRefusesBadOptionsWith2AndAStoreItCannotOpenWith1() {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("serve", "--workspace", dir.toString(), "--max-upload", "lots")).isEqualTo(2);
        assertThat(cli.run("serve", "--workspace", dir.toString(), "--host", "0.0.0.0")).isEqualTo(2);
        assertThat(cli.err()).contains("--insecure-http");
        assertThat(cli.run("serve", "--workspace", dir.toString(), "--tls-cert", "x.pem")).isEqualTo(2);
        assertThat(cli.run("serve", "--db", "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "--port", "0")).isEqualTo(1);
        assertThat(cli.err()).contains("cannot open the store");
        assertThat(ServeCommand.size("256m")).isEqualTo(256L << 20);
        assertThat(ServeCommand.size("1g")).isEqualTo(1L << 30);
        assertThat(ServeCommand.size("-1")).isEqualTo(-1);
    }

    @Test
    void usersAreManagedOffline() throws Exception {
        Path pw = dir.resolve("pw");
        Files.writeString(pw, "a long enough password\n");
        String ws = dir.resolve("ws").toString();
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("users", "add", "alice", "--admin", "--password-file", pw.toString(), "--workspace", ws)).isZero();
        assertThat(cli.run("users", "add", "bob", "--password-file", pw.toString(), "--workspace", ws)).isZero();
        assertThat(cli.run("users", "add", "bob", "--password-file", pw.toString(), "--workspace", ws)).isEqualTo(1);
        assertThat(cli.run("users", "list", "--workspace", ws)).isZero();
        assertThat(cli.out()).contains("alice\tadmin").contains("bob");
        Files.writeString(pw, "short\n");
        assertThat(cli.run("users", "passwd", "bob", "--password-file", pw.toString(), "--workspace", ws)).isEqualTo(1);
        assertThat(cli.err()).contains("glassbox users passwd: password: at least 8 characters")
                .contains("glassbox users add: user 'bob' exists already");
        assertThat(cli.run("users", "remove", "bob", "--workspace", ws)).isZero();
        assertThat(cli.run("users", "remove", "bob", "--workspace", ws)).isEqualTo(1);
        try (Workspace w = Workspace.embedded(dir.resolve("ws"))) {
            assertThat(w.accounts().list()).extracting(User::name).containsExactly("alice");
        }
        Path snap = dir.resolve("snap.db");
        assertThat(cli.run("backup", "--workspace", ws, snap.toString())).isZero();
        assertThat(cli.run("backup", "--workspace", ws, snap.toString())).isEqualTo(1);
        Path other = dir.resolve("restored");
        assertThat(cli.run("restore", snap.toString(), "--workspace", other.toString())).isZero();
        assertThat(cli.run("restore", snap.toString(), "--workspace", other.toString())).isEqualTo(1);
        try (Workspace w = Workspace.embedded(other)) {
            assertThat(w.accounts().list()).extracting(User::name).containsExactly("alice");
        }
    }
}
