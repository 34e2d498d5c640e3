package org.glassbox.core.analysis.mechanism;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

class TrajectoryRuleTest {
    final Codebook c = Codebook.defaults();

    static EmbeddingMetrics m(double index, double dominance, double contract) {
        return new EmbeddingMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, contract, 0, dominance, index, Evidence.of("test"),
                EmbeddingIds.none());
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
    void aFallWithoutRisingDominanceIsNotDeEmbedding() {
        assertThat(run(c, m(0.6, 0.5, 0.7), m(0.3, 0.4, 0.1)).type()).isEqualTo(TrajectoryType.EMBEDDED);
    }

    @Test
    void interEmbeddedWhenItEndsHighUnderStrongContracts() {
        assertThat(run(c, m(0.3, 0.5, 0.2), m(0.4, 0.3, 0.3)).type()).isEqualTo(TrajectoryType.INTER_EMBEDDED);
        assertThat(run(c, m(0.3, 0.5, 0.2), m(0.4, 0.3, 0.29)).type()).isEqualTo(TrajectoryType.EMBEDDED);
        assertThat(run(c, m(0.5, 0.5, 0.2), m(0.45, 0.3, 0.9)).type()).isEqualTo(TrajectoryType.EMBEDDED);
    }

    @Test
    void noPhaseIsNeverEmbedded() {
        assertThat(run(c).type()).isEqualTo(TrajectoryType.NEVER_EMBEDDED);
    }
}
