package org.glassbox.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The prime implicant chart: which prime implicants (rows) cover which positive configurations
 * (columns), solved for <em>every</em> cover of minimum size (model ambiguity: the reference lists
 * every such model, M1..Mn).
 *
 * <p>Columns covered by a single implicant force that implicant. A column whose implicants are a
 * superset of another column's is dropped (covering the other covers it too), which leaves the same
 * set of minimal covers. The minimum number of further implicants is found by iterative deepening;
 * all covers of that size are then enumerated by branching on the uncovered column with the fewest
 * candidates and, in the i-th branch, excluding the candidates of branches 1..i-1, so each cover is
 * produced exactly once. Solutions are returned as ascending implicant indices, sorted
 * lexicographically (the reference's order of models).
 *
 * <p>Worst case exponential (minimum set cover is NP-hard); {@code limit} caps the number of
 * models enumerated, and {@link #truncated()} says when it was reached.
 */
final class PrimeImplicantChart {
    private final List<BitSet> covers;
    private final int columns;
    private final int[][] byColumn;
    private boolean truncated;
    /** Nodes visited by the exact searches; past {@link #NODE_LIMIT} the chart is declared out of reach. */
    private long nodes;
    static final long NODE_LIMIT = 1_000_000L;
    /** Above this many candidate implicants, row dominance is skipped when bounding the cover size. */
    static final int DOMINANCE_LIMIT = 3_000;

    PrimeImplicantChart(List<BitSet> covers, int columns) {
        this.covers = covers;
        this.columns = columns;
        int[] count = new int[columns];
        for (BitSet b : covers) for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) count[c]++;
        byColumn = new int[columns][];
        for (int c = 0; c < columns; c++) byColumn[c] = new int[count[c]];
        int[] fill = new int[columns];
        for (int p = 0; p < covers.size(); p++) {
            BitSet b = covers.get(p);
            for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) byColumn[c][fill[c]++] = p;
        }
    }

    boolean truncated() {
        return truncated;
    }

    /** Indices of implicants that are the only cover of some column, ascending. */
    int[] essential() {
        BitSet ess = new BitSet();
        for (int[] l : byColumn) if (l.length == 1) ess.set(l[0]);
        return ess.stream().toArray();
    }

    /** Indices of implicants left after row dominance: one covering a subset of another's columns goes (ties keep the first). */
    static List<Integer> undominated(List<BitSet> covers) {
        List<Integer> keep = new ArrayList<>();
        for (int p = 0; p < covers.size(); p++) {
            boolean dominated = false;
            for (int q = 0; q < covers.size() && !dominated; q++) {
                if (q == p) continue;
                BitSet a = (BitSet) covers.get(p).clone();
                a.andNot(covers.get(q));
                if (a.isEmpty()) {
                    boolean equal = covers.get(p).equals(covers.get(q));
                    dominated = !equal || q < p;
                }
            }
            if (!dominated) keep.add(p);
        }
        return keep;
    }

    /** All minimum covers (at most {@code limit}). */
    List<int[]> minimalSolutions(int limit) {
        for (int c = 0; c < columns; c++) {
            if (byColumn[c].length == 0) throw new IllegalStateException("no prime implicant covers positive configuration " + c);
        }
        BitSet chosen = new BitSet();
        for (int e : essential()) chosen.set(e);
        BitSet uncovered = new BitSet();
        uncovered.set(0, columns);
        for (int e = chosen.nextSetBit(0); e >= 0; e = chosen.nextSetBit(e + 1)) uncovered.andNot(covers.get(e));
        List<int[]> found = new ArrayList<>();
        if (uncovered.isEmpty()) {
            found.add(chosen.stream().toArray());
            return found;
        }
        uncovered = dropDominatedColumns(uncovered);
        int budget = minimumCoverSize(uncovered);
        search(uncovered, chosen, new BitSet(), budget, found, limit);
        found.sort(Arrays::compare);
        return found;
    }

    /**
     * The minimum number of implicants covering {@code columns}, by branch and bound. Only for the
     * size, dominated implicants (whose columns among these are a subset of another's) are left
     * out, which keeps the minimum; the bound counts columns that share no implicant.
     */
    private int minimumCoverSize(BitSet columns) {
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < covers.size(); p++) if (covers.get(p).intersects(columns)) candidates.add(p);
        List<BitSet> restricted = new ArrayList<>();
        for (int p : candidates) {
            BitSet b = (BitSet) covers.get(p).clone();
            b.and(columns);
            restricted.add(b);
        }
        BitSet dominated = new BitSet();
        dominated.set(0, covers.size());
        for (int p : candidates) dominated.clear(p);
        if (candidates.size() <= DOMINANCE_LIMIT) {
            // quadratic, so only for charts small enough; it never changes the minimum, only the work
            List<Integer> keep = undominated(restricted);
            for (int p : candidates) dominated.set(p);
            for (int i : keep) dominated.clear(candidates.get(i));
        }
        int[] best = {greedy(columns, dominated)};
        branchAndBound(columns, dominated, 0, best);
        return best[0];
    }

    private int greedy(BitSet columns, BitSet unavailable) {
        BitSet left = (BitSet) columns.clone();
        int n = 0;
        while (!left.isEmpty()) {
            int bestP = -1, bestGain = 0;
            for (int p = 0; p < covers.size(); p++) {
                if (unavailable.get(p)) continue;
                BitSet g = (BitSet) covers.get(p).clone();
                g.and(left);
                if (g.cardinality() > bestGain) {
                    bestGain = g.cardinality();
                    bestP = p;
                }
            }
            left.andNot(covers.get(bestP));
            n++;
        }
        return n;
    }

    private void branchAndBound(BitSet uncovered, BitSet excluded, int depth, int[] best) {
        tick();
        if (uncovered.isEmpty()) {
            best[0] = Math.min(best[0], depth);
            return;
        }
        if (depth + independentColumns(uncovered, excluded, best[0] - depth) >= best[0]) return;
        int bestCol = -1, bestCount = Integer.MAX_VALUE;
        for (int c = uncovered.nextSetBit(0); c >= 0; c = uncovered.nextSetBit(c + 1)) {
            int count = 0;
            for (int p : byColumn[c]) if (!excluded.get(p)) count++;
            if (count == 0) return;
            if (count < bestCount) {
                bestCount = count;
                bestCol = c;
            }
        }
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int p : byColumn[bestCol]) {
            if (excluded.get(p)) continue;
            BitSet rest = (BitSet) uncovered.clone();
            rest.andNot(covers.get(p));
            branchAndBound(rest, excluded, depth + 1, best);
            excluded.set(p);
            newlyExcluded.add(p);
        }
        for (int p : newlyExcluded) excluded.clear(p);
    }

    /** Keeps, of columns whose candidates include another column's, only the one with fewer (first on ties). */
    private BitSet dropDominatedColumns(BitSet uncovered) {
        int[] cols = uncovered.stream().toArray();
        BitSet keep = (BitSet) uncovered.clone();
        for (int a : cols) {
            if (!keep.get(a)) continue;
            for (int b : cols) {
                if (a == b || !keep.get(b)) continue;
                int[] la = byColumn[a], lb = byColumn[b];
                if (la.length > lb.length || (la.length == lb.length && b < a)) continue;
                if (subset(la, lb)) keep.clear(b);
            }
        }
        return keep;
    }

    private static boolean subset(int[] small, int[] big) {
        int j = 0;
        for (int x : small) {
            while (j < big.length && big[j] < x) j++;
            if (j == big.length || big[j] != x) return false;
            j++;
        }
        return true;
    }

    private void search(BitSet uncovered, BitSet chosen, BitSet excluded, int budget, List<int[]> found, int limit) {
        tick();
        if (found.size() >= limit) {
            truncated = true;
            return;
        }
        if (uncovered.isEmpty()) {
            found.add(chosen.stream().toArray());
            return;
        }
        if (budget == 0) return;
        int bestCol = -1, bestCount = Integer.MAX_VALUE;
        for (int c = uncovered.nextSetBit(0); c >= 0; c = uncovered.nextSetBit(c + 1)) {
            int count = 0;
            for (int p : byColumn[c]) if (!excluded.get(p)) count++;
            if (count == 0) return;
            if (count < bestCount) {
                bestCount = count;
                bestCol = c;
            }
        }
        if (budget == 1) {
            for (int p : byColumn[bestCol]) {
                if (excluded.get(p) || !containsAll(covers.get(p), uncovered)) continue;
                chosen.set(p);
                found.add(chosen.stream().toArray());
                chosen.clear(p);
                if (found.size() >= limit) {
                    truncated = true;
                    return;
                }
            }
            return;
        }
        if (independentColumns(uncovered, excluded, budget + 1) > budget) return;
        List<Integer> newlyExcluded = new ArrayList<>();
        for (int p : byColumn[bestCol]) {
            if (excluded.get(p)) continue;
            BitSet rest = (BitSet) uncovered.clone();
            rest.andNot(covers.get(p));
            chosen.set(p);
            search(rest, chosen, excluded, budget - 1, found, limit);
            chosen.clear(p);
            excluded.set(p);
            newlyExcluded.add(p);
        }
        for (int p : newlyExcluded) excluded.clear(p);
    }

    private void tick() {
        if (++nodes > NODE_LIMIT) {
            throw new org.glassbox.qca.QcaLimitException("the prime implicant chart (" + covers.size() + " prime implicants, " + columns
                    + " positive configurations) is too complex to find every minimal model exactly within " + NODE_LIMIT
                    + " search steps; a minimum set cover of this size is NP-hard. Try the parsimonious or intermediate solution, "
                    + "fewer conditions, or a higher `inclCut`");
        }
    }

    private static boolean containsAll(BitSet cover, BitSet columns) {
        for (int c = columns.nextSetBit(0); c >= 0; c = columns.nextSetBit(c + 1)) if (!cover.get(c)) return false;
        return true;
    }

    /**
     * A lower bound on the implicants still needed: columns no two of which share an available
     * implicant (greedy, fewest candidates first), counted up to {@code cap}.
     */
    private int independentColumns(BitSet uncovered, BitSet excluded, int cap) {
        int[] cols = uncovered.stream().toArray();
        Integer[] order = new Integer[cols.length];
        for (int i = 0; i < cols.length; i++) order[i] = cols[i];
        Arrays.sort(order, (a, b) -> Integer.compare(byColumn[a].length, byColumn[b].length));
        BitSet used = new BitSet();
        int count = 0;
        for (int c : order) {
            boolean free = true;
            for (int p : byColumn[c]) {
                if (!excluded.get(p) && used.get(p)) {
                    free = false;
                    break;
                }
            }
            if (!free) continue;
            for (int p : byColumn[c]) if (!excluded.get(p)) used.set(p);
            if (++count >= cap) return count;
        }
        return count;
    }
}
