package org.glassbox.io.export;

import java.util.Arrays;
import java.util.BitSet;
import org.glassbox.core.analysis.structure.DualAuthority;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.TieTable;

/**
 * The organisation network of a period [from, to), as the report draws it: the ties valid at some
 * instant of the period; as nodes the <em>active actors</em> — endpoints of those ties and every
 * actor taking part in an event of the period. An actor holds <em>dual authority</em> when it has
 * an incoming line or ownership tie and an incoming cross-cutting tie from a different actor. The
 * weight of a tie is 1 plus the number of the period's events in which both its ends take part.
 * Complexity O(ties + event–actor links of the period · actors per event).
 */
final class PeriodNetwork {
    final int[] actors;
    final int[] ties;
    final double[] weight;
    final BitSet dual;

    PeriodNetwork(Case kase, long from, long toExclusive) {
        TieTable tt = kase.ties();
        int n = kase.actors().size();
        ties = tt.validDuring(from, toExclusive);
        BitSet active = new BitSet(n);
        for (int t : ties) {
            active.set(tt.from(t));
            active.set(tt.to(t));
        }
        EventStore ev = kase.events();
        int[] events = ev.between(from, toExclusive);
        // per actor, the events of the period it takes part in (sorted), to count shared events per tie
        int[][] eventsOf = new int[n][];
        int[] count = new int[n];
        for (int i : events) {
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                if (a < n) {
                    active.set(a);
                    count[a]++;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            eventsOf[a] = new int[count[a]];
            count[a] = 0;
        }
        for (int i : events) {
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                if (a < n && (count[a] == 0 || eventsOf[a][count[a] - 1] != i)) {
                    eventsOf[a][count[a]++] = i;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            eventsOf[a] = Arrays.copyOf(eventsOf[a], count[a]);
            Arrays.sort(eventsOf[a]);
        }
        weight = new double[ties.length];
        for (int k = 0; k < ties.length; k++) {
            weight[k] = 1 + shared(eventsOf[tt.from(ties[k])], eventsOf[tt.to(ties[k])]);
        }
        actors = active.stream().toArray();
        dual = DualAuthority.among(kase, ties);
    }

    private static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int s = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                s++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return s;
    }
}
