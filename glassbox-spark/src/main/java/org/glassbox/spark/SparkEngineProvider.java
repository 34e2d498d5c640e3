package org.glassbox.spark;

import org.glassbox.core.process.ClusterEngine;

/** The {@link java.util.ServiceLoader} entry of the Spark engine ({@code --engine spark}). */
public final class SparkEngineProvider implements ClusterEngine.Provider {
    @Override
    public String name() {
        return "spark";
    }

    @Override
    public ClusterEngine open(String master) {
        return SparkEngine.open(master);
    }
}
