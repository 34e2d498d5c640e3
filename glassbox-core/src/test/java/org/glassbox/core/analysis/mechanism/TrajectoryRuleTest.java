package org.glassbox.core.analysis.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

class TrajectoryRuleTest {
    final Codebook c = Codebook.defaults();

    /** A phase with 20 government–enterprise events (above the default minimum of 10), one of them an enterprise initiative. */
    static EmbeddingMetrics m(double index, double dominance, double contract) {
        return m(index, dominance, contract, 20);
    }

    /** A phase whose index parts reach their default minimums (5 initiations, 5 decision events, 3 dyads). */
    static EmbeddingMetrics m(double index, double dominance, double contract, int governmentEnterpriseEvents) {
        return new EmbeddingMetrics(4, 1, 0, 5, 0, 0, 3, 0, governmentEnterpriseEvents, 0, contract, 0, dominance, index,
                Evidence.of("test"), EmbeddingIds.none());
    }

    static EmbeddingTrajectory run(Codebook c, EmbeddingMetrics... ms) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ms.length; i++) {
            ids.add("p" + (i + 1));
        }
        return TrajectoryRule.classify(ids, List.of(ms), c);
    }

    @Test
    void neverEmbeddedWhenThePeakStaysLow() {
        assertThat(run(c, m(0.1, 0.9, 0), m(0.19, 0.9, 0)).type()).isEqualTo(TrajectoryType.NEVER_EMBEDDED);
    }

    @Test
    void deEmbeddedWhenItFallsAsDominanceRises() {
        EmbeddingTrajectory t = run(c, m(0.6, 0.2, 0.7), m(0.5, 0.4, 0.5), m(0.45, 0.8, 0.2));
        assertThat(t.type()).isEqualTo(TrajectoryType.DE_EMBEDDED);
        assertThat(t.peak()).isEqualTo(0.6);
        assertThat(t.end()).isEqualTo(0.45);
        assertThat(t.rule()).startsWith("index falls 0.15 ≥ 0.15 from its peak 0.60 in p1");
    }

    @Test
    void aFallWithoutRisingDominanceIsNotDeEmbeddingNorStable() {
        EmbeddingTrajectory t = run(c, m(0.6, 0.5, 0.7), m(0.3, 0.4, 0.1));
        assertThat(t.status()).isEqualTo(VerdictStatus.UNDETERMINED);
        assertThat(t.word()).isEqualTo("undetermined");
        assertThat(t.type()).as("leaning").isEqualTo(TrajectoryType.DE_EMBEDDED);
        assertThat(t.rule()).contains("does not rise (0.50 → 0.40)");
    }

    @Test
    void aCollapsingIndexIsNeverEmbeddedByAFallThrough() {
        // issue 11: 0.41 → 0.03 with dominance falling used to reach "embedded" as the rule of last resort
        EmbeddingTrajectory t = run(c, m(0.41, 0.3, 0.5), m(0.03, 0.1, 0.0));
        assertThat(t.type()).isNotEqualTo(TrajectoryType.EMBEDDED);
        assertThat(t.decided()).isFalse();
        // the same collapse under rising dominance is de-embedding, decided
        EmbeddingTrajectory d = run(c, m(0.41, 0.3, 0.5), m(0.03, 0.9, 0.0));
        assertThat(d.decided()).isTrue();
        assertThat(d.type()).isEqualTo(TrajectoryType.DE_EMBEDDED);
    }

    @Test
    void embeddedOnlyWhenTheIndexStaysAndSaysWhyNotInterEmbedded() {
        EmbeddingTrajectory t = run(c, m(0.5, 0.5, 0.2), m(0.45, 0.3, 0.1));
        assertThat(t.decided()).isTrue();
        assertThat(t.type()).isEqualTo(TrajectoryType.EMBEDDED);
        assertThat(t.rule()).startsWith("stable: peak 0.50").contains("end below start 0.50", "contract strength 0.10 < 0.30");
    }

    @Test
    void phasesBelowTheMinimumDoNotVoteAndAreNamed() {
        // p2 has 4 government–enterprise events: it does not vote; p1 → p3 is read
        EmbeddingTrajectory t = run(c, m(0.3, 0.5, 0.2), m(0.02, 0.0, 0.0, 4), m(0.45, 0.3, 0.5));
        assertThat(t.skipped()).containsExactly("p2");
        assertThat(t.decided()).isTrue();
        assertThat(t.type()).isEqualTo(TrajectoryType.INTER_EMBEDDED);
        assertThat(t.end()).isEqualTo(0.45);
        assertThat(t.rule()).contains("skipped as insufficient: p2 (4 government–enterprise events < 10)");
    }

    @Test
    void aLastPhaseBelowTheMinimumLeavesTheEndUnknown() {
        // p3 has 4 government–enterprise events: its collapse does not vote, and p1 → p2 is not the case's end
        EmbeddingTrajectory t = run(c, m(0.3, 0.5, 0.2), m(0.45, 0.3, 0.5), m(0.02, 0.0, 0.0, 4));
        assertThat(t.skipped()).containsExactly("p3");
        assertThat(t.decided()).isFalse();
        assertThat(t.type()).isEqualTo(TrajectoryType.INTER_EMBEDDED);
        assertThat(t.rule()).startsWith("insufficient: the last phase p3 does not vote")
                .contains("skipped as insufficient: p3 (4 government–enterprise events < 10)", "leaning inter-embedded");
    }

    @Test
    void noPhaseWithEnoughEventsIsUndeterminedWithALeaning() {
        EmbeddingTrajectory t = run(c, m(0.6, 0.2, 0.7, 3), m(0.1, 0.9, 0.0, 2));
        assertThat(t.decided()).isFalse();
        assertThat(t.skipped()).containsExactly("p1", "p2");
        assertThat(t.type()).isEqualTo(TrajectoryType.DE_EMBEDDED);
        assertThat(t.rule()).startsWith("insufficient: no phase has 10 government–enterprise events");
        // with the minimum lowered to 2 both phases vote and the verdict is issued
        EmbeddingTrajectory lowered = run(c.withThreshold(org.glassbox.core.analysis.EvidenceWeights.GE_EVENTS_MIN, 2),
                m(0.6, 0.2, 0.7, 3), m(0.1, 0.9, 0.0, 2));
        assertThat(lowered.decided()).isTrue();
        assertThat(lowered.type()).isEqualTo(TrajectoryType.DE_EMBEDDED);
    }

    @Test
    void interEmbeddedWhenItEndsHighUnderStrongContracts() {
        assertThat(run(c, m(0.3, 0.5, 0.2), m(0.4, 0.3, 0.3)).type()).isEqualTo(TrajectoryType.INTER_EMBEDDED);
        assertThat(run(c, m(0.3, 0.5, 0.2), m(0.4, 0.3, 0.29)).type()).isEqualTo(TrajectoryType.EMBEDDED);
        assertThat(run(c, m(0.5, 0.5, 0.2), m(0.45, 0.3, 0.9)).type()).isEqualTo(TrajectoryType.EMBEDDED);
        assertThat(run(c, m(0.3, 0.5, 0.2), m(0.4, 0.3, 0.29)).rule()).contains("not inter-embedded: contract strength 0.29 < 0.30");
    }

    @Test
    void noPhaseIsUndeterminedLeaningNeverEmbedded() {
        assertThat(run(c).type()).isEqualTo(TrajectoryType.NEVER_EMBEDDED);
        assertThat(run(c).decided()).isFalse();
    }
}
