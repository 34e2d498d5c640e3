package org.glassbox.core.process;

import java.util.Objects;

/**
 * An edge of the object-centric DFG for one object type (pm4py {@code discover_ocdfg}): for each
 * object of the type, each pair of its consecutive events (e1, e2) is an occurrence (e1, e2, o).
 *
 * @param eventCouples        distinct (e1, e2)
 * @param uniqueObjects       distinct objects o
 * @param totalObjects        distinct (e1, e2, o)
 * @param couplePerformance   durations t(e2) − t(e1), one per distinct event couple
 * @param objectPerformance   durations, one per (e1, e2, o)
 */
public record OcdfgEdge(String objectType, String source, String target, long eventCouples, long uniqueObjects,
                        long totalObjects, EdgePerformance couplePerformance, EdgePerformance objectPerformance) {
    public OcdfgEdge {
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
    }
}
