package org.glassbox.cli.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.process.ClusterEngine;

/**
 * {@code glassbox compare CASE... --engine spark [--master URL]}: the cases analysed by the cluster
 * engine's batch job, one task per case ({@link ClusterEngine#analyseCases}); the comparison is then
 * made from these analyses exactly as the embedded engine makes it.
 */
public final class ClusterCases {
    private ClusterCases() {
    }

    /** The analyses of {@code paths} on the engine {@code engine} names, or null when it names the embedded one. */
    public static List<CaseAnalysis> analyse(EngineOptions engine, List<Path> paths, AnalysisOptions options) throws IOException {
        if (!engine.cluster()) {
            return null;
        }
        try (ClusterEngine cluster = SparkEngines.open(engine.master)) {
            return cluster.analyseCases(paths, options);
        }
    }
}
