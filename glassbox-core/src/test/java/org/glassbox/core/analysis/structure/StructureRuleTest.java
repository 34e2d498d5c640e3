package org.glassbox.core.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

class StructureRuleTest {
    final Codebook c = Codebook.defaults();

    @Test
    void rulesFireInOrderAtTheirThresholds() {
        assertThat(StructureRule.classify(5, 0.30, 0.5, 5.0, c).type()).isEqualTo(StructureType.MATRIX);
        assertThat(StructureRule.classify(5, 0.29, 0.5, 1.0, c).type()).isEqualTo(StructureType.NETWORK);
        assertThat(StructureRule.classify(5, 0.14, 0.80, 0.99, c).type()).isEqualTo(StructureType.LINEAR_FUNCTIONAL);
        assertThat(StructureRule.classify(5, 0.15, 0.80, 0.99, c).type()).isEqualTo(StructureType.UNCLASSIFIED);
        assertThat(StructureRule.classify(5, 0.10, 0.79, 0.99, c).type()).isEqualTo(StructureType.UNCLASSIFIED);
        assertThat(StructureRule.classify(0, 0.5, 0.5, 0.5, c).type()).isEqualTo(StructureType.UNCLASSIFIED);
    }

    @Test
    void thresholdsComeFromTheCodebook() {
        Codebook strict = c.withThreshold(StructureRule.MATRIX_DUAL_MIN, 0.5);
        assertThat(StructureRule.classify(5, 0.4, 0.5, 0.1, strict).type()).isEqualTo(StructureType.UNCLASSIFIED);
        assertThat(StructureRule.classify(5, 0.4, 0.5, 0.1, c).rule()).isEqualTo("dualAuthorityRatio 0.40 ≥ 0.30");
    }
}
