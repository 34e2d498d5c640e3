package org.glassbox.core.analysis.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasureTest;
import org.glassbox.core.analysis.mechanism.TrajectoryType;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

class ModelRuleTest {

    static CaseAnalysis analyse(Codebook c) {
        return Glassbox.analyze(EmbeddingMeasureTest.embedded().phase("all", "2020", "2020").codebook(c).build(),
                AnalysisOptions.defaults());
    }

    @Test
    void scoresAreTheMeansOfTheSixComponents() {
        CaseAnalysis a = analyse(Codebook.defaults());
        // structure: network, unity 1, dual 0 → (m 0, a 1); reciprocity 1/3; co-decision 0.75; contract 0.75;
        // dominance 0.5; trajectory inter-embedded → (m 1, a 0)
        assertThat(a.phases().get(0).structure().type()).isEqualTo(StructureType.NETWORK);
        assertThat(a.trajectory().type()).isEqualTo(TrajectoryType.INTER_EMBEDDED);
        double market = (0 + 1.0 / 3 + 0.75 + 0.75 + 0.5 + 1) / 6;
        double admin = (1 + 2.0 / 3 + 0.25 + 0.25 + 0.5 + 0) / 6;
        assertThat(a.model().scores().get(ConstructionModel.MARKET)).isCloseTo(market, within(1e-12));
        assertThat(a.model().scores().get(ConstructionModel.ADMINISTRATIVE)).isCloseTo(admin, within(1e-12));
        assertThat(a.model().scores().get(ConstructionModel.HYBRID)).isCloseTo(1 - (market - admin), within(1e-12));
        assertThat(a.model().verdict()).isEqualTo(ConstructionModel.HYBRID);
        assertThat(a.model().rule()).isEqualTo("|market 0.56 − administrative 0.44| < 0.20");
    }

    @Test
    void theChainRunsStructureSubjectsMechanismModelWithIds() {
        ModelVerdict m = analyse(Codebook.defaults()).model();
        assertThat(m.evidence()).extracting(EvidenceLink::layer).containsExactly(EvidenceLayer.STRUCTURE, EvidenceLayer.SUBJECTS,
                EvidenceLayer.MECHANISM, EvidenceLayer.MECHANISM, EvidenceLayer.MECHANISM, EvidenceLayer.MECHANISM,
                EvidenceLayer.MECHANISM, EvidenceLayer.MODEL);
        EvidenceLink contract = m.evidence().get(3);
        assertThat(contract.evidence().eventIds()).containsExactly("ev1", "ev3", "ev4");
        assertThat(contract.evidence().tieIds()).containsExactly("t1", "t4");
        assertThat(contract.pointsTo()).isEqualTo("market");
        assertThat(m.evidence().get(0).pointsTo()).isEqualTo("administrative");
        assertThat(m.evidence().get(6).pointsTo()).isEqualTo("neutral");
        assertThat(m.evidence().get(7).evidence().thresholds()).containsEntry(ModelRule.MARGIN, 0.20);
    }

    @Test
    void aNarrowerMarginDecides() {
        CaseAnalysis a = analyse(Codebook.defaults().withThreshold(ModelRule.MARGIN, 0.1));
        assertThat(a.model().verdict()).isEqualTo(ConstructionModel.MARKET);
    }
}
