package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.EventStore;

/**
 * Variants of a case view: the distinct activity sequences of the non-empty cases in the given
 * {@link SequenceOrder}, with the number of cases of each (pm4py {@code get_variants}, which uses
 * file order). Sorted by cases descending, then by sequence.
 *
 * <p>Complexity: O(n) expected, one int array per case while grouping.
 */
final class Variants {
    private Variants() {
    }

    /** An int sequence as a hash key. */
    private record Seq(int[] codes, int hash) {
        static Seq of(int[] codes) {
            return new Seq(codes, Arrays.hashCode(codes));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Seq s && s.hash == hash && Arrays.equals(s.codes, codes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Variant index of each case code (-1 for empty cases), and the variants in first-seen order. */
    static int[] assign(CaseView v, SequenceOrder order, List<int[]> sequences, List<long[]> counts) {
        EventStore s = v.store();
        Map<Seq, Integer> ids = new HashMap<>();
        int[] of = new int[v.cases()];
        for (int c = 0; c < v.cases(); c++) {
            int from = v.from(c);
            int to = v.to(c);
            if (from == to) {
                of[c] = -1;
                continue;
            }
            int[] seq = new int[to - from];
            for (int k = from; k < to; k++) {
                seq[k - from] = s.type(v.ordered(order, k));
            }
            Seq key = Seq.of(seq);
            Integer id = ids.get(key);
            if (id == null) {
                id = sequences.size();
                ids.put(key, id);
                sequences.add(seq);
                counts.add(new long[1]);
            }
            counts.get(id)[0]++;
            of[c] = id;
        }
        return of;
    }

    static List<Variant> discover(CaseView v, SequenceOrder order) {
        List<int[]> seqs = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        assign(v, order, seqs, counts);
        List<Variant> out = new ArrayList<>(seqs.size());
        for (int i = 0; i < seqs.size(); i++) {
            List<String> names = new ArrayList<>(seqs.get(i).length);
            for (int code : seqs.get(i)) {
                names.add(v.store().types().value(code));
            }
            out.add(new Variant(names, counts.get(i)[0]));
        }
        out.sort(Comparator.comparingLong(Variant::cases).reversed().thenComparing(Variant::key));
        return out;
    }
}
