package org.glassbox.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.spark.SparkEngineTest.Ev;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a real Spark standalone cluster: a master and one worker, each in a JVM of its own
 * started from the Maven jars on the loopback address (ephemeral ports, small heaps), the worker
 * starting its executor JVM from a Spark home whose {@code jars} folder links those jars — as a
 * cluster's own Spark installation would be — and the driver (this JVM) shipping the engine and
 * glassbox-core to it with {@code spark.jars}, exactly as {@code --engine spark --master spark://…}
 * does. The results must equal the embedded engine's. Everything is killed after the class.
 */
// about 70 s on the 2-core build machine at load 3, 280 s at load 10 (four JVMs start): the limit is for a hung cluster
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class StandaloneClusterTest {
    /** Spark on Java 17 needs these JDK packages open (Spark's JavaModuleOptions; the launcher's list). */
    private static final List<String> OPENS = List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net",
            "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch",
            "sun.nio.cs", "sun.security.action", "sun.util.calendar");

    @TempDir
    static Path dir;

    /** The cluster's Spark home: links to the Maven jars, in a folder of its own (JUnit's would warn at every link). */
    private static Path home;
    private static final List<Process> daemons = new ArrayList<>();
    private static String master;
    private static SparkEngine engine;

    @BeforeAll
    static void startCluster() throws IOException, InterruptedException {
        home = Files.createTempDirectory("glassbox-spark-home-");
        Path jars = Files.createDirectories(home.resolve("jars"));
        List<String> sparkJars = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            // the cluster's Spark: every jar of the test class path except Glassbox's own and the test tools
            String n = p.getFileName().toString();
            if (Files.isRegularFile(p) && n.endsWith(".jar") && !n.startsWith("glassbox-") && !n.startsWith("junit-")
                    && !n.startsWith("assertj-") && !n.startsWith("surefire") && !n.startsWith("opentest4j")) {
                Path link = jars.resolve(n);
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
                sparkJars.add(p.toAbsolutePath().toString());
            }
        }
        String cp = String.join(File.pathSeparator, sparkJars);
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        daemons.add(daemon(home, cp, "master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        awaitPort(port, 120);
        daemons.add(daemon(home, cp, "worker", "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--port", String.valueOf(freePort()), "--webui-port", String.valueOf(freePort()),
                "--cores", "1", "--memory", "640m", "--work-dir", Files.createDirectories(dir.resolve("work")).toString(), master));
        // the application asks for what one small worker has
        System.setProperty("spark.executor.memory", "512m");
        System.setProperty("spark.cores.max", "1");
        System.setProperty("spark.sql.shuffle.partitions", "2");
        try {
            engine = SparkEngine.open(master);
        } finally {
            System.clearProperty("spark.executor.memory");
            System.clearProperty("spark.cores.max");
            System.clearProperty("spark.sql.shuffle.partitions");
        }
        engine.session().conf().set("spark.sql.codegen.wholeStage", "false");
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        try {
            if (engine != null) {
                engine.close();
            }
        } finally {
            // the worker first (it stops its executors), then the master; whatever remains is killed
            for (int i = daemons.size() - 1; i >= 0; i--) {
                Process p = daemons.get(i);
                List<ProcessHandle> children = p.descendants().toList();
                p.destroy();
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
                children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            }
            if (home != null) {
                try (var links = Files.walk(home)) {
                    for (Path p : links.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p); // a link is deleted, never its target
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static Process daemon(Path sparkHome, String cp, String name, String main, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:+IgnoreUnrecognizedVMOptions", "-Djdk.reflect.useDirectMethodHandle=false",
                "-Dio.netty.tryReflectionSetAccessible=true"));
        for (String p : OPENS) {
            cmd.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
        }
        cmd.addAll(List.of("-cp", cp, main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_EXECUTOR_OPTS", "-Xss4m");
        return pb.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void awaitPort(int port, int seconds) throws InterruptedException, IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            for (Process p : daemons) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a Spark daemon exited: " + Files.readString(dir.resolve("master.log")));
                }
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("the Spark master did not listen on " + port + " within " + seconds + " s");
    }

    /** A seeded log shaped like a service log: short cases, ties in time, now and then no resource. */
    private static List<Ev> events() {
        Random r = new Random(20261213);
        List<Ev> out = new ArrayList<>();
        long t0 = 1_700_000_000_000L;
        for (int k = 0; k < 300; k++) {
            int c = r.nextInt(30);
            out.add(new Ev("s" + (30 - c), "step " + r.nextInt(6), t0 + (long) r.nextInt(40) * 60_000L,
                    r.nextInt(6) == 0 ? null : "clerk " + r.nextInt(4), "r" + c % 2, "o" + r.nextInt(2)));
        }
        return out;
    }

    private static Path csv(List<Ev> events) {
        StringBuilder sb = new StringBuilder("case:concept:name,concept:name,time:timestamp,org:resource,case:region,office\n");
        for (Ev e : events) {
            sb.append(e.caseId()).append(',').append(e.activity()).append(',')
                    .append(java.time.Instant.ofEpochMilli(e.time())).append(',')
                    .append(e.resource() == null ? "" : e.resource()).append(',').append(e.region()).append(',')
                    .append(e.office()).append('\n');
        }
        Path p = dir.resolve("service.csv");
        try {
            Files.writeString(p, sb, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Test
    void dfgOnTheClusterEqualsTheEmbeddedEngine() throws IOException {
        List<Ev> events = events();
        LogSource src = LogSource.of(csv(events));
        EventLog log = SparkEngineTest.embedded("service.csv", events);
        CaseView v = ProcessMining.caseView(log);

        var dfg = engine.dfg(src, false, SequenceOrder.TIME);
        assertThat(dfg).isEqualTo(ProcessMining.discoverDfg(v, SequenceOrder.TIME));
        assertThat(dfg.events()).isEqualTo(300);
        assertThat(engine.dfg(src, true, SequenceOrder.TIME)).isEqualTo(ProcessMining.discoverPerformanceDfg(v, SequenceOrder.TIME));
        // the work ran on the worker's executor, not in this JVM
        Map<String, ?> executors = scala.jdk.javaapi.CollectionConverters.asJava(engine.session().sparkContext().getExecutorMemoryStatus());
        assertThat(executors).hasSizeGreaterThan(1);
        assertThat(Files.readString(dir.resolve("worker.log"))).contains("Launch");
    }
}
