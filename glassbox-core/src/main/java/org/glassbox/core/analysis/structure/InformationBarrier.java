package org.glassbox.core.analysis.structure;

import java.util.Arrays;

/**
 * Horizontal information barriers between same-level line departments.
 *
 * <p><b>Definition.</b> Over the unordered pairs of line departments on the same level, the share
 * NOT joined for data: neither a direct data-sharing / coordination tie (either direction) nor a
 * common neighbour (a hub) through such ties. Index = 1 − connected / pairs; 0 when there is no
 * pair (nothing to be a barrier between). O(Σ deg²) time, O(n) space.
 */
public final class InformationBarrier {
    private final long pairs;
    private final long connected;

    /**
     * @param nodes      actor count
     * @param department level group of each actor that is a line department (≥ 0), −1 for others
     * @param a          one end of each data / coordination tie
     * @param b          the other end
     */
    public InformationBarrier(int nodes, int[] department, int[] a, int[] b) {
        int[] deg = new int[nodes + 1];
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                deg[a[i] + 1]++;
                deg[b[i] + 1]++;
            }
        }
        for (int i = 0; i < nodes; i++) {
            deg[i + 1] += deg[i];
        }
        int[] adj = new int[deg[nodes]];
        int[] fill = Arrays.copyOf(deg, nodes);
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                adj[fill[a[i]]++] = b[i];
                adj[fill[b[i]]++] = a[i];
            }
        }
        java.util.Map<Integer, Long> perLevel = new java.util.HashMap<>();
        for (int v = 0; v < nodes; v++) {
            if (department[v] >= 0) {
                perLevel.merge(department[v], 1L, Long::sum);
            }
        }
        long p = 0;
        for (long k : perLevel.values()) {
            p += k * (k - 1) / 2;
        }
        int[] mark = new int[nodes];
        Arrays.fill(mark, -1);
        long c = 0;
        for (int u = 0; u < nodes; u++) {
            if (department[u] < 0) {
                continue;
            }
            for (int j = deg[u]; j < deg[u + 1]; j++) {
                int w = adj[j];
                c += visit(u, w, department, mark);
                for (int h = deg[w]; h < deg[w + 1]; h++) {
                    c += visit(u, adj[h], department, mark);
                }
            }
        }
        pairs = p;
        connected = c;
    }

    private static int visit(int u, int v, int[] department, int[] mark) {
        if (v > u && mark[v] != u && department[v] == department[u]) {
            mark[v] = u;
            return 1;
        }
        return 0;
    }

    public long sameLevelPairs() {
        return pairs;
    }

    public long connectedPairs() {
        return connected;
    }

    public double index() {
        return pairs == 0 ? 0 : 1.0 - (double) connected / pairs;
    }
}
