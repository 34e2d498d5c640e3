package org.glassbox.core.analysis.outcome;

import java.util.Objects;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.ProcessTest;

/**
 * One link of the evidence chain: the layer it belongs to, what it points to ({@code administrative}
 * or {@code market}, or {@code neutral}), its evidence (metric values, thresholds, event and tie ids)
 * and the process-tracing test it is (hoop, smoking gun or straw in the wind, with whether it passed;
 * docs/methods.md, "Process-tracing tests").
 *
 * @param test the test this link is; null for a link that is context or the verdict itself
 */
public record EvidenceLink(EvidenceLayer layer, String pointsTo, Evidence evidence, ProcessTest test) {
    public EvidenceLink {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(pointsTo, "pointsTo");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A link that is not a test (made by hand, or context). */
    public EvidenceLink(EvidenceLayer layer, String pointsTo, Evidence evidence) {
        this(layer, pointsTo, evidence, null);
    }

    /** A copy with other evidence (the passages attached). */
    public EvidenceLink withEvidence(Evidence other) {
        return new EvidenceLink(layer, pointsTo, other, test);
    }
}
