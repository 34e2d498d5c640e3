package org.glassbox.core.analysis.subjects;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Betweenness centrality on an undirected weighted graph, distance of an edge = 1 / weight (more
 * shared events = closer), by Brandes' algorithm (Brandes 2001, "A faster algorithm for betweenness
 * centrality") with Dijkstra on primitive arrays.
 *
 * <p><b>Normalisation.</b> c(v) = Σ<sub>s≠v≠t</sub> σ<sub>st</sub>(v)/σ<sub>st</sub> over unordered pairs, divided by
 * (n−1)(n−2)/2, so it lies in [0, 1]; 0 for every node when n &lt; 3.
 *
 * <p><b>Sampling.</b> When n exceeds {@code exactMax}, {@code samples} distinct sources are drawn with
 * a {@link SplittableRandom} seeded by {@code seed} and the estimate is n/k · Σ<sub>s∈S</sub> δ<sub>s</sub>(v) (Brandes
 * &amp; Pich 2007), unbiased; its standard error per node is estimated from the spread of the per-source
 * contributions, sd/√k.
 *
 * <p><b>Ties in distance.</b> Path lengths are sums of reciprocals; two lengths within a relative 1e−9
 * count as equal. O(k (m + n) log n) time for k sources, O(n + m) space.
 */
public final class WeightedBetweenness {
    private final double[] centrality;
    private final double[] standardError;
    private final int sources;
    private final boolean sampled;

    /**
     * @param n       nodes 0..n−1
     * @param start   CSR offsets (n + 1)
     * @param adj     neighbours, both directions of every edge listed
     * @param weight  weight of each adjacency entry (&gt; 0)
     */
    public WeightedBetweenness(int n, int[] start, int[] adj, double[] weight, int exactMax, int samples, long seed) {
        centrality = new double[n];
        standardError = new double[n];
        int[] src;
        if (n <= exactMax || samples >= n) {
            src = new int[n];
            for (int i = 0; i < n; i++) {
                src[i] = i;
            }
            sampled = false;
        } else {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = 0; i < samples; i++) {
                int j = i + r.nextInt(n - i);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            src = Arrays.copyOf(perm, samples);
            sampled = true;
        }
        sources = src.length;
        if (n < 3) {
            return;
        }
        double[] sum = new double[n];
        double[] sumSq = new double[n];
        double[] dist = new double[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] order = new int[n];
        int[] predStart = new int[n];
        int[] predCount = new int[n];
        int[] pred = new int[adj.length];
        boolean[] done = new boolean[n];
        double[] heapKey = new double[adj.length + 1];
        int[] heapNode = new int[adj.length + 1];
        for (int i = 0; i < n; i++) {
            predStart[i] = start[i];
        }
        for (int s : src) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            Arrays.fill(predCount, 0);
            Arrays.fill(done, false);
            dist[s] = 0;
            sigma[s] = 1;
            int hs = 0;
            heapKey[0] = 0;
            heapNode[0] = s;
            hs = 1;
            int settled = 0;
            while (hs > 0) {
                double d = heapKey[0];
                int u = heapNode[0];
                hs--;
                if (hs > 0) {
                    siftDown(heapKey, heapNode, hs, heapKey[hs], heapNode[hs]);
                }
                if (done[u] || d > dist[u]) {
                    continue;
                }
                done[u] = true;
                order[settled++] = u;
                for (int k = start[u]; k < start[u + 1]; k++) {
                    int v = adj[k];
                    if (done[v]) {
                        continue;
                    }
                    double nd = d + 1.0 / weight[k];
                    double dv = dist[v];
                    if (dv == Double.POSITIVE_INFINITY || nd < dv - 1e-9 * dv) {
                        dist[v] = nd;
                        sigma[v] = sigma[u];
                        predCount[v] = 0;
                        pred[predStart[v] + predCount[v]++] = u;
                        hs = push(heapKey, heapNode, hs, nd, v);
                    } else if (Math.abs(nd - dv) <= 1e-9 * dv) {
                        sigma[v] += sigma[u];
                        pred[predStart[v] + predCount[v]++] = u;
                    }
                }
            }
            for (int j = settled - 1; j > 0; j--) {
                int w = order[j];
                double coeff = (1 + delta[w]) / sigma[w];
                for (int k = predStart[w]; k < predStart[w] + predCount[w]; k++) {
                    int v = pred[k];
                    delta[v] += sigma[v] * coeff;
                }
                sum[w] += delta[w];
                sumSq[w] += delta[w] * delta[w];
            }
        }
        double norm = (n - 1.0) * (n - 2.0) / 2.0;
        int k = src.length;
        for (int v = 0; v < n; v++) {
            if (!sampled) {
                centrality[v] = sum[v] / 2.0 / norm;
            } else {
                // per-source contribution X_s(v) = n · δ_s(v) / 2 / norm; estimate = mean of X
                double scale = n / 2.0 / norm;
                double mean = sum[v] / k;
                centrality[v] = mean * scale;
                double var = k > 1 ? Math.max(0, (sumSq[v] - k * mean * mean) / (k - 1)) : 0;
                standardError[v] = Math.sqrt(var / k) * scale;
            }
        }
    }

    private static int push(double[] key, int[] node, int size, double k, int v) {
        int i = size;
        while (i > 0) {
            int p = (i - 1) >>> 1;
            if (key[p] <= k) {
                break;
            }
            key[i] = key[p];
            node[i] = node[p];
            i = p;
        }
        key[i] = k;
        node[i] = v;
        return size + 1;
    }

    private static void siftDown(double[] key, int[] node, int size, double k, int v) {
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && key[c + 1] < key[c]) {
                c++;
            }
            if (key[c] >= k) {
                break;
            }
            key[i] = key[c];
            node[i] = node[c];
            i = c;
        }
        key[i] = k;
        node[i] = v;
    }

    /** Normalised betweenness of node v (estimated when sampled). */
    public double centrality(int v) {
        return centrality[v];
    }

    /** Estimated standard error of {@link #centrality(int)} (0 when exact). */
    public double standardError(int v) {
        return standardError[v];
    }

    public int sources() {
        return sources;
    }

    public boolean sampled() {
        return sampled;
    }
}
