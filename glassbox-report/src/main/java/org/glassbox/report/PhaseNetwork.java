package org.glassbox.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.TieTable;
import org.glassbox.core.model.TieType;

/**
 * The organisation network of one period [from, to): its ties are those valid at some instant of
 * the period ({@link TieTable#validDuring(long, long)}); its nodes, the <em>active actors</em>, are
 * the endpoints of those ties and every actor taking part in an event of the period.
 *
 * <p>An actor holds <em>dual authority</em> in the period when it has an incoming tie on the line or
 * ownership axis and an incoming cross-cutting tie from a different actor (FRAMEWORK.md's suggested
 * operationalisation, as the structure layer counts it). Complexity O(ties + event–actor links of
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
        dual = dualAuthority(kase, tt, valid);
    }

    private static BitSet dualAuthority(Case kase, TieTable tt, int[] valid) {
        int n = kase.actors().size();
        int[] lineSuperior = new int[n];   // -1 none, ≥0 the one superior, -2 several
        int[] crossSuperior = new int[n];
        java.util.Arrays.fill(lineSuperior, -1);
        java.util.Arrays.fill(crossSuperior, -1);
        for (int t : valid) {
            TieType type = kase.codebook().tieType(tt.typeName(t));
            if (type == null) {
                continue;
            }
            int to = tt.to(t);
            int from = tt.from(t);
            if (type.axis() == Axis.LINE || type.axis() == Axis.OWNERSHIP) {
                lineSuperior[to] = merge(lineSuperior[to], from);
            } else if (type.axis() == Axis.CROSS_CUTTING) {
                crossSuperior[to] = merge(crossSuperior[to], from);
            }
        }
        BitSet d = new BitSet(n);
        for (int a = 0; a < n; a++) {
            int l = lineSuperior[a];
            int c = crossSuperior[a];
            if (l != -1 && c != -1 && (l == -2 || c == -2 || l != c)) {
                d.set(a);
            }
        }
        return d;
    }

    private static int merge(int current, int superior) {
        return current == -1 || current == superior ? superior : -2;
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
