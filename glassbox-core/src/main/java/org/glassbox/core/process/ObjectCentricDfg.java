package org.glassbox.core.process;

import java.util.List;

/**
 * The object-centric directly-follows graph (pm4py {@code discover_ocdfg}, van der Aalst &amp;
 * Berti, "Discovering Object-Centric Petri Nets", 2020). Lists sorted by (type, activity[, target]).
 *
 * @param objectTypes          object types with at least one event
 * @param activities           activities of events linked to an object
 * @param activitiesPerType    per (type, activity)
 * @param activitiesIndependent per activity over all types
 * @param startActivities      per (type, activity): first event of each object
 * @param endActivities        per (type, activity): last event of each object
 * @param edges                per (type, source, target)
 */
public record ObjectCentricDfg(List<String> objectTypes, List<String> activities, List<OcdfgActivity> activitiesPerType,
                               List<OcdfgActivity> activitiesIndependent, List<OcdfgActivity> startActivities,
                               List<OcdfgActivity> endActivities, List<OcdfgEdge> edges) {
    public ObjectCentricDfg {
        objectTypes = List.copyOf(objectTypes);
        activities = List.copyOf(activities);
        activitiesPerType = List.copyOf(activitiesPerType);
        activitiesIndependent = List.copyOf(activitiesIndependent);
        startActivities = List.copyOf(startActivities);
        endActivities = List.copyOf(endActivities);
        edges = List.copyOf(edges);
    }
}
