package org.glassbox.qca.minimize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.qca.expr.Implicant;

/**
 * Classical bottom-up prime implicant generation (Quine 1952; McCluskey 1956), generalised to
 * multi-value conditions: terms that agree everywhere but on condition j and together take every
 * level of j merge into the term without j. Terms never merged are prime. Used for the complex
 * (conservative) solution, where only positive rows may be covered, so the start set is small.
 *
 * <p>Cost: O(terms generated × K) hash operations; terms generated are bounded by 3^K but in
 * practice by the number of sub-cubes of the positive rows.
 */
final class QuineMcCluskey {
    private QuineMcCluskey() {}

    /** Primes of on ∪ dc that cover at least one configuration of {@code on}. */
    static List<Implicant> primes(int[] levels, List<int[]> on, List<int[]> dc) {
        int k = levels.length;
        Set<Implicant> current = new HashSet<>();
        for (int[] c : on) current.add(Implicant.ofConfiguration(c));
        for (int[] c : dc) current.add(Implicant.ofConfiguration(c));
        List<Implicant> primes = new ArrayList<>();
        while (!current.isEmpty()) {
            Set<Implicant> merged = new HashSet<>();
            Set<Implicant> used = new HashSet<>();
            for (int j = 0; j < k; j++) {
                Map<Implicant, Integer> count = new HashMap<>();
                for (Implicant t : current) {
                    if (t.code(j) == 0) continue;
                    count.merge(without(t, j), 1, Integer::sum);
                }
                for (Implicant t : current) {
                    if (t.code(j) == 0) continue;
                    Implicant key = without(t, j);
                    if (count.get(key) == levels[j]) {
                        merged.add(key);
                        used.add(t);
                    }
                }
            }
            for (Implicant t : current) if (!used.contains(t)) primes.add(t);
            current = merged;
        }
        List<Implicant> out = new ArrayList<>();
        for (Implicant t : primes) {
            for (int[] c : on) {
                if (t.covers(c)) {
                    out.add(t);
                    break;
                }
            }
        }
        return out;
    }

    private static Implicant without(Implicant t, int j) {
        int[] c = t.codes();
        c[j] = 0;
        return new Implicant(c);
    }
}
