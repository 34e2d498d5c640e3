package org.glassbox.core.analysis.structure;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The vertical dimension of a command digraph (superior → subordinate): depth, span of control and
 * Krackhardt's hierarchy.
 *
 * <ul>
 * <li><b>Depth</b>: edges on the longest chain of command; strongly connected components (command
 * cycles, a coding error or a collegial body) count as one node.</li>
 * <li><b>Span of control</b>: distinct direct subordinates of each node that has any; mean and max.</li>
 * <li><b>Krackhardt hierarchy</b> (Krackhardt 1994, "Graph theoretical dimensions of informal
 * organizations"): in the reachability graph, 1 − (mutually reachable unordered pairs) / (pairs
 * reachable in at least one direction); 0 when no pair is reachable. A pure tree gives 1, a cycle 0.</li>
 * </ul>
 * SCCs via JGraphT's Kosaraju; reachable pairs counted by a search from each component of the
 * condensation: O(V·E) worst case, O(V·depth) on tree-like hierarchies.
 */
public final class CommandHierarchy {
    private final int depth;
    private final double meanSpan;
    private final int maxSpan;
    private final double krackhardt;
    private final long mutualPairs;
    private final long reachablePairs;

    /**
     * @param nodes number of nodes (ids 0..nodes-1)
     * @param from  superior of each command edge
     * @param to    subordinate of each command edge (duplicates and self-loops ignored)
     */
    public CommandHierarchy(int nodes, int[] from, int[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("from and to differ in length");
        }
        Graph<Integer, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < from.length; i++) {
            if (from[i] == to[i]) {
                continue;
            }
            g.addVertex(from[i]);
            g.addVertex(to[i]);
            g.addEdge(from[i], to[i]);
        }
        int[] span = new int[nodes];
        int spans = 0;
        long spanSum = 0;
        int mx = 0;
        for (Integer v : g.vertexSet()) {
            int d = g.outDegreeOf(v);
            if (d > 0) {
                spans++;
                spanSum += d;
                mx = Math.max(mx, d);
                span[v] = d;
            }
        }
        meanSpan = spans == 0 ? 0 : (double) spanSum / spans;
        maxSpan = mx;

        List<Set<Integer>> sccs = new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets();
        int c = sccs.size();
        int[] comp = new int[nodes];
        long[] size = new long[c];
        long mutual = 0;
        for (int i = 0; i < c; i++) {
            size[i] = sccs.get(i).size();
            mutual += size[i] * (size[i] - 1) / 2;
            for (int v : sccs.get(i)) {
                comp[v] = i;
            }
        }
        // condensation adjacency (CSR, duplicates removed)
        int[] cnt = new int[c + 1];
        long[] keys = g.edgeSet().stream()
                .mapToLong(e -> ((long) comp[g.getEdgeSource(e)] << 32) | comp[g.getEdgeTarget(e)])
                .filter(k -> (int) (k >>> 32) != (int) k).distinct().sorted().toArray();
        for (long k : keys) {
            cnt[(int) (k >>> 32) + 1]++;
        }
        for (int i = 0; i < c; i++) {
            cnt[i + 1] += cnt[i];
        }
        int[] adj = new int[keys.length];
        int[] fill = Arrays.copyOf(cnt, c);
        for (long k : keys) {
            adj[fill[(int) (k >>> 32)]++] = (int) k;
        }
        // longest path over the condensation DAG (Kahn order)
        int[] indeg = new int[c];
        for (int x : adj) {
            indeg[x]++;
        }
        int[] longest = new int[c];
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int i = 0; i < c; i++) {
            if (indeg[i] == 0) {
                q.add(i);
            }
        }
        int dep = 0;
        while (!q.isEmpty()) {
            int u = q.poll();
            dep = Math.max(dep, longest[u]);
            for (int j = cnt[u]; j < cnt[u + 1]; j++) {
                int w = adj[j];
                longest[w] = Math.max(longest[w], longest[u] + 1);
                if (--indeg[w] == 0) {
                    q.add(w);
                }
            }
        }
        depth = dep;
        // pairs reachable across components: for each component, the sizes of the components it reaches
        long across = 0;
        int[] seen = new int[c];
        Arrays.fill(seen, -1);
        int[] stack = new int[Math.max(1, c)];
        for (int s = 0; s < c; s++) {
            int top = 0;
            stack[top++] = s;
            seen[s] = s;
            long reached = 0;
            while (top > 0) {
                int u = stack[--top];
                for (int j = cnt[u]; j < cnt[u + 1]; j++) {
                    int w = adj[j];
                    if (seen[w] != s) {
                        seen[w] = s;
                        reached += size[w];
                        stack[top++] = w;
                    }
                }
            }
            across += size[s] * reached;
        }
        mutualPairs = mutual;
        reachablePairs = mutual + across;
        krackhardt = reachablePairs == 0 ? 0 : 1.0 - (double) mutual / reachablePairs;
    }

    /** The four numbers as the structure layer's result value. */
    public HierarchyMetrics metrics() {
        return new HierarchyMetrics(depth, meanSpan, maxSpan, krackhardt);
    }

    public int depth() {
        return depth;
    }

    public double meanSpanOfControl() {
        return meanSpan;
    }

    public int maxSpanOfControl() {
        return maxSpan;
    }

    public double krackhardtHierarchy() {
        return krackhardt;
    }

    /** Unordered pairs reachable both ways. */
    public long mutualPairs() {
        return mutualPairs;
    }

    /** Unordered pairs reachable in at least one direction. */
    public long reachablePairs() {
        return reachablePairs;
    }
}
