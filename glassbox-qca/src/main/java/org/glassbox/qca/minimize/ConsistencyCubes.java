package org.glassbox.qca.minimize;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.qca.expr.Implicant;

/**
 * Prime implicants when logical remainders are free to be used (the parsimonious solution), found
 * top-down in the spirit of Dusa's CCubes (Dusa 2018, "Consistency Cubes: a fast, efficient method
 * for exact Boolean minimization", R Journal 10(2)): instead of merging minterms bottom-up, search
 * the terms of increasing complexity for those that cover at least one positive row and no negative
 * row ("consistent cubes"); only observed rows are ever looked at, so the 3^K space of remainders
 * is never expanded.
 *
 * <p>Depth-first over literals in condition order; the set of positive and negative observed rows a
 * partial term covers is kept as two bitsets, so extending a term by a literal costs one AND per
 * word. A term with no positive row is abandoned (no extension can regain one); a term with no
 * negative row is consistent, is not extended (extensions are not prime), and is prime iff dropping
 * any one of its literals lets a negative row in (consistency is monotone, so single drops suffice).
 *
 * <p>Cost: O(visited terms × words), where visited terms are those covering both a positive and a
 * negative observed row; in practice bounded by the depth at which terms separate the observed rows
 * (about log2 of their number).
 */
final class ConsistencyCubes {
    private final int[] levels;
    private final long[][][] posBits;
    private final long[][][] negBits;
    private final int pw;
    private final int nw;
    private final List<Implicant> primes = new ArrayList<>();
    private final List<long[]> covers = new ArrayList<>();
    private final int[] litCond;
    private final int[] litLevel;
    private final long[][] pathNeg;

    /** A search sharing the (read-only) row tables of {@code other}, with its own path state. */
    private ConsistencyCubes(ConsistencyCubes other) {
        levels = other.levels;
        posBits = other.posBits;
        negBits = other.negBits;
        pw = other.pw;
        nw = other.nw;
        int k = levels.length;
        litCond = new int[k];
        litLevel = new int[k];
        pathNeg = new long[k + 1][];
    }

    private ConsistencyCubes(int[] levels, List<int[]> positives, List<int[]> negatives) {
        this.levels = levels.clone();
        int k = levels.length;
        pw = Math.max(1, (positives.size() + 63) >>> 6);
        nw = Math.max(1, (negatives.size() + 63) >>> 6);
        posBits = new long[k][][];
        negBits = new long[k][][];
        for (int j = 0; j < k; j++) {
            posBits[j] = new long[levels[j]][pw];
            negBits[j] = new long[levels[j]][nw];
        }
        for (int r = 0; r < positives.size(); r++) {
            int[] c = positives.get(r);
            for (int j = 0; j < k; j++) posBits[j][c[j]][r >>> 6] |= 1L << r;
        }
        for (int r = 0; r < negatives.size(); r++) {
            int[] c = negatives.get(r);
            for (int j = 0; j < k; j++) negBits[j][c[j]][r >>> 6] |= 1L << r;
        }
        litCond = new int[k];
        litLevel = new int[k];
        pathNeg = new long[k + 1][];
    }

    /** A prime implicant with the positive configurations it covers (bit r = positives.get(r)). */
    record Prime(Implicant implicant, java.util.BitSet positives) {}

    /** Prime implicants covering at least one positive configuration and no negative one. */
    static List<Implicant> primes(int[] levels, List<int[]> positives, List<int[]> negatives) {
        List<Implicant> out = new ArrayList<>();
        for (Prime p : primesWithCover(levels, positives, negatives)) out.add(p.implicant());
        return out;
    }

    /** As {@link #primes}, with each prime's cover of the positive configurations (free: the search tracks it). */
    static List<Prime> primesWithCover(int[] levels, List<int[]> positives, List<int[]> negatives) {
        List<Prime> out = new ArrayList<>();
        if (positives.isEmpty()) return out;
        if (negatives.isEmpty()) {
            java.util.BitSet all = new java.util.BitSet();
            all.set(0, positives.size());
            out.add(new Prime(new Implicant(new int[levels.length]), all));
            return out;
        }
        ConsistencyCubes tables = new ConsistencyCubes(levels, positives, negatives);
        long[] p = new long[tables.pw];
        long[] n = new long[tables.nw];
        fill(p, positives.size());
        fill(n, negatives.size());
        // the subtrees below each first literal are independent: search them in parallel, then
        // concatenate in literal order (the caller sorts anyway, so the result is deterministic)
        List<int[]> firsts = new ArrayList<>();
        for (int j = 0; j < levels.length; j++) for (int v = 0; v < levels[j]; v++) firsts.add(new int[] {j, v});
        List<ConsistencyCubes> done = firsts.parallelStream().map(f -> {
            ConsistencyCubes cc = new ConsistencyCubes(tables);
            cc.searchFirst(f[0], f[1], p, n);
            return cc;
        }).toList();
        for (ConsistencyCubes cc : done) {
            for (int i = 0; i < cc.primes.size(); i++) out.add(new Prime(cc.primes.get(i), java.util.BitSet.valueOf(cc.covers.get(i))));
        }
        return out;
    }

    private static void fill(long[] bits, int count) {
        for (int r = 0; r < count; r++) bits[r >>> 6] |= 1L << r;
    }

    /** The subtree of terms whose first literal is condition j at level v. */
    private void searchFirst(int j, int v, long[] pos, long[] neg) {
        pathNeg[0] = neg;
        long[] p2 = new long[pw];
        long[] n2 = new long[nw];
        if (!and(pos, posBits[j][v], p2)) return;
        boolean anyNeg = and(neg, negBits[j][v], n2);
        if (anyNeg && java.util.Arrays.equals(n2, neg)) return;
        litCond[0] = j;
        litLevel[0] = v;
        if (!anyNeg) {
            int[] codes = new int[levels.length];
            codes[j] = v + 1;
            primes.add(new Implicant(codes));
            covers.add(p2);
        } else if (j + 1 < levels.length) {
            search(j + 1, 1, p2, n2);
        }
    }

    private void search(int from, int depth, long[] pos, long[] neg) {
        int k = levels.length;
        pathNeg[depth] = neg;
        long[] p2 = new long[pw];
        long[] n2 = new long[nw];
        for (int j = from; j < k; j++) {
            for (int v = 0; v < levels[j]; v++) {
                if (!and(pos, posBits[j][v], p2)) continue;
                boolean anyNeg = and(neg, negBits[j][v], n2);
                // a literal that removes no negative row can never be part of a prime below this term
                if (anyNeg && java.util.Arrays.equals(n2, neg)) continue;
                litCond[depth] = j;
                litLevel[depth] = v;
                if (!anyNeg) {
                    if (isPrime(depth + 1)) {
                        int[] codes = new int[k];
                        for (int d = 0; d <= depth; d++) codes[litCond[d]] = litLevel[d] + 1;
                        primes.add(new Implicant(codes));
                        covers.add(p2.clone());
                    }
                } else if (j + 1 < k) {
                    search(j + 1, depth + 1, p2.clone(), n2.clone());
                }
            }
        }
    }

    /**
     * A consistent term is prime iff leaving out any one literal lets a negative row in. With the
     * negative rows of every prefix kept along the path, and suffix intersections built here, each
     * check costs one pass over the words: O(length × words).
     */
    private boolean isPrime(int len) {
        if (len == 1) return true;
        long[] suffix = new long[nw];
        java.util.Arrays.fill(suffix, -1L);
        // dropping the last literal gives the parent term, which had negative rows
        for (int drop = len - 2; drop >= 0; drop--) {
            long[] b = negBits[litCond[drop + 1]][litLevel[drop + 1]];
            for (int w = 0; w < nw; w++) suffix[w] &= b[w];
            long[] prefix = pathNeg[drop];
            long any = 0;
            for (int w = 0; w < nw; w++) any |= prefix[w] & suffix[w];
            if (any == 0) return false;
        }
        return true;
    }

    private static boolean and(long[] a, long[] b, long[] out) {
        long any = 0;
        for (int w = 0; w < a.length; w++) {
            out[w] = a[w] & b[w];
            any |= out[w];
        }
        return any != 0;
    }
}
