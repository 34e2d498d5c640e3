package org.glassbox.core.process;

import java.util.List;
import java.util.Map;

/**
 * Several logs of the same process side by side (e.g. one municipality each).
 *
 * @param logs               log names, in the order of every per-log list
 * @param cases              non-empty cases per log
 * @param sharedActivities   activities present in every log
 * @param uniqueActivities   per log: activities present in that log only
 * @param sharedEdges        number of edges present in every log
 * @param uniqueEdges        per log: number of edges present in that log only
 * @param edges              every edge of any log, sorted by (source, target)
 * @param variantOverlap     one entry per pair of logs
 * @param variantsInAll      variants present in every log
 * @param handover           handover-of-work network per log
 * @param sharedResources    resources present in every log
 */
public record ProcessComparison(List<String> logs, List<Integer> cases, List<String> sharedActivities,
                                Map<String, List<String>> uniqueActivities, int sharedEdges,
                                Map<String, Integer> uniqueEdges, List<EdgeComparison> edges,
                                List<VariantOverlap> variantOverlap, int variantsInAll,
                                List<ResourceNetwork> handover, List<String> sharedResources) {
    public ProcessComparison {
        logs = List.copyOf(logs);
        cases = List.copyOf(cases);
        sharedActivities = List.copyOf(sharedActivities);
        uniqueActivities = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uniqueActivities));
        uniqueEdges = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(uniqueEdges));
        edges = List.copyOf(edges);
        variantOverlap = List.copyOf(variantOverlap);
        handover = List.copyOf(handover);
        sharedResources = List.copyOf(sharedResources);
    }
}
