package org.glassbox.core.analysis.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class WeightedBetweennessTest {

    /** CSR of an undirected weighted edge list {u, v, w}. */
    static Object[] csr(int n, int[][] edges) {
        int[] start = new int[n + 1];
        for (int[] e : edges) {
            start[e[0] + 1]++;
            start[e[1] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] adj = new int[start[n]];
        double[] w = new double[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int[] e : edges) {
            adj[fill[e[0]]] = e[1];
            w[fill[e[0]]++] = e[2];
            adj[fill[e[1]]] = e[0];
            w[fill[e[1]]++] = e[2];
        }
        return new Object[] {start, adj, w};
    }

    static WeightedBetweenness run(int n, int[][] edges, int exactMax, int samples, long seed) {
        Object[] g = csr(n, edges);
        return new WeightedBetweenness(n, (int[]) g[0], (int[]) g[1], (double[]) g[2], exactMax, samples, seed);
    }

    @Test
    void pathMiddleLiesOnTheOnlyPath() {
        WeightedBetweenness b = run(3, new int[][] {{0, 1, 1}, {1, 2, 1}}, 100, 10, 1);
        assertThat(b.centrality(1)).isEqualTo(1.0);
        assertThat(b.centrality(0)).isZero();
        assertThat(b.sampled()).isFalse();
    }

    @Test
    void heavierEdgesAreShorter() {
        // 0–1–2 with weight 4 each (length 0.5) beats the direct 0–2 of weight 1 (length 1)
        WeightedBetweenness b = run(3, new int[][] {{0, 1, 4}, {1, 2, 4}, {0, 2, 1}}, 100, 10, 1);
        assertThat(b.centrality(1)).isEqualTo(1.0);
        // equal lengths split the pair: 0–1–2 (0.5 + 0.5) vs 0–2 (1)
        WeightedBetweenness tie = run(3, new int[][] {{0, 1, 2}, {1, 2, 2}, {0, 2, 1}}, 100, 10, 1);
        assertThat(tie.centrality(1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void starCentreBrokersEveryPair() {
        WeightedBetweenness b = run(5, new int[][] {{0, 1, 1}, {0, 2, 3}, {0, 3, 2}, {0, 4, 1}}, 100, 10, 1);
        assertThat(b.centrality(0)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void agreesWithJGraphTOnRandomWeightedGraphs() {
        Random r = new Random(42);
        for (int round = 0; round < 20; round++) {
            int n = 5 + r.nextInt(25);
            Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
            for (int i = 0; i < n; i++) {
                g.addVertex(i);
            }
            List<int[]> edges = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (r.nextDouble() < 0.25) {
                        int w = 1 << r.nextInt(3); // 1, 2, 4: reciprocals and their sums are exact, so ties are ties for both
                        edges.add(new int[] {i, j, w});
                        g.setEdgeWeight(g.addEdge(i, j), 1.0 / w);
                    }
                }
            }
            WeightedBetweenness mine = run(n, edges.toArray(new int[0][]), 1000, 10, 1);
            Map<Integer, Double> ref = new BetweennessCentrality<>(g, true).getScores();
            for (int v = 0; v < n; v++) {
                assertThat(mine.centrality(v)).as("round %d node %d", round, v).isCloseTo(2 * ref.get(v), within(1e-9)); // JGraphT divides undirected scores by (n-1)(n-2), we by (n-1)(n-2)/2
            }
        }
    }

    @Test
    void sampledEstimateIsSeededAndStatesItsError() {
        Random r = new Random(7);
        List<int[]> edges = new ArrayList<>();
        int n = 300;
        for (int i = 1; i < n; i++) {
            edges.add(new int[] {i, r.nextInt(i), 1 + r.nextInt(3)});
        }
        int[][] e = edges.toArray(new int[0][]);
        WeightedBetweenness exact = run(n, e, 1000, 50, 1);
        WeightedBetweenness a = run(n, e, 10, 100, 99);
        WeightedBetweenness b = run(n, e, 10, 100, 99);
        assertThat(a.sampled()).isTrue();
        assertThat(a.sources()).isEqualTo(100);
        Integer[] order = new Integer[n];
        for (int v = 0; v < n; v++) {
            assertThat(a.centrality(v)).isEqualTo(b.centrality(v));
            order[v] = v;
        }
        Arrays.sort(order, (x, y) -> Double.compare(exact.centrality(y), exact.centrality(x)));
        for (int i = 0; i < 10; i++) {
            int v = order[i];
            assertThat(a.standardError(v)).isPositive();
            assertThat(Math.abs(a.centrality(v) - exact.centrality(v))).as("node %d within 4 standard errors", v)
                    .isLessThanOrEqualTo(4 * a.standardError(v));
        }
    }
}
