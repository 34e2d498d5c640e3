package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassbox.store.StoredRow;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's promises tested on the real server process ({@link ServerMain} started with this
 * module's classpath): kill -9 in a burst of writes, twenty concurrent editors, PostgreSQL
 * restarted underneath.
 */
class ServerProcessTest {
    static final String PW = "correct horse battery";
    @TempDir
    Path dir;
    final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        for (Process p : started) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Starts the server on {@code store}; returns a client for it. */
    Http startServer(String store) throws Exception {
        Path target = Path.of("target");
        String cp = target.resolve("test-classes").toAbsolutePath() + java.io.File.pathSeparator
                + target.resolve("classes").toAbsolutePath() + java.io.File.pathSeparator
                + Files.readString(target.resolve("server-classpath.txt")).strip();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", cp, ServerMain.class.getName(), store, "0");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        started.add(p);
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 120_000;
        while ((line = r.readLine()) != null && System.currentTimeMillis() < deadline) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                Thread drain = new Thread(() -> {
                    try {
                        while (r.readLine() != null) {
                            // keep the pipe empty
                        }
                    } catch (java.io.IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new Http("http://127.0.0.1:" + line.substring(6).strip());
            }
        }
        throw new IllegalStateException("the server did not start:\n" + seen);
    }

    /** A store with user admin, project p and case city-b; returns the admin's API token. */
    static String prepare(Workspace ws) throws Exception {
        User admin = ws.accounts().add("admin", PW.toCharArray(), true);
        ws.projects().create("p", "P", "admin");
        ws.cases().importCase("p", org.glassbox.io.Cases.read(Path.of("..", "examples", "city-b")), "admin");
        return ws.accounts().newToken(admin);
    }

    @Test
    void killDashNineInABurstOfWritesKeepsEveryAcknowledgedWriteAndNothingElse() throws Exception {
        Path store = dir.resolve("ws");
        String token;
        try (Workspace ws = Workspace.embedded(store)) {
            token = prepare(ws);
        }
        Http h = startServer(store.toString()).token(token);
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        int writers = 4;
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            int me = w;
            Thread t = new Thread(() -> {
                try {
                    for (int i = 0; !stop.get(); i++) {
                        String id = "burst-" + me + "-" + i;
                        attempted.add(id);
                        Http.Res r = h.json("POST", "/api/projects/p/cases/city-b/actors",
                                "{\"id\":\"" + id + "\",\"name\":\"Burst " + i + "\",\"sector\":\"public\"}");
                        if (r.status() == 201) {
                            acked.add(id);
                        }
                    }
                } catch (Exception killed) {
                    // the server died mid-request: this write was not acknowledged
                } finally {
                    done.countDown();
                }
            });
            t.start();
        }
        long until = System.currentTimeMillis() + 20_000;
        while (acked.size() < 40 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        started.get(0).destroyForcibly(); // SIGKILL
        started.get(0).waitFor(10, TimeUnit.SECONDS);
        stop.set(true);
        done.await(30, TimeUnit.SECONDS);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(10);
        Set<String> present = new HashSet<>();
        try (Workspace ws = Workspace.embedded(store)) {
            for (StoredRow r : ws.cases().rows("p", "city-b", "actors")) {
                if (r.id().startsWith("burst-")) {
                    present.add(r.id());
                }
            }
            assertThat(ws.cases().snapshot("p", "city-b").tables().validate().isClean()).isTrue();
        }
        assertThat(present).containsAll(acked);
        assertThat(attempted).containsAll(present);
        Set<String> unacked = new HashSet<>(present);
        unacked.removeAll(acked);
        assertThat(unacked.size()).as("committed but not acknowledged: at most one in flight per writer").isLessThanOrEqualTo(writers);
        Http again = startServer(store.toString()).token(token);
        String one = acked.iterator().next();
        assertThat(again.get("/api/projects/p/cases/city-b/actors/" + one).status()).isEqualTo(200);
    }

    @Test
    void twentyClientsOnOverlappingRowsLoseNoUpdate() throws Exception {
        Path store = dir.resolve("ws");
        String token;
        List<String> ids = new ArrayList<>();
        try (Workspace ws = Workspace.embedded(store)) {
            token = prepare(ws);
            ws.cases().rows("p", "city-b", "actors").stream().limit(4).forEach(r -> ids.add(r.id()));
        }
        Http h = startServer(store.toString()).token(token);
        String base = "/api/projects/p/cases/city-b/actors/";
        Map<String, String> original = new ConcurrentHashMap<>();
        for (String id : ids) {
            original.put(id, Api.JSON.readTree(h.get(base + id).body()).get("name").asText());
        }
        List<String> landed = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        List<String> other = Collections.synchronizedList(new ArrayList<>());
        int clients = 20;
        int each = 8;
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int me = c;
            new Thread(() -> {
                try {
                    for (int k = 0; k < each; k++) {
                        String id = ids.get((me + k) % ids.size());
                        JsonNode row = Api.JSON.readTree(h.get(base + id).body());
                        ObjectNode edit = row.deepCopy();
                        String name = "client " + me + " edit " + k;
                        edit.put("name", name);
                        Http.Res r = h.json("PUT", base + id, edit.toString(), row.get("version").asLong());
                        if (r.status() == 200) {
                            landed.add(id + "|" + name);
                        } else if (r.status() == 409) {
                            conflicts.incrementAndGet();
                        } else {
                            other.add(r.status() + " " + r.text());
                        }
                    }
                } catch (Exception e) {
                    other.add(e.toString());
                } finally {
                    done.countDown();
                }
            }).start();
        }
        assertThat(done.await(300, TimeUnit.SECONDS)).isTrue();
        assertThat(other).isEmpty();
        assertThat(landed.size() + conflicts.get()).isEqualTo(clients * each);
        assertThat(landed).isNotEmpty();
        JsonNode history = Api.JSON.readTree(h.get("/api/projects/p/cases/city-b/history").body());
        for (String id : ids) {
            List<JsonNode> chain = new ArrayList<>();
            for (JsonNode ch : history) {
                if (ch.get("action").asText().equals("update") && id.equals(ch.get("id").asText())) {
                    chain.add(0, ch);
                }
            }
            List<String> mine = landed.stream().filter(x -> x.startsWith(id + "|")).map(x -> x.substring(id.length() + 1)).toList();
            assertThat(chain).hasSize(mine.size());
            String prev = original.get(id);
            for (JsonNode ch : chain) {
                assertThat(ch.get("before").get("name").asText()).as("each update starts from the one before: none lost").isEqualTo(prev);
                prev = ch.get("after").get("name").asText();
            }
            assertThat(chain.stream().map(ch -> ch.get("after").get("name").asText()).toList()).containsExactlyInAnyOrderElementsOf(mine);
            assertThat(Api.JSON.readTree(h.get(base + id).body()).get("name").asText()).isEqualTo(prev);
        }
    }

    @Test
    void postgresRestartedUnderARunningServerFailsCleanlyThenRecovers() throws Exception {
        String url = System.getenv("GLASSBOX_TEST_PG_URL");
        String ctl = System.getenv("GLASSBOX_TEST_PG_CTL");
        Assumptions.assumeTrue(url != null && ctl != null,
                "GLASSBOX_TEST_PG_URL and GLASSBOX_TEST_PG_CTL (a script taking stop|start) are not set: skipped (.ci/run sets them)");
        try (var c = java.sql.DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
        String token;
        try (Workspace ws = Workspace.connect(url, null, null)) {
            token = prepare(ws);
        }
        Http h = startServer(url).token(token);
        String rows = "/api/projects/p/cases/city-b/actors";
        assertThat(h.get(rows).status()).isEqualTo(200);
        try {
            run(ctl, "stop");
            Http.Res down = h.get(rows);
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.header("content-type")).startsWith("application/json");
            assertThat(Api.JSON.readTree(down.body()).get("error").get("code").asText()).isEqualTo("store-unavailable");
            Http.Res write = h.json("POST", rows, "{\"id\":\"during-outage\",\"name\":\"X\",\"sector\":\"public\"}");
            assertThat(write.status()).isEqualTo(503);
        } finally {
            run(ctl, "start");
        }
        long until = System.currentTimeMillis() + 60_000;
        int status = 0;
        while (System.currentTimeMillis() < until && (status = h.get(rows).status()) != 200) {
            Thread.sleep(500);
        }
        assertThat(status).isEqualTo(200);
        assertThat(h.json("POST", rows, "{\"id\":\"after-outage\",\"name\":\"Y\",\"sector\":\"public\"}").status()).isEqualTo(201);
        assertThat(h.get(rows + "/during-outage").status()).isEqualTo(404);
        assertThat(h.get(rows + "/after-outage").status()).isEqualTo(200);
    }

    private static void run(String script, String arg) throws Exception {
        Process p = new ProcessBuilder("bash", script, arg).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(script + " " + arg + ": " + out).isZero();
    }
}
