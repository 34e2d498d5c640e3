package org.glassbox.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
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
 * The {@link ClusterEngine} on Apache Spark: each call reads the log into an event frame
 * ({@link EventFrames}), keeps it (memory, spilling to disk) while its jobs run, and returns the
 * embedded engine's records. One {@link SparkSession} per engine; {@link #close()} stops it.
 */
public final class SparkEngine implements ClusterEngine {
    private final SparkSession session;

    /** An engine on an existing session (e.g. one made by {@code spark-submit}); closing stops it. */
    public SparkEngine(SparkSession session) {
        this.session = session;
        EventFrames.registerFunctions(session);
    }

    /**
     * A session for {@code master} ({@code local[*]} when null): no web UI, times in UTC, Parquet
     * nanosecond timestamps as longs; a local master binds the driver to the loopback address.
     */
    public static SparkEngine open(String master) {
        // under spark-submit the submit's master stands unless one is asked for
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        SparkSession.Builder b = SparkSession.builder().appName("glassbox").master(m)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.legacy.parquet.nanosAsLong", "true");
        if (m.startsWith("local")) {
            b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        } else if (System.getProperty("spark.jars") == null) {
            List<String> jars = shippable();
            if (!jars.isEmpty()) {
                b.config("spark.jars", String.join(",", jars));
            }
        }
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return new SparkEngine(s);
    }

    /**
     * The jars of this engine and of glassbox-core, which a cluster's executors need (the engine's
     * functions run there): shipped with {@code spark.jars} unless the submit names its own. A folder
     * of classes (a build's {@code target/classes}, as in the module's tests or a run from the source
     * tree) is packed into a jar of its own in a temporary folder first, so it ships the same way.
     */
    static List<String> shippable() {
        List<String> out = new ArrayList<>();
        for (Class<?> c : List.of(SparkEngine.class, ClusterEngine.class)) {
            java.security.CodeSource cs = c.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                continue;
            }
            try {
                java.nio.file.Path p = java.nio.file.Path.of(cs.getLocation().toURI());
                if (java.nio.file.Files.isRegularFile(p)) {
                    out.add(p.toString());
                } else if (java.nio.file.Files.isDirectory(p)) {
                    out.add(ClassFolders.jar(p).toString());
                }
            } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                // not a file location: nothing to ship
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot pack the classes in " + cs.getLocation() + " into a jar", e);
            }
        }
        return out;
    }

    public SparkSession session() {
        return session;
    }

    /** Runs {@code job} on the event frame of {@code log} (groups by {@code attribute} when not null). */
    private <T> T withEvents(LogSource log, String attribute, Function<Dataset<Row>, T> job) {
        Dataset<Row> events = EventFrames.events(session, log, attribute).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            EventFrames.requireCases(events, log);
            return job.apply(events);
        } finally {
            events.unpersist();
        }
    }

    private static <T> T whole(Map<String, T> byGroup) {
        return byGroup.get("");
    }

    @Override
    public DirectlyFollowsGraph dfg(LogSource log, boolean performance, SequenceOrder startEndOrder) {
        if (!performance) {
            // one job: read once, one shuffle by case, one aggregation (the case-id check included); nothing kept
            return whole(FrameMining.dfg(EventFrames.events(session, log), log, List.of(""), false, startEndOrder));
        }
        return withEvents(log, null, e -> whole(FrameMining.dfg(e, log, List.of(""), true, startEndOrder)));
    }

    @Override
    public List<Variant> variants(LogSource log, SequenceOrder order) {
        return withEvents(log, null, e -> whole(FrameMining.variants(FrameMining.view(e), List.of(""), order)));
    }

    @Override
    public ResourceNetwork handoverOfWork(LogSource log, SequenceOrder order, MissingResource missing) {
        return withEvents(log, null, e -> whole(FrameMining.handover(FrameMining.view(e), List.of(""), order, missing)));
    }

    @Override
    public ResourceNetwork workingTogether(LogSource log, MissingResource missing) {
        return withEvents(log, null, e -> whole(FrameMining.workingTogether(FrameMining.view(e), List.of(""), missing)));
    }

    @Override
    public ProcessStats stats(LogSource log) {
        return withEvents(log, null, e -> FrameStats.of(log, e));
    }

    @Override
    public LogProfile profile(LogSource log, SequenceOrder order, MissingResource missing) {
        return withEvents(log, null, e -> profiles(log, e, List.of(""), order, missing, g -> log.name()).get(0));
    }

    @Override
    public List<LogProfile> groupProfiles(LogSource log, String attribute, SequenceOrder order, MissingResource missing) {
        String label = EventFrames.groupLabel(session, log, attribute);
        return withEvents(log, attribute, e -> profiles(log, e, FrameMining.groups(e), order, missing, g -> label + "=" + g));
    }

    private static List<LogProfile> profiles(LogSource log, Dataset<Row> events, List<String> groups, SequenceOrder order,
                                             MissingResource missing, Function<String, String> name) {
        Dataset<Row> view = FrameMining.view(events);
        Map<String, DirectlyFollowsGraph> dfg = FrameMining.dfg(events, log, groups, true, order);
        Map<String, List<Variant>> variants = FrameMining.variants(view, groups, order);
        Map<String, ResourceNetwork> handover = FrameMining.handover(view, groups, order, missing);
        List<LogProfile> out = new ArrayList<>();
        for (String g : groups) {
            out.add(new LogProfile(name.apply(g), dfg.get(g), variants.get(g), handover.get(g)));
        }
        return out;
    }

    @Override
    public List<org.glassbox.core.analysis.CaseAnalysis> analyseCases(List<java.nio.file.Path> cases,
                                                                      org.glassbox.core.analysis.AnalysisOptions options) {
        return CaseBatch.analyse(session, cases, options);
    }

    @Override
    public void close() {
        session.stop();
    }
}
