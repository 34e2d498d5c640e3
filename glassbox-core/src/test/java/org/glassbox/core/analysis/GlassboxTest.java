package org.glassbox.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasureTest;
import org.glassbox.core.analysis.outcome.IndicatorSeries;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

class GlassboxTest {

    @Test
    void provenanceRecordsVersionCodebookHashThresholdsAndSeed() {
        CaseAnalysis a = Glassbox.analyze(EmbeddingMeasureTest.embedded().build(), AnalysisOptions.builder().glassboxVersion("9.9").build().withSeed(7));
        assertThat(a.provenance().glassboxVersion()).isEqualTo("9.9");
        assertThat(a.provenance().seed()).isEqualTo(7);
        Codebook cb = org.glassbox.core.analysis.outcome.ModelRuleTest.eventsOnly(Codebook.defaults());
        assertThat(a.provenance().codebookSha256()).isEqualTo(CodebookHash.sha256(cb)).hasSize(64);
        assertThat(a.provenance().thresholds()).isEqualTo(cb.thresholds());
        assertThat(a.provenance().phaseSource()).isEqualTo("detected");
    }

    @Test
    void overridesChangeTheHashAndUnknownOnesAreRefused() {
        CaseAnalysis a = Glassbox.analyze(EmbeddingMeasureTest.embedded().build(), AnalysisOptions.defaults()
                .withThresholdOverrides(Map.of("model.decisive_margin_min", 0.1)));
        assertThat(a.provenance().thresholds()).containsEntry("model.decisive_margin_min", 0.1);
        assertThat(a.provenance().codebookSha256()).isNotEqualTo(CodebookHash.sha256(Codebook.defaults()));
        assertThatThrownBy(() -> Glassbox.analyze(EmbeddingMeasureTest.embedded().build(), AnalysisOptions.defaults()
                .withThresholdOverrides(Map.of("no.such", 1.0)))).hasMessageContaining("no threshold named no.such");
    }

    @Test
    void anUnknownThresholdIsATypedErrorNamingItAndTheKnownOnes() {
        AnalysisOptions o = AnalysisOptions.builder().threshold("model.decisive_margin_min", 0.1)
                .threshold("structure.matrix.dual_authority", 0.2).build();
        assertThatThrownBy(() -> Glassbox.analyze(EmbeddingMeasureTest.embedded().build(), o))
                .isInstanceOfSatisfying(UnknownThresholdException.class, e -> {
                    assertThat(e.name()).isEqualTo("structure.matrix.dual_authority");
                    assertThat(e.known()).containsExactlyElementsOf(Codebook.defaults().thresholds().keySet())
                            .contains("structure.matrix.dual_authority_min");
                });
    }

    @Test
    void theBuilderStartsFromTheDefaultsAndTheBuildVersion() {
        AnalysisOptions d = AnalysisOptions.defaults();
        assertThat(d).isEqualTo(AnalysisOptions.builder().build());
        assertThat(d.glassboxVersion()).isEqualTo(Glassbox.version()).doesNotContain("${").isNotBlank();
        assertThat(d.phaseSource()).isEqualTo(PhaseSource.AUTO);
        assertThat(d.changePointPenalty()).isNull();
        assertThat(d.minPhaseEvents()).isEqualTo(8);
        assertThat(d.seed()).isEqualTo(1L);
        assertThat(d.thresholdOverrides()).isEmpty();
        assertThat(d.sensitivity()).isFalse();
        AnalysisOptions o = AnalysisOptions.builder().phaseSource(PhaseSource.DETECTED).seed(7).minPhaseEvents(3)
                .threshold("a", 1).threshold("b", 2).sensitivity(true).build();
        assertThat(o.thresholdOverrides().keySet()).containsExactly("a", "b");
        assertThat(o.toBuilder().build()).isEqualTo(o);
        assertThat(o.withSeed(9).seed()).isEqualTo(9);
        assertThat(o.withSeed(9).minPhaseEvents()).isEqualTo(3);
        assertThatThrownBy(() -> AnalysisOptions.builder().minPhaseEvents(0).build()).hasMessageContaining("minPhaseEvents");
    }

    @Test
    void codebookHashIgnoresOrderButNotContent() {
        Codebook c = Codebook.defaults();
        Codebook same = Codebook.empty().extend(c);
        assertThat(CodebookHash.sha256(same)).isEqualTo(CodebookHash.sha256(c));
        assertThat(CodebookHash.canonical(c)).contains("threshold structure.matrix.dual_authority_min 0.3\n");
        assertThat(CodebookHash.sha256(c.withThreshold("structure.matrix.dual_authority_min", 0.31)))
                .isNotEqualTo(CodebookHash.sha256(c));
    }

    @Test
    void analysisIsDeterministic() {
        CaseAnalysis a = Glassbox.analyze(EmbeddingMeasureTest.embedded().build(), AnalysisOptions.defaults());
        CaseAnalysis b = Glassbox.analyze(EmbeddingMeasureTest.embedded().build(), AnalysisOptions.defaults());
        assertThat(b).isEqualTo(a);
    }

    @Test
    void indicatorsAreSetAgainstThePhases() {
        CaseAnalysis a = Glassbox.analyze(CaseFixture.of().actor("g", "government")
                .event("e1", "2018-03", "plan", "g", "", "").event("e2", "2020-03", "plan", "g", "", "")
                .phase("p1", "2018", "2018").phase("p2", "2019", "2020")
                .indicator("2018", "online", 10).indicator("2019", "online", 20).indicator("2020", "online", 40)
                .build(), AnalysisOptions.defaults());
        IndicatorSeries s = a.indicators().get(0);
        assertThat(s.points()).extracting(p -> p.phaseId()).containsExactly("p1", "p2", "p2");
        assertThat(s.boundaries().get(0).meanBefore()).isEqualTo(10.0);
        assertThat(s.boundaries().get(0).meanAfter()).isEqualTo(30.0);
        assertThat(s.boundaries().get(0).change()).isEqualTo(20.0);
    }

    @Test
    void comparisonStatesDifferencesAndAgreementsInWords() {
        Codebook thin = org.glassbox.core.analysis.outcome.ModelRuleTest.thin(Codebook.defaults());
        CaseAnalysis a = Glassbox.analyze(EmbeddingMeasureTest.embedded().phase("all", "2020", "2020").codebook(thin).build(), AnalysisOptions.defaults());
        CaseAnalysis b = Glassbox.analyze(EmbeddingMeasureTest.embedded().phase("all", "2020", "2020")
                .codebook(thin.withThreshold("model.decisive_margin_min", 0.1)).build(), AnalysisOptions.defaults());
        Comparison c = Glassbox.compare(List.of(a, b));
        assertThat(c.cases()).hasSize(2);
        assertThat(c.differences()).extracting(Difference::aspect).containsExactly("model.verdict");
        assertThat(c.differences().get(0).statement()).isEqualTo("Fixture's construction model is hybrid; Fixture's construction model is market.");
        assertThat(c.agreements()).contains("All 2 cases share the late structure network.");
    }

    @Test
    void emptyCaseGivesNoPhasesAndAHybridWithoutEvidence() {
        CaseAnalysis a = Glassbox.analyze(CaseFixture.of().actor("g", "government").build(), AnalysisOptions.defaults());
        assertThat(a.years()).isEmpty();
        assertThat(a.phases()).isEmpty();
        assertThat(a.model().rule()).startsWith("no phase");
    }
}
