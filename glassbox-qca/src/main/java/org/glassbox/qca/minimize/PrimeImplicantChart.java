package org.glassbox.qca.minimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The prime implicant chart: which prime implicants (rows) cover which positive configurations
 * (columns), solved for <em>every</em> cover of minimum size (model ambiguity, as the reference
 * lists M1..Mn).
 *
 * <p>Essential implicants (sole cover of some column) are in every minimum cover and are taken
 * first. The minimum size of the rest is found by iterative deepening; all covers of that size are
 * then enumerated by branching on the uncovered column with the fewest candidates, and in the i-th
 * branch excluding the candidates of branches 1..i-1, so each cover is produced exactly once.
 * Solutions are returned as ascending implicant indices, sorted lexicographically (the reference's
 * order of models).
 *
 * <p>Worst case exponential (minimum set cover is NP-hard); {@code limit} caps the number of
 * models enumerated, and {@link #truncated()} says when it was reached.
 */
final class PrimeImplicantChart {
    private final List<BitSet> covers;
    private final int columns;
    private boolean truncated;

    PrimeImplicantChart(List<BitSet> covers, int columns) {
        this.covers = covers;
        this.columns = columns;
    }

    boolean truncated() {
        return truncated;
    }

    /** Indices of implicants that are the only cover of some column, ascending. */
    int[] essential() {
        BitSet ess = new BitSet();
        for (int c = 0; c < columns; c++) {
            int only = -1, count = 0;
            for (int p = 0; p < covers.size() && count < 2; p++) {
                if (covers.get(p).get(c)) { only = p; count++; }
            }
            if (count == 1) ess.set(only);
        }
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
        BitSet all = new BitSet();
        all.set(0, columns);
        BitSet union = new BitSet();
        for (BitSet b : covers) union.or(b);
        if (!union.equals(all)) throw new IllegalStateException("the prime implicants do not cover every positive configuration");
        int[] ess = essential();
        BitSet uncovered = (BitSet) all.clone();
        for (int e : ess) uncovered.andNot(covers.get(e));
        BitSet fixed = new BitSet();
        for (int e : ess) fixed.set(e);
        List<int[]> found = new ArrayList<>();
        if (uncovered.isEmpty()) {
            found.add(ess);
            return found;
        }
        int maxCover = 0;
        for (BitSet b : covers) maxCover = Math.max(maxCover, b.cardinality());
        for (int budget = Math.max(1, (uncovered.cardinality() + maxCover - 1) / maxCover); ; budget++) {
            search(uncovered, fixed, new BitSet(), budget, found, limit);
            if (!found.isEmpty()) break;
        }
        found.sort(PrimeImplicantChart::compareArrays);
        return found;
    }

    private void search(BitSet uncovered, BitSet chosen, BitSet excluded, int budget, List<int[]> found, int limit) {
        if (found.size() >= limit) {
            truncated = true;
            return;
        }
        if (uncovered.isEmpty()) {
            found.add(chosen.stream().toArray());
            return;
        }
        if (budget == 0) return;
        // the uncovered column with fewest available candidates
        int bestCol = -1, bestCount = Integer.MAX_VALUE;
        int maxGain = 0;
        for (int c = uncovered.nextSetBit(0); c >= 0; c = uncovered.nextSetBit(c + 1)) {
            int count = 0;
            for (int p = 0; p < covers.size(); p++) {
                if (!excluded.get(p) && !chosen.get(p) && covers.get(p).get(c)) count++;
            }
            if (count == 0) return;
            if (count < bestCount) { bestCount = count; bestCol = c; }
        }
        for (int p = 0; p < covers.size(); p++) {
            if (excluded.get(p) || chosen.get(p)) continue;
            BitSet g = (BitSet) covers.get(p).clone();
            g.and(uncovered);
            maxGain = Math.max(maxGain, g.cardinality());
        }
        if (maxGain == 0 || (uncovered.cardinality() + maxGain - 1) / maxGain > budget) return;
        BitSet localExcluded = (BitSet) excluded.clone();
        for (int p = 0; p < covers.size(); p++) {
            if (localExcluded.get(p) || chosen.get(p) || !covers.get(p).get(bestCol)) continue;
            BitSet rest = (BitSet) uncovered.clone();
            rest.andNot(covers.get(p));
            chosen.set(p);
            search(rest, chosen, localExcluded, budget - 1, found, limit);
            chosen.clear(p);
            localExcluded.set(p);
        }
    }

    static int compareArrays(int[] a, int[] b) {
        return Arrays.compare(a, b);
    }
}
