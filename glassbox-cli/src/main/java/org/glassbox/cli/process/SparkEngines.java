package org.glassbox.cli.process;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.glassbox.cli.CommandFailure;
import org.glassbox.core.process.ClusterEngine;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.LogProfile;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.MissingResource;
import org.glassbox.core.process.ProcessStats;
import org.glassbox.core.process.ResourceNetwork;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.core.process.Variant;

/**
 * Loads the Spark engine (module glassbox-spark) for {@code --engine spark}, from the jars its build puts
 * in {@code glassbox-spark/target} (the module's jar and {@code spark-jars/}): never on the CLI's class
 * path, so an ordinary start-up loads none of it. The jars get a class loader of their own whose parent is
 * the JDK's platform loader, except for glassbox-core's and glassbox-io's classes, which it takes from the CLI: Spark keeps
 * the Jackson, Parquet and Log4j it is built with (the CLI's are newer), while the engine's results are the
 * CLI's own core records. The engine is found with {@link ServiceLoader} ({@link ClusterEngine.Provider}).
 */
final class SparkEngines {
    /** The command that builds the engine's jars, run in Glassbox's folder. */
    static final String BUILD = "mvn -B -DskipTests -pl glassbox-spark -am package";
    /** JDK packages Spark needs open on Java 17 (the launcher adds these options with --engine spark). */
    static final List<String> OPENS = List.of("java.base/java.lang", "java.base/java.lang.invoke", "java.base/java.lang.reflect",
            "java.base/java.io", "java.base/java.net", "java.base/java.nio", "java.base/java.util",
            "java.base/java.util.concurrent", "java.base/java.util.concurrent.atomic", "java.base/jdk.internal.ref",
            "java.base/sun.nio.ch", "java.base/sun.nio.cs", "java.base/sun.security.action", "java.base/sun.util.calendar");

    private SparkEngines() {
    }

    /** Where the engine's jars are: {@code glassbox.spark.home} or {@code <glassbox.home>/glassbox-spark/target}. */
    static Path target() {
        String explicit = System.getProperty("glassbox.spark.home");
        if (explicit != null) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("glassbox.home", ".")).resolve("glassbox-spark").resolve("target");
    }

    /** The engine's jars: the module's own and Spark's; empty when they are not built. */
    static List<Path> jars(Path target) throws IOException {
        List<Path> out = new ArrayList<>();
        Path deps = target.resolve("spark-jars");
        if (!Files.isDirectory(target) || !Files.isDirectory(deps)) {
            return out;
        }
        try (Stream<Path> own = Files.list(target)) {
            own.filter(p -> p.getFileName().toString().matches("glassbox-spark-.*\\.jar")).sorted().forEach(out::add);
        }
        if (out.isEmpty()) {
            return out;
        }
        try (Stream<Path> spark = Files.list(deps)) {
            spark.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(out::add);
        }
        return out;
    }

    /**
     * Opens the engine on {@code master}; bad input (exit 1) with the build command when it is not built.
     * Under Spark's own {@code spark-submit} (Spark already on the class path, the engine's jar among the
     * submit's {@code --jars}) the engine is taken from there and the session from the submit.
     */
    static ClusterEngine open(String master) throws IOException {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && submitted(context)) {
            for (ClusterEngine.Provider p : ServiceLoader.load(ClusterEngine.Provider.class, context)) {
                if ("spark".equals(p.name())) {
                    return p.open(master);
                }
            }
        }
        Path target = target();
        List<Path> jars = jars(target);
        if (jars.size() < 2) {
            Path home = Path.of(System.getProperty("glassbox.home", ".")).toAbsolutePath().normalize();
            throw CommandFailure.badInput("the Spark engine is not built (no jars in " + target.toAbsolutePath().normalize()
                    + "); build it once with: cd " + home + " && " + BUILD);
        }
        if (!Object.class.getModule().isOpen("sun.nio.ch", SparkEngines.class.getModule())) {
            StringBuilder sb = new StringBuilder();
            OPENS.forEach(o -> sb.append(" --add-opens=").append(o).append("=ALL-UNNAMED"));
            throw CommandFailure.badInput("Spark needs JDK packages opened on Java 17; run through ./glassbox, which adds the"
                    + " options when --engine spark is on the command line, or give the JVM:" + sb);
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = jars.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IOException(jars.get(i) + ": " + e.getMessage(), e);
            }
        }
        EngineLoader loader = new EngineLoader(urls, ClusterEngine.class.getClassLoader());
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
            for (ClusterEngine.Provider p : ServiceLoader.load(ClusterEngine.Provider.class, loader)) {
                if ("spark".equals(p.name())) {
                    return new Loaded(p.open(master), loader, before);
                }
            }
        } catch (RuntimeException | Error e) {
            t.setContextClassLoader(before);
            throw e;
        }
        t.setContextClassLoader(before);
        throw CommandFailure.badInput("no Spark engine in " + target.toAbsolutePath().normalize() + "; rebuild it with: " + BUILD);
    }

    /** Whether Spark is on the class path already, as under {@code spark-submit} (which sets {@code spark.master}). */
    private static boolean submitted(ClassLoader context) {
        if (System.getProperty("spark.master") == null) {
            return false;
        }
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, context);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Platform classes from the JDK, glassbox-core's and glassbox-io's (the batch job reads case folders) from the
     * CLI, everything else from the engine's jars.
     */
    static final class EngineLoader extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        private final ClassLoader core;

        EngineLoader(URL[] urls, ClassLoader core) {
            super("glassbox-spark", urls, ClassLoader.getPlatformClassLoader());
            this.core = core;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.glassbox.core.") || name.startsWith("org.glassbox.io.") || name.startsWith("org.jgrapht.")) {
                return core.loadClass(name);
            }
            return super.loadClass(name, resolve);
        }
    }

    /**
     * The engine with its class loader as the thread's context loader until closed (Spark loads through it).
     * The loader itself stays open: Spark's and Hadoop's shutdown hooks load classes from it at exit.
     */
    private record Loaded(ClusterEngine engine, EngineLoader loader, ClassLoader before) implements ClusterEngine {
        @Override
        public DirectlyFollowsGraph dfg(LogSource log, boolean performance, SequenceOrder startEndOrder) {
            return engine.dfg(log, performance, startEndOrder);
        }

        @Override
        public List<Variant> variants(LogSource log, SequenceOrder order) {
            return engine.variants(log, order);
        }

        @Override
        public ResourceNetwork handoverOfWork(LogSource log, SequenceOrder order, MissingResource missing) {
            return engine.handoverOfWork(log, order, missing);
        }

        @Override
        public ResourceNetwork workingTogether(LogSource log, MissingResource missing) {
            return engine.workingTogether(log, missing);
        }

        @Override
        public ProcessStats stats(LogSource log) {
            return engine.stats(log);
        }

        @Override
        public LogProfile profile(LogSource log, SequenceOrder order, MissingResource missing) {
            return engine.profile(log, order, missing);
        }

        @Override
        public List<LogProfile> groupProfiles(LogSource log, String attribute, SequenceOrder order, MissingResource missing) {
            return engine.groupProfiles(log, attribute, order, missing);
        }

        @Override
        public List<org.glassbox.core.analysis.CaseAnalysis> analyseCases(List<Path> cases,
                                                                          org.glassbox.core.analysis.AnalysisOptions options) {
            return engine.analyseCases(cases, options);
        }

        @Override
        public void close() {
            try {
                engine.close();
            } finally {
                Thread.currentThread().setContextClassLoader(before);
            }
        }
    }
}
