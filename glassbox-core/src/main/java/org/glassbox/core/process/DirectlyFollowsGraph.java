package org.glassbox.core.process;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A directly-follows graph with start and end activities (pm4py's {@code discover_dfg} /
 * {@code discover_performance_dfg}). Edges sorted by (source, target); maps sorted by activity.
 *
 * @param activities      events per activity
 * @param edges           the edges
 * @param startActivities number of cases that start with each activity
 * @param endActivities   number of cases that end with each activity
 * @param cases           non-empty cases
 * @param events          events used (with a case and a timestamp)
 */
public record DirectlyFollowsGraph(Map<String, Long> activities, List<DfgEdge> edges,
                                   Map<String, Long> startActivities, Map<String, Long> endActivities,
                                   int cases, int events) {
    public DirectlyFollowsGraph {
        activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
        edges = List.copyOf(edges);
        startActivities = Collections.unmodifiableMap(new LinkedHashMap<>(startActivities));
        endActivities = Collections.unmodifiableMap(new LinkedHashMap<>(endActivities));
        if (cases < 0 || events < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** Whether the edges carry performance. */
    public boolean hasPerformance() {
        return !edges.isEmpty() && edges.get(0).performance() != null;
    }

    /** The edge source → target, or null. */
    public DfgEdge edge(String source, String target) {
        for (DfgEdge e : edges) {
            if (e.source().equals(source) && e.target().equals(target)) {
                return e;
            }
        }
        return null;
    }
}
