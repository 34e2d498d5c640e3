package org.glassbox.core.analysis.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasureTest;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

class ThresholdSensitivityTest {

    @Test
    void listsTheVerdictsThatFlipWhenAThresholdMoves() {
        // market − administrative = 0.111: the margin 0.20 moved −20 % is 0.16, still above; but the
        // contract-strength floor 0.30 → 0.36 keeps inter-embedded (0.75); co-decision etc. do not move.
        CaseAnalysis a = Glassbox.analyze(EmbeddingMeasureTest.embedded().phase("all", "2020", "2020")
                        .codebook(org.glassbox.core.analysis.outcome.ModelRuleTest.thin(Codebook.defaults())).build(),
                AnalysisOptions.defaults().withSensitivity(true));
        SensitivityReport r = a.sensitivity();
        assertThat(r.step()).isEqualTo(0.2);
        assertThat(r.runs()).hasSize(2 * Codebook.defaults().thresholds().size());
        ThresholdRun endDown = r.runs().stream().filter(t -> t.threshold().equals("embedding.inter_embedded_end_min")
                && t.value() > t.baseValue()).findFirst().orElseThrow();
        // index 0.472 < 0.40 × 1.2 = 0.48: inter-embedded becomes embedded, and the model's trajectory component halves
        assertThat(endDown.value()).isEqualTo(0.48);
        assertThat(endDown.flips()).extracting(VerdictFlip::verdict).contains("embedding.trajectory");
        assertThat(endDown.flips()).filteredOn(f -> f.verdict().equals("embedding.trajectory"))
                .extracting(VerdictFlip::from, VerdictFlip::to).containsExactly(org.assertj.core.groups.Tuple.tuple("inter-embedded", "embedded"));
        assertThat(r.fragile()).contains("embedding.trajectory");
        ThresholdRun window = r.runs().stream().filter(t -> t.threshold().equals("formalism.burst_window_days")).findFirst().orElseThrow();
        assertThat(window.flips()).isEmpty();
    }

    @Test
    void noSensitivityUnlessAsked() {
        CaseAnalysis a = Glassbox.analyze(EmbeddingMeasureTest.embedded().build(), AnalysisOptions.defaults());
        assertThat(a.sensitivity()).isNull();
    }
}
