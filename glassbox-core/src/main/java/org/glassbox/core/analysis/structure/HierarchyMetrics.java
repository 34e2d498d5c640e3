package org.glassbox.core.analysis.structure;

/**
 * The vertical dimension of a period's command digraph, by {@link CommandHierarchy}.
 *
 * @param depth               edges on the longest chain of command (line axis); 0 without command ties
 * @param meanSpanOfControl   mean number of direct subordinates of actors that command anyone
 * @param maxSpanOfControl    largest number of direct subordinates
 * @param krackhardtHierarchy Krackhardt (1994) hierarchy, 1 − mutual / non-null reachable dyads; 0 without reachable dyads
 */
public record HierarchyMetrics(int depth, double meanSpanOfControl, int maxSpanOfControl, double krackhardtHierarchy) {
    public HierarchyMetrics {
        if (depth < 0 || maxSpanOfControl < 0) {
            throw new IllegalArgumentException("depth and maxSpanOfControl must be ≥ 0, were " + depth + ", " + maxSpanOfControl);
        }
    }
}
