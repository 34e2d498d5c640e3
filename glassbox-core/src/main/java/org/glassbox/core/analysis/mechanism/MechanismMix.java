package org.glassbox.core.analysis.mechanism;

import java.util.Objects;
import org.glassbox.core.model.Mechanism;

/**
 * The mix of mechanisms of a period's interaction events (coded mechanism, else the type's default;
 * {@code none} events are counted but left out of the shares). This is the only place mechanism
 * labels enter the analysis.
 *
 * @param dominant the mechanism with the largest share (ties broken administrative, market, collaborative); NONE without interaction events
 */
public record MechanismMix(int administrative, int market, int collaborative, int none, double administrativeShare,
                           double marketShare, double collaborativeShare, Mechanism dominant) {
    public MechanismMix {
        Objects.requireNonNull(dominant, "dominant");
    }

    public int interactions() {
        return administrative + market + collaborative;
    }
}
