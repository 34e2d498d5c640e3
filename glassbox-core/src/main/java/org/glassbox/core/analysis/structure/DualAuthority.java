package org.glassbox.core.analysis.structure;

import java.util.Arrays;
import java.util.BitSet;
import org.glassbox.core.model.Axis;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.TieTable;
import org.glassbox.core.model.TieType;

/**
 * Which actors hold <em>dual authority</em> among a set of ties: an incoming tie on the line or
 * ownership axis plus an incoming cross-cutting tie from a <em>different</em> actor
 * (FRAMEWORK.md, suggested operationalisation; the rule {@link StructureAnalysis} counts).
 * Ties of a type the codebook does not know are ignored. O(ties + actors).
 */
public final class DualAuthority {
    private DualAuthority() {
    }

    /** The dual-authority actors (bits by actor code) among the ties {@code tieIndices} of the case. */
    public static BitSet among(Case kase, int[] tieIndices) {
        TieTable tt = kase.ties();
        int n = kase.actors().size();
        int[] line = new int[n];
        int[] cross = new int[n];
        Arrays.fill(line, NONE);
        Arrays.fill(cross, NONE);
        for (int t : tieIndices) {
            TieType type = kase.codebook().tieType(tt.typeName(t));
            if (type == null) {
                continue;
            }
            int to = tt.to(t);
            if (type.axis() == Axis.LINE || type.axis() == Axis.OWNERSHIP) {
                line[to] = merge(line[to], tt.from(t));
            } else if (type.axis() == Axis.CROSS_CUTTING) {
                cross[to] = merge(cross[to], tt.from(t));
            }
        }
        BitSet dual = new BitSet(n);
        for (int a = 0; a < n; a++) {
            if (line[a] != NONE && cross[a] != NONE && (line[a] == SEVERAL || cross[a] == SEVERAL || line[a] != cross[a])) {
                dual.set(a);
            }
        }
        return dual;
    }

    private static final int NONE = -1;
    private static final int SEVERAL = -2;

    /** NONE yet, the superior when there is one, SEVERAL when there are different ones. */
    private static int merge(int current, int superior) {
        return current == NONE || current == superior ? superior : SEVERAL;
    }
}
