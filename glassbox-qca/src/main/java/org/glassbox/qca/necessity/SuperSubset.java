package org.glassbox.qca.necessity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.glassbox.qca.NecessityFit;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SetData;
import org.glassbox.qca.expr.Notation;

/**
 * Search for necessary conditions in the manner of the reference's {@code superSubset} (Dusa 2019,
 * ch. 5): every conjunction of literals whose necessity inclusion reaches {@code inclCut}, and every
 * disjunction of literals (one per condition) that reaches it while none of its proper
 * sub-disjunctions does (so no necessary literal is padded with others). Those that also reach
 * {@code covCut} and {@code ronCut} are listed: conjunctions first, then disjunctions, each by
 * number of literals, then conditions in order, then levels ascending.
 *
 * <p>A conjunction that is not necessary has no necessary extension, which prunes the search;
 * disjunctions are enumerated up to {@code depth} literals. Cost: O(Σ_k C(K,k) L^k × cases).
 */
public final class SuperSubset {
    private static final double EPS = 1e-12;

    private final SetData data;
    private final double inclCut;
    private final double covCut;
    private final double ronCut;
    private final int depth;
    private final Notation notation;
    private final double[] y;

    public SuperSubset(SetData data, double inclCut, double covCut, double ronCut, int depth) {
        if (data.outcome() == null) throw QcaInputException.parameter("outcome", 0, "necessity needs an outcome");
        if (inclCut < 0 || inclCut > 1) throw QcaInputException.parameter("inclCut", 0, "must lie in [0, 1]");
        this.data = data;
        this.inclCut = inclCut;
        this.covCut = covCut;
        this.ronCut = ronCut;
        this.depth = depth <= 0 ? data.conditionCount() : Math.min(depth, data.conditionCount());
        this.notation = new Notation(data.conditions(), data.multivalue());
        this.y = data.outcome();
    }

    /** The reference's defaults: incl.cut = 1, cov.cut = 0, ron.cut = 0, all depths. */
    public static List<NecessityTerm> search(SetData data, double inclCut, double covCut) {
        return new SuperSubset(data, inclCut, covCut, 0, 0).result();
    }

    public List<NecessityTerm> result() {
        List<NecessityTerm> conj = new ArrayList<>();
        List<NecessityTerm> disj = new ArrayList<>();
        Set<String> necessaryDisjunctions = new HashSet<>();
        int k = data.conditionCount();
        for (int size = 1; size <= depth; size++) {
            for (int[] combo : combinations(k, size)) {
                int[] lv = new int[size];
                do {
                    double[] and = membership(combo, lv, true);
                    NecessityFit f = NecessityFit.of(and, y);
                    if (f.inclN() >= inclCut - EPS && passes(f)) conj.add(new NecessityTerm(term(combo, lv, "*"), f));
                    if (size >= 2) {
                        double[] or = membership(combo, lv, false);
                        NecessityFit g = NecessityFit.of(or, y);
                        if (g.inclN() >= inclCut - EPS) {
                            String key = key(combo, lv);
                            if (!hasNecessaryPart(combo, lv, necessaryDisjunctions)) {
                                if (passes(g)) disj.add(new NecessityTerm(term(combo, lv, " + "), g));
                            }
                            necessaryDisjunctions.add(key);
                        }
                    } else if (f.inclN() >= inclCut - EPS) {
                        necessaryDisjunctions.add(key(combo, lv));
                    }
                } while (next(combo, lv));
            }
        }
        List<NecessityTerm> all = new ArrayList<>(conj);
        all.addAll(disj);
        return all;
    }

    private boolean passes(NecessityFit f) {
        return f.covN() >= covCut - EPS && f.ron() >= ronCut - EPS;
    }

    /** Whether some proper, non-empty subset of the literals forms a necessary disjunction. */
    private static boolean hasNecessaryPart(int[] combo, int[] lv, Set<String> necessary) {
        int n = combo.length;
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            StringBuilder sb = new StringBuilder();
            for (int b = 0; b < n; b++) if ((mask & (1 << b)) != 0) sb.append(combo[b]).append('=').append(lv[b]).append(';');
            if (necessary.contains(sb.toString())) return true;
        }
        return false;
    }

    private static String key(int[] combo, int[] lv) {
        StringBuilder sb = new StringBuilder();
        for (int b = 0; b < combo.length; b++) sb.append(combo[b]).append('=').append(lv[b]).append(';');
        return sb.toString();
    }

    private double[] membership(int[] combo, int[] lv, boolean and) {
        int n = data.caseCount();
        double[] m = new double[n];
        java.util.Arrays.fill(m, and ? 1 : 0);
        for (int b = 0; b < combo.length; b++) {
            for (int i = 0; i < n; i++) {
                double x = data.membership(combo[b], lv[b], i);
                m[i] = and ? Math.min(m[i], x) : Math.max(m[i], x);
            }
        }
        return m;
    }

    private String term(int[] combo, int[] lv, String sep) {
        List<String> parts = new ArrayList<>();
        for (int b = 0; b < combo.length; b++) parts.add(notation.literal(combo[b], lv[b]));
        return String.join(sep, parts);
    }

    private boolean next(int[] combo, int[] lv) {
        for (int b = lv.length - 1; b >= 0; b--) {
            lv[b]++;
            if (lv[b] < data.levels()[combo[b]]) return true;
            lv[b] = 0;
        }
        return false;
    }

    static List<int[]> combinations(int n, int k) {
        List<int[]> out = new ArrayList<>();
        int[] c = new int[k];
        for (int i = 0; i < k; i++) c[i] = i;
        while (true) {
            out.add(c.clone());
            int i = k - 1;
            while (i >= 0 && c[i] == n - k + i) i--;
            if (i < 0) return out;
            c[i]++;
            for (int j = i + 1; j < k; j++) c[j] = c[j - 1] + 1;
        }
    }
}
