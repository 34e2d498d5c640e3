package org.glassbox.core.process;

import java.util.List;

/**
 * A process-mining engine that reads and computes outside this JVM's heap — on a cluster (Apache
 * Spark: module {@code glassbox-spark}) — and returns the embedded engine's records, so that
 * printing and JSON are shared. Events are ordered within a case by timestamp, then by position in
 * the file, exactly as {@link CaseView}; every result equals the embedded engine's on the same log.
 * Implementations are found with {@link java.util.ServiceLoader} through {@link Provider}; an engine
 * holds a session and must be closed.
 */
public interface ClusterEngine extends AutoCloseable {
    /** Directly-follows graph, with performance when asked ({@link ProcessMining#discoverDfg}). */
    DirectlyFollowsGraph dfg(LogSource log, boolean performance, SequenceOrder startEndOrder);

    /** Variants, most frequent first ({@link ProcessMining#variants}). */
    List<Variant> variants(LogSource log, SequenceOrder order);

    /** Handover of work ({@link ProcessMining#handoverOfWork}). */
    ResourceNetwork handoverOfWork(LogSource log, SequenceOrder order, MissingResource missing);

    /** Working together ({@link ProcessMining#workingTogether}). */
    ResourceNetwork workingTogether(LogSource log, MissingResource missing);

    /** Sizes, durations, throughput ({@link ProcessMining#stats}; the reader's warnings are not kept). */
    ProcessStats stats(LogSource log);

    /** The profile of a whole log ({@link ProcessMining#profile}). */
    LogProfile profile(LogSource log, SequenceOrder order, MissingResource missing);

    /**
     * The profiles of the groups of a log by an attribute's value, ordered by value, with the rule of
     * {@link ProcessMining#groupBy}.
     *
     * @throws UnknownAttributeException when the log has no such column
     */
    List<LogProfile> groupProfiles(LogSource log, String attribute, SequenceOrder order, MissingResource missing);

    /**
     * The batch job of {@code glassbox compare --engine spark}: each case folder (or file) read and
     * analysed by a task of its own, the analyses returned in the order of {@code cases} — each
     * equal to {@link org.glassbox.core.analysis.Glassbox#analyze} of that case with {@code options}.
     * The cases must be readable where the tasks run.
     */
    java.util.List<org.glassbox.core.analysis.CaseAnalysis> analyseCases(java.util.List<java.nio.file.Path> cases,
                                                                        org.glassbox.core.analysis.AnalysisOptions options);

    /** Ends the session. */
    @Override
    void close();

    /** Opens engines; registered as a {@link java.util.ServiceLoader} service. */
    interface Provider {
        /** The engine's name, as {@code --engine} names it. */
        String name();

        /**
         * Opens an engine on {@code master} (e.g. {@code local[2]}, {@code spark://host:7077}), or the
         * engine's default when null.
         */
        ClusterEngine open(String master);
    }
}
