package org.glassbox.core.process;

import java.util.List;
import java.util.Objects;

/**
 * An organisational network (pm4py {@code discover_handover_of_work_network} /
 * {@code discover_working_together_network}).
 *
 * @param metric      "handover_of_work" or "working_together"
 * @param resources   resources of the events used, sorted (with {@value ProcessMining#MISSING_RESOURCE}
 *                    when events without resource count as a node)
 * @param edges       sorted by (source, target)
 * @param denominator what counts are divided by (handover: pairs; working together: events)
 * @param eventsWithoutResource events without a resource in the view
 */
public record ResourceNetwork(String metric, List<String> resources, List<ResourceEdge> edges,
                              long denominator, long eventsWithoutResource) {
    public ResourceNetwork {
        Objects.requireNonNull(metric, "metric");
        resources = List.copyOf(resources);
        edges = List.copyOf(edges);
    }

    /** The edge source → target, or null. */
    public ResourceEdge edge(String source, String target) {
        for (ResourceEdge e : edges) {
            if (e.source().equals(source) && e.target().equals(target)) {
                return e;
            }
        }
        return null;
    }
}
