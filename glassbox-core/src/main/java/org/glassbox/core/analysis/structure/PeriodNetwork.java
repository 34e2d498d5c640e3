package org.glassbox.core.analysis.structure;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Objects;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.TieTable;

/**
 * The organisation network of one period, as the report draws it and the export writes it.
 *
 * <ul>
 * <li><b>Ties</b>: those valid at some instant of the period ({@link TieTable#validDuring}), in
 * the tie table's order.</li>
 * <li><b>Active actors</b> (the nodes): the ends of those ties and every actor taking part in an
 * event of the period, ascending by code.</li>
 * <li><b>Dual-authority holders</b>: {@link DualAuthority}'s rule on those ties — the one the
 * structure layer counts.</li>
 * <li><b>Weight</b> of a tie: 1 + the number of the period's events in which both its ends take
 * part (for a tie from an actor to itself, the events it takes part in).</li>
 * </ul>
 * Built once per period by the analysis and carried by its result; O(ties + event–actor links of
 * the period + actors) time.
 */
public final class PeriodNetwork {
    private final int[] actors;
    private final int[] ties;
    private final double[] weights;
    private final DualAuthority authority;

    private PeriodNetwork(int[] actors, int[] ties, double[] weights, DualAuthority authority) {
        this.actors = actors;
        this.ties = ties;
        this.weights = weights;
        this.authority = authority;
    }

    /**
     * The network of {@code period} of {@code kase} under the case's codebook — for a case not
     * analysed; an analysis carries its own ({@code PeriodAnalysis.network()}).
     */
    public static PeriodNetwork of(Case kase, Period period) {
        CaseFacts f = new CaseFacts(Objects.requireNonNull(kase, "case"), kase.codebook());
        return of(f, new PeriodSlice(f, Objects.requireNonNull(period, "period")));
    }

    /** The network of the period {@code s} of the resolved case {@code f}. */
    public static PeriodNetwork of(CaseFacts f, PeriodSlice s) {
        Objects.requireNonNull(f, "facts");
        Objects.requireNonNull(s, "slice");
        TieTable tt = f.ties();
        EventStore ev = f.events();
        int n = f.actorCount();
        int[] ties = s.ties().clone();
        int[] events = s.events();
        BitSet active = new BitSet(n);
        BitSet ends = new BitSet(n);
        for (int t : ties) {
            active.set(tt.from(t));
            active.set(tt.to(t));
        }
        ends.or(active);
        // per tie end, the period's events it takes part in (CSR, each event once, ascending)
        int[] start = new int[n + 1];
        for (int i : events) {
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                if (a < n) {
                    active.set(a);
                    if (ends.get(a)) {
                        start[a + 1]++;
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            start[a + 1] += start[a];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] eventsOf = new int[start[n]];
        for (int i : events) {
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                if (a < n && ends.get(a) && (fill[a] == start[a] || eventsOf[fill[a] - 1] != i)) {
                    eventsOf[fill[a]++] = i;
                }
            }
        }
        for (int a = ends.nextSetBit(0); a >= 0; a = ends.nextSetBit(a + 1)) {
            Arrays.sort(eventsOf, start[a], fill[a]);
        }
        double[] weights = new double[ties.length];
        for (int k = 0; k < ties.length; k++) {
            int a = tt.from(ties[k]);
            int b = tt.to(ties[k]);
            weights[k] = 1 + shared(eventsOf, start[a], fill[a], start[b], fill[b]);
        }
        return new PeriodNetwork(active.stream().toArray(), ties, weights, DualAuthority.among(f, ties));
    }

    /** Events in both sorted runs eventsOf[i0, i1) and eventsOf[j0, j1). */
    private static int shared(int[] eventsOf, int i0, int i1, int j0, int j1) {
        int i = i0;
        int j = j0;
        int s = 0;
        while (i < i1 && j < j1) {
            if (eventsOf[i] == eventsOf[j]) {
                s++;
                i++;
                j++;
            } else if (eventsOf[i] < eventsOf[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }

    /** Codes of the active actors, ascending. */
    public int[] actors() {
        return actors.clone();
    }

    /** Number of active actors. */
    public int actorCount() {
        return actors.length;
    }

    /** Indices of the ties valid in the period. */
    public int[] ties() {
        return ties.clone();
    }

    /** The weight of each tie of {@link #ties()}, in the same order. */
    public double[] weights() {
        return weights.clone();
    }

    /** Whether {@code actor} (a code) holds dual authority in the period. */
    public boolean dualAuthority(int actor) {
        return authority.holds(actor);
    }

    /** The dual-authority rule on the period's ties (holders, counts, evidence ties). */
    public DualAuthority authority() {
        return authority;
    }

    /** Equal when the actors, ties, weights and dual-authority holders are (value semantics, as the result records have). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodNetwork n && Arrays.equals(actors, n.actors) && Arrays.equals(ties, n.ties)
                && Arrays.equals(weights, n.weights) && authority.holders().equals(n.authority.holders());
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(actors) + Arrays.hashCode(ties)) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "PeriodNetwork[actors=" + actors.length + ", ties=" + ties.length + ", dualAuthority="
                + authority.holders().cardinality() + "]";
    }
}
