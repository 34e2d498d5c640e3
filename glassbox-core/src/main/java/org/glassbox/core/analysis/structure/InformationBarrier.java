package org.glassbox.core.analysis.structure;

import java.util.Arrays;

/**
 * Horizontal information barriers between same-level line departments.
 *
 * <p><b>Definition.</b> Over the unordered pairs of line departments on the same level, the share
 * NOT joined for data: neither a direct data-sharing / coordination tie (either direction) nor a
 * common neighbour (a hub) through such ties. Index = 1 − connected / pairs; 0 when there is no
 * pair (nothing to be a barrier between). Each department's two-step neighbourhood is a bitset;
 * hubs with over {@value #BIG_HUB} neighbours are pre-computed bitsets: O(D · (n/64 + Σ small deg²)) time
 * for D departments, O(n/64 · big hubs) space.
 */
public final class InformationBarrier {
    /** Hubs with more neighbours than this are handled as bitsets. */
    static final int BIG_HUB = 64;
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
        // neighbours of big hubs as bitsets, so that a hub shared by thousands of departments costs
        // one OR per department instead of its whole neighbourhood
        int words = (nodes + 63) >>> 6;
        java.util.Map<Integer, long[]> hubBits = new java.util.HashMap<>();
        for (int h = 0; h < nodes; h++) {
            if (deg[h + 1] - deg[h] > BIG_HUB) {
                long[] bits = new long[words];
                for (int j = deg[h]; j < deg[h + 1]; j++) {
                    bits[adj[j] >>> 6] |= 1L << adj[j];
                }
                hubBits.put(h, bits);
            }
        }
        java.util.Map<Integer, long[]> levelBits = new java.util.HashMap<>();
        for (int v = 0; v < nodes; v++) {
            if (department[v] >= 0) {
                levelBits.computeIfAbsent(department[v], k -> new long[words])[v >>> 6] |= 1L << v;
            }
        }
        long[] row = new long[words];
        long c = 0;
        for (int u = 0; u < nodes; u++) {
            if (department[u] < 0) {
                continue;
            }
            java.util.Arrays.fill(row, 0L);
            for (int j = deg[u]; j < deg[u + 1]; j++) {
                int w = adj[j];
                row[w >>> 6] |= 1L << w;
                long[] hb = hubBits.get(w);
                if (hb != null) {
                    for (int x = 0; x < words; x++) {
                        row[x] |= hb[x];
                    }
                } else {
                    for (int h = deg[w]; h < deg[w + 1]; h++) {
                        row[adj[h] >>> 6] |= 1L << adj[h];
                    }
                }
            }
            long[] lv = levelBits.get(department[u]);
            int first = (u + 1) >>> 6;
            for (int x = first; x < words; x++) {
                long m = row[x] & lv[x];
                if (x == first) {
                    m &= (u + 1) % 64 == 0 ? -1L : -1L << ((u + 1) & 63);
                }
                c += Long.bitCount(m);
            }
        }
        pairs = p;
        connected = c;
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
