package org.glassbox.core.process;

import java.util.List;
import java.util.Objects;

/**
 * What a comparison needs of one log (or of one group of a log): its performance directly-follows
 * graph, its variants and its handover-of-work network, all computed with the same
 * {@link SequenceOrder} and {@link MissingResource}. Any engine that yields these — the embedded
 * one ({@link ProcessMining#profile}) or a cluster engine ({@link ClusterEngine}) — gets the same
 * {@link ProcessComparison} from {@link ProcessMining#compareProfiles}.
 *
 * @param name     the log's (or group's) name
 * @param dfg      the directly-follows graph with performance
 * @param variants the variants, most frequent first
 * @param handover the handover-of-work network
 */
public record LogProfile(String name, DirectlyFollowsGraph dfg, List<Variant> variants, ResourceNetwork handover) {
    public LogProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dfg, "dfg");
        Objects.requireNonNull(handover, "handover");
        variants = List.copyOf(variants);
        if (!dfg.edges().isEmpty() && !dfg.hasPerformance()) {
            throw new IllegalArgumentException("the profile's directly-follows graph must carry performance");
        }
    }

    /** Non-empty cases. */
    public int cases() {
        return dfg.cases();
    }
}
