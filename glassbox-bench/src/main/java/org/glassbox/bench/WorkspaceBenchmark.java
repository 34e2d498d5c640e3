package org.glassbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.server.WorkspaceServer;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;

/**
 * The workspace under a team's load: {@code ./bench workspace [--events N] [--seconds S] [--pg JDBC_URL]}.
 * Reports (1) importing an N-event case (default 100,000) through the API, (2) the warm
 * {@code GET …/analysis} of the demo case city-b (median of 50), (3) sustained acknowledged
 * writes per second with 20 concurrent clients, each replacing its own actor row of city-b over
 * S seconds (default 10), on the embedded store and, with {@code --pg} (or
 * GLASSBOX_TEST_PG_URL), on PostgreSQL, and (4) the server's heap holding 50 cases with their
 * analyses cached. Everything runs in this JVM against a real server on loopback. {@code --only
 * import,analysis,writes,memory} runs some of the four (e.g. {@code --only writes} to profile writes).
 */
public final class WorkspaceBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "benchmark password";

    private WorkspaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = 100_000;
        int seconds = 10;
        String pg = System.getenv("GLASSBOX_TEST_PG_URL");
        java.util.Set<String> only = java.util.Set.of("import", "analysis", "writes", "memory");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--pg" -> pg = args[++i];
                case "--only" -> only = java.util.Set.of(args[++i].split(","));
                default -> {
                    System.err.println("usage: ./bench workspace [--events N] [--seconds S] [--pg JDBC_URL] [--only import,analysis,writes,memory]");
                    System.exit(2);
                }
            }
        }
        Path examples = Path.of(System.getProperty("glassbox.home", "."), "examples");
        Path tmp = Files.createTempDirectory("glassbox-bench-ws");
        System.out.printf(Locale.ROOT, "Workspace benchmark (%d cores, max heap %d MB)%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try (Workspace ws = Workspace.embedded(tmp.resolve("ws"))) {
            Bench b = new Bench(ws, examples);
            if (only.contains("import")) {
                b.importLarge(events);
            }
            if (only.contains("analysis")) {
                b.warmAnalysis();
            }
            if (only.contains("writes")) {
                b.writes("embedded (SQLite)", seconds);
            }
            if (only.contains("memory")) {
                b.memory(50);
            }
            b.close();
        }
        if (pg != null && only.contains("writes")) {
            try (var c = java.sql.DriverManager.getConnection(pg); var st = c.createStatement()) {
                st.execute("DROP SCHEMA IF EXISTS public CASCADE");
                st.execute("CREATE SCHEMA public");
            }
            try (Workspace ws = Workspace.connect(pg, null, null)) {
                Bench b = new Bench(ws, examples);
                b.writes("PostgreSQL", seconds);
                b.close();
            }
        } else {
            System.out.println("PostgreSQL: skipped (give --pg JDBC_URL or set GLASSBOX_TEST_PG_URL)");
        }
    }

    private static final class Bench {
        final Workspace ws;
        final WorkspaceServer server;
        final String token;
        final HttpClient http = HttpClient.newHttpClient();
        final String base;

        Bench(Workspace ws, Path examples) throws Exception {
            this.ws = ws;
            User admin = ws.accounts().add("admin", PW.toCharArray(), true);
            token = ws.accounts().newToken(admin);
            ws.projects().create("demo", "Demo", "admin");
            ws.cases().importCase("demo", org.glassbox.io.Cases.read(examples.resolve("city-b")), "admin");
            server = WorkspaceServer.start(ws, WorkspaceServer.Options.local(0, "bench"));
            base = server.url() + "api/projects/demo";
        }

        HttpResponse<byte[]> send(HttpRequest.Builder b) throws Exception {
            return http.send(b.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        void importLarge(int events) throws Exception {
            Case c = CaseGenerator.generate(CaseGenerator.Options.of(events, Math.max(CaseGenerator.MIN_ACTORS, events / 50)).withSeed(7));
            byte[] zip = CaseRows.of(c).zip(c.id());
            String boundary = "----bench";
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(zip);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(base + "/cases"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "import of a %,d-event case (%,d actors, %.1f MB zip) through the API: %.2f s (status %d)%n",
                    c.events().size(), c.actors().size(), zip.length / 1e6, s, r.statusCode());
        }

        void warmAnalysis() throws Exception {
            URI u = URI.create(base + "/cases/city-b/analysis");
            send(HttpRequest.newBuilder(u));
            double[] ms = new double[50];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                send(HttpRequest.newBuilder(u));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "warm GET analysis of the demo case city-b: median %.1f ms, 90th percentile %.1f ms%n",
                    ms[25], ms[45]);
        }

        void writes(String engine, int seconds) throws Exception {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String id = "bench-" + i;
                ws.cases().addRow("demo", "city-b", "actors", java.util.Map.of("id", id, "name", id, "sector", "public"), "admin");
                ids.add(id);
            }
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger conflicts = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            CountDownLatch done = new CountDownLatch(ids.size());
            long t0 = System.nanoTime();
            for (String id : ids) {
                new Thread(() -> {
                    try {
                        URI u = URI.create(base + "/cases/city-b/actors/" + id);
                        JsonNode row = JSON.readTree(send(HttpRequest.newBuilder(u)).body());
                        long version = row.get("version").asLong();
                        for (int k = 0; System.nanoTime() < end; k++) {
                            ObjectNode edit = row.deepCopy();
                            edit.put("name", id + " edit " + k);
                            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(u).header("If-Match", String.valueOf(version))
                                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(edit.toString())));
                            if (r.statusCode() == 200) {
                                ok.incrementAndGet();
                                version = JSON.readTree(r.body()).get("version").asLong();
                            } else if (r.statusCode() == 409) {
                                conflicts.incrementAndGet();
                                version = JSON.readTree(r.body()).get("current").get("version").asLong();
                            } else {
                                failed.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    } finally {
                        done.countDown();
                    }
                }).start();
            }
            done.await();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: %.0f acknowledged writes/s with 20 concurrent clients (%,d in %.1f s; %d conflicts, %d failed)%n",
                    engine, ok.get() / s, ok.get(), s, conflicts.get(), failed.get());
        }

        void memory(int cases) throws Exception {
            Case c = ws.cases().snapshot("demo", "city-b").tables().read();
            CaseInfo info = c.info();
            ws.projects().create("fifty", "Fifty", "admin");
            for (int i = 0; i < cases; i++) {
                String id = "case-" + i;
                ws.cases().importCase("fifty", Case.of(new CaseInfo(id, info.name(), info.nameZh(), info.level(), info.parent(),
                        info.periodStart(), info.periodEnd(), info.phases(), info.description(), info.extra()),
                        c.actors(), c.ties().ties(), c.events(), c.indicators(), c.sources(), c.codebook()), "admin");
                send(HttpRequest.newBuilder(URI.create(server.url() + "api/projects/fifty/cases/" + id + "/analysis")));
            }
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "heap of the server holding %d cases (%,d events each) with their analyses cached: %d MB%n",
                    cases, c.events().size(), (rt.totalMemory() - rt.freeMemory()) >> 20);
        }

        void close() {
            server.close();
        }
    }
}
