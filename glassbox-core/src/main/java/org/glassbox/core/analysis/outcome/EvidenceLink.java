package org.glassbox.core.analysis.outcome;

import java.util.Objects;
import org.glassbox.core.analysis.Evidence;

/**
 * One link of the evidence chain: the layer it belongs to, what it points to ({@code administrative}
 * or {@code market}, or {@code neutral}), and its evidence (metric values, thresholds, event and tie ids).
 */
public record EvidenceLink(EvidenceLayer layer, String pointsTo, Evidence evidence) {
    public EvidenceLink {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(pointsTo, "pointsTo");
        Objects.requireNonNull(evidence, "evidence");
    }
}
