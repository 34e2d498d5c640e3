package org.glassbox.core.analysis.structure;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntFunction;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.TieTable;
import org.glassbox.core.model.TieType;

/**
 * Unity of command and dual authority among a set of ties (FRAMEWORK.md, suggested
 * operationalisation) — the one place the rule is written; the structure layer counts it, the
 * report and the export draw it.
 *
 * <p>A <em>superior</em> of actor v is the source of an incoming tie on the line (command),
 * ownership (equity) or cross-cutting (coordination) axis; v is <em>under authority</em> when it
 * has one. v has <em>unity of command</em> when exactly one distinct actor is its superior across
 * the three axes, and holds <em>dual authority</em> when a line-or-ownership superior and a
 * cross-cutting superior are different actors. Guidance (functional) and supervision (oversight)
 * make no superior; ties of a type the codebook does not know are ignored.
 *
 * <p>Ratios: unity of command = single-superior actors / actors under authority, dual authority
 * ratio = dual-authority actors / actors under authority, both 0 when no actor is under authority
 * (cf. Fayol's unity of command, and the matrix organisation of Galbraith 1971, "Matrix
 * organization designs"). O(ties + actors) time and space.
 */
public final class DualAuthority {
    private static final int NONE = -1;
    private static final int SEVERAL = -2;

    private final BitSet under;
    private final BitSet holders;
    private final int single;
    private final int[] holderTies;

    private DualAuthority(int actors, TieTable tt, int[] tieIndices, IntFunction<Axis> axisOf) {
        int[] line = new int[actors];
        int[] cross = new int[actors];
        Arrays.fill(line, NONE);
        Arrays.fill(cross, NONE);
        for (int t : tieIndices) {
            Axis ax = axisOf.apply(t);
            int to = tt.to(t);
            if (ax == Axis.LINE || ax == Axis.OWNERSHIP) {
                line[to] = merge(line[to], tt.from(t));
            } else if (ax == Axis.CROSS_CUTTING) {
                cross[to] = merge(cross[to], tt.from(t));
            }
        }
        under = new BitSet(actors);
        holders = new BitSet(actors);
        int ones = 0;
        for (int a = 0; a < actors; a++) {
            boolean hasLine = line[a] != NONE;
            boolean hasCross = cross[a] != NONE;
            if (!hasLine && !hasCross) {
                continue;
            }
            under.set(a);
            if (hasLine && hasCross && (line[a] == SEVERAL || cross[a] == SEVERAL || line[a] != cross[a])) {
                holders.set(a);
            }
            if (line[a] != SEVERAL && cross[a] != SEVERAL && (!hasLine || !hasCross || line[a] == cross[a])) {
                ones++;
            }
        }
        single = ones;
        // the authority ties into each holder, holder by holder (ascending), each holder's in tie order
        int[] count = new int[actors + 1];
        for (int t : tieIndices) {
            if (isSuperiorAxis(axisOf.apply(t)) && holders.get(tt.to(t))) {
                count[tt.to(t) + 1]++;
            }
        }
        for (int a = 0; a < actors; a++) {
            count[a + 1] += count[a];
        }
        holderTies = new int[count[actors]];
        for (int t : tieIndices) {
            if (isSuperiorAxis(axisOf.apply(t)) && holders.get(tt.to(t))) {
                holderTies[count[tt.to(t)]++] = t;
            }
        }
    }

    /** The rule applied to the ties {@code tieIndices} of {@code kase}, tie types read from the case's codebook. */
    public static DualAuthority among(Case kase, int[] tieIndices) {
        TieTable tt = kase.ties();
        return new DualAuthority(kase.actors().size(), tt, tieIndices, t -> {
            TieType type = kase.codebook().tieType(tt.typeName(t));
            return type == null ? null : type.axis();
        });
    }

    /** The rule applied to the ties {@code tieIndices} of the resolved case (its axes already looked up). */
    public static DualAuthority among(CaseFacts f, int[] tieIndices) {
        return new DualAuthority(f.actorCount(), f.ties(), tieIndices, f::axis);
    }

    /** Whether {@code actor} (a code) holds dual authority. */
    public boolean holds(int actor) {
        return holders.get(actor);
    }

    /** The dual-authority holders, as bits by actor code (a copy). */
    public BitSet holders() {
        return (BitSet) holders.clone();
    }

    /** Codes of the actors under authority, ascending. */
    public int[] underAuthority() {
        return under.stream().toArray();
    }

    /**
     * Indices of the line, ownership and cross-cutting ties into the holders: holder by holder
     * (ascending code), each holder's in the order given — the evidence of the rule.
     */
    public int[] holderTies() {
        return holderTies.clone();
    }

    /** The counts and ratios of the rule. */
    public AuthorityMetrics metrics() {
        int n = under.cardinality();
        int dual = holders.cardinality();
        return new AuthorityMetrics(n, single, dual, n == 0 ? 0 : (double) single / n, n == 0 ? 0 : (double) dual / n);
    }

    private static boolean isSuperiorAxis(Axis ax) {
        return ax == Axis.LINE || ax == Axis.OWNERSHIP || ax == Axis.CROSS_CUTTING;
    }

    /** NONE yet, the superior when there is one, SEVERAL when there are different ones. */
    private static int merge(int current, int superior) {
        return current == NONE || current == superior ? superior : SEVERAL;
    }
}
