package org.glassbox.core.analysis.mechanism;

import java.util.Locale;

/** The embedding trajectory of a case over its phases (FRAMEWORK.md, layer 3). */
public enum TrajectoryType {
    /** Embedding rises and stays high under strong contracts. */
    INTER_EMBEDDED,
    /** Embedding falls as administrative dominance rises, typically in the later stage. */
    DE_EMBEDDED,
    /** Stable. */
    EMBEDDED,
    /** Embedding never reaches the floor. */
    NEVER_EMBEDDED;

    /** {@code inter-embedded}, {@code de-embedded}, {@code embedded}, {@code never-embedded}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
