package org.glassbox.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.glassbox.core.analysis.structure.DualAuthority;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.TieTable;

/**
 * The organisation network of one period [from, to): its ties are those valid at some instant of
 * the period ({@link TieTable#validDuring(long, long)}); its nodes, the <em>active actors</em>, are
 * the endpoints of those ties and every actor taking part in an event of the period.
 *
 * <p>Dual authority is {@link DualAuthority}'s rule, the one the structure layer counts. Complexity O(ties + event–actor links of
 * the period).
 */
final class PhaseNetwork {
    private final int[] actors;
    private final int[] ties;
    private final BitSet dual;

    PhaseNetwork(Case kase, long from, long toExclusive) {
        TieTable tt = kase.ties();
        int[] valid = tt.validDuring(from, toExclusive);
        BitSet active = new BitSet(kase.actors().size());
        for (int t : valid) {
            active.set(tt.from(t));
            active.set(tt.to(t));
        }
        EventStore ev = kase.events();
        for (int i : ev.between(from, toExclusive)) {
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                if (a < kase.actors().size()) {
                    active.set(a);
                }
            }
        }
        actors = active.stream().toArray();
        ties = valid;
        dual = DualAuthority.among(kase, valid);
    }

    /** Codes of the active actors, ascending. */
    int[] actors() {
        return actors.clone();
    }

    /** Indices of the ties valid in the period, in order of their start. */
    int[] ties() {
        return ties.clone();
    }

    boolean dualAuthority(int actor) {
        return dual.get(actor);
    }

    List<Integer> dualAuthorityActors() {
        List<Integer> out = new ArrayList<>();
        dual.stream().forEach(out::add);
        return out;
    }
}
