package org.glassbox.core.analysis.mechanism;

import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.Mechanism;

/**
 * Counts a period's events by resolved mechanism (coded, else the type's default). Shares are of
 * the interaction events (administrative + market + collaborative); {@code none} events are
 * counted apart. Dominant: the largest share, ties broken administrative, market, collaborative;
 * NONE when there is no interaction event. O(events).
 */
public final class MechanismCount {
    private MechanismCount() {
    }

    public static MechanismMix of(CaseFacts f, int[] events) {
        int[] c = new int[Mechanism.values().length];
        for (int i : events) {
            c[f.mechanismOrdinal(i)]++;
        }
        int adm = c[Mechanism.ADMINISTRATIVE.ordinal()];
        int mkt = c[Mechanism.MARKET.ordinal()];
        int col = c[Mechanism.COLLABORATIVE.ordinal()];
        int tot = adm + mkt + col;
        Mechanism dom = Mechanism.NONE;
        if (tot > 0) {
            dom = Mechanism.ADMINISTRATIVE;
            int best = adm;
            if (mkt > best) {
                dom = Mechanism.MARKET;
                best = mkt;
            }
            if (col > best) {
                dom = Mechanism.COLLABORATIVE;
            }
        }
        return new MechanismMix(adm, mkt, col, c[Mechanism.NONE.ordinal()], tot == 0 ? 0 : (double) adm / tot,
                tot == 0 ? 0 : (double) mkt / tot, tot == 0 ? 0 : (double) col / tot, dom);
    }
}
