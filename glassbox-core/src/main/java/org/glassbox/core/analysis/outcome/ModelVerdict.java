package org.glassbox.core.analysis.outcome;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.model.Frozen;

/**
 * The construction model of a case, read from its late stage ({@link LateStage}).
 *
 * @param verdict    the model, or null when {@code status} is undetermined
 * @param scores     a score in [0, 1] per model (administrative, market, hybrid)
 * @param rule       the rule that fired, with its comparison
 * @param thresholds the codebook thresholds read
 * @param evidence   the chain structure → subjects → mechanism → model
 * @param status     {@code decided}, or {@code undetermined} when even all phases pooled are below the minimum
 * @param leaning    the model the scores point to (equal to the verdict when decided)
 * @param reason     why the verdict is decided on this stage, or why it is undetermined
 * @param late       the phases read and their weight; null when the case has no phase
 * @param phases     the model per phase, beside the verdict
 */
public record ModelVerdict(ConstructionModel verdict, Map<ConstructionModel, Double> scores, String rule,
                           Map<String, Double> thresholds, List<EvidenceLink> evidence, VerdictStatus status,
                           ConstructionModel leaning, String reason, LateStage late, List<PhaseModel> phases) {
    public ModelVerdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leaning, "leaning");
        Objects.requireNonNull(reason, "reason");
        if ((status == VerdictStatus.DECIDED) != (verdict != null)) {
            throw new IllegalArgumentException("verdict must be given exactly when status is decided, was " + verdict + " with " + status);
        }
        if (verdict != null && verdict != leaning) {
            throw new IllegalArgumentException("a decided verdict " + verdict + " must equal its leaning " + leaning);
        }
        scores = Frozen.map(scores);
        thresholds = Frozen.map(thresholds);
        evidence = Frozen.list(evidence);
        phases = Frozen.list(phases);
    }

    /** A decided verdict without late stage or per-phase models (made by hand). */
    public ModelVerdict(ConstructionModel verdict, Map<ConstructionModel, Double> scores, String rule,
                        Map<String, Double> thresholds, List<EvidenceLink> evidence) {
        this(Objects.requireNonNull(verdict, "verdict"), scores, rule, thresholds, evidence, VerdictStatus.DECIDED, verdict,
                rule, null, List.of());
    }

    /** Whether a model is issued. */
    public boolean decided() {
        return status == VerdictStatus.DECIDED;
    }

    /** The verdict's word, or {@code undetermined}. */
    public String word() {
        return decided() ? verdict.word() : "undetermined";
    }
}
