package org.glassbox.qca.minimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.glassbox.qca.expr.Implicant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random truth tables (crisp and multi-value) checked against brute force: the prime
 * implicants of both algorithms equal the maximal consistent terms found by enumerating every
 * term, and the chart's models are exactly the minimum covers found by enumerating every subset.
 */
class RandomTruthTableTest {

    record Problem(int[] levels, List<int[]> pos, List<int[]> neg, List<int[]> rem) {}

    static Problem random(long seed) {
        Random r = new Random(seed);
        int k = 2 + r.nextInt(4);
        int[] levels = new int[k];
        for (int j = 0; j < k; j++) levels[j] = r.nextInt(4) == 0 ? 3 : 2;
        List<int[]> pos = new ArrayList<>(), neg = new ArrayList<>(), rem = new ArrayList<>();
        double pp = 0.2 + 0.3 * r.nextDouble(), pn = 0.2 + 0.3 * r.nextDouble();
        for (int[] c : all(levels)) {
            double u = r.nextDouble();
            (u < pp ? pos : u < pp + pn ? neg : rem).add(c);
        }
        if (pos.isEmpty()) pos.add(rem.isEmpty() ? neg.remove(0) : rem.remove(0));
        return new Problem(levels, pos, neg, rem);
    }

    static List<int[]> all(int[] levels) {
        List<int[]> out = new ArrayList<>();
        int[] c = new int[levels.length];
        while (true) {
            out.add(c.clone());
            int j = levels.length - 1;
            while (j >= 0 && ++c[j] == levels[j]) c[j--] = 0;
            if (j < 0) return out;
        }
    }

    static List<Implicant> allTerms(int[] levels) {
        int[] codeLevels = new int[levels.length];
        for (int j = 0; j < levels.length; j++) codeLevels[j] = levels[j] + 1;
        List<Implicant> out = new ArrayList<>();
        for (int[] c : all(codeLevels)) out.add(new Implicant(c));
        return out;
    }

    static boolean coversAny(Implicant t, List<int[]> rows) {
        for (int[] c : rows) if (t.covers(c)) return true;
        return false;
    }

    /** Maximal terms covering a positive row and none of {@code off}. */
    static Set<Implicant> bruteForcePrimes(int[] levels, List<int[]> pos, List<int[]> off) {
        List<Implicant> valid = new ArrayList<>();
        for (Implicant t : allTerms(levels)) if (coversAny(t, pos) && !coversAny(t, off)) valid.add(t);
        Set<Implicant> primes = new HashSet<>();
        for (Implicant t : valid) {
            boolean maximal = true;
            for (Implicant u : valid) if (!u.equals(t) && u.subsumes(t)) maximal = false;
            if (maximal) primes.add(t);
        }
        return primes;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 1597, 2584, 4181, 6765, 10946})
    void primesMatchBruteForce(long seed) {
        Problem p = random(seed);
        Set<Implicant> expected = bruteForcePrimes(p.levels(), p.pos(), p.neg());
        assertEquals(expected, new HashSet<>(ConsistencyCubes.primes(p.levels(), p.pos(), p.neg())), "consistency cubes");
        assertEquals(expected, new HashSet<>(QuineMcCluskey.primes(p.levels(), p.pos(), p.rem())), "Quine-McCluskey with remainders");
        List<int[]> off = new ArrayList<>(p.neg());
        off.addAll(p.rem());
        assertEquals(bruteForcePrimes(p.levels(), p.pos(), off), new HashSet<>(QuineMcCluskey.primes(p.levels(), p.pos(), List.of())), "complex");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 31, 41, 59, 26, 53, 58, 97, 93, 23, 84})
    void modelsAreExactlyTheMinimumCovers(long seed) {
        Problem p = random(seed);
        List<Implicant> primes = new ArrayList<>(ConsistencyCubes.primes(p.levels(), p.pos(), p.neg()));
        primes.sort(Implicant.REFERENCE_ORDER);
        if (primes.size() > 16) return;  // brute force over subsets stays small
        List<BitSet> covers = new ArrayList<>();
        for (Implicant t : primes) {
            BitSet b = new BitSet();
            for (int c = 0; c < p.pos().size(); c++) if (t.covers(p.pos().get(c))) b.set(c);
            covers.add(b);
        }
        List<int[]> ours = new PrimeImplicantChart(covers, p.pos().size()).minimalSolutions(1_000_000);
        // brute force: every subset, keep covering ones of minimum size, in lexicographic order
        int best = Integer.MAX_VALUE;
        List<int[]> brute = new ArrayList<>();
        for (int mask = 1; mask < (1 << primes.size()); mask++) {
            BitSet u = new BitSet();
            for (int i = 0; i < primes.size(); i++) if ((mask & (1 << i)) != 0) u.or(covers.get(i));
            if (u.cardinality() != p.pos().size()) continue;
            int size = Integer.bitCount(mask);
            if (size < best) {
                best = size;
                brute.clear();
            }
            if (size == best) brute.add(BitSet.valueOf(new long[] {mask}).stream().toArray());
        }
        brute.sort(java.util.Arrays::compare);
        assertEquals(brute.size(), ours.size(), "number of models");
        for (int i = 0; i < brute.size(); i++) assertEquals(java.util.Arrays.toString(brute.get(i)), java.util.Arrays.toString(ours.get(i)));
        for (int[] model : ours) {
            for (int[] neg : p.neg()) for (int i : model) assertFalse(primes.get(i).covers(neg), "a model covers a negative row");
            for (int[] pos : p.pos()) {
                boolean covered = false;
                for (int i : model) covered |= primes.get(i).covers(pos);
                assertTrue(covered, "a positive row is left uncovered");
            }
        }
    }
}
