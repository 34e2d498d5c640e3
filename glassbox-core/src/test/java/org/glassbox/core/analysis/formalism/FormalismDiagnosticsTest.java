package org.glassbox.core.analysis.formalism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.CaseFixture;
import org.junit.jupiter.api.Test;

class FormalismDiagnosticsTest {

    static CaseFixture fixture() {
        return CaseFixture.of()
                .actor("g", "government").actor("d", "government").actor("p", "public").actor("v", "private-enterprise")
                .event("f4", "2016-01", "problem-report", "g", "", "", "model:y", "")
                .event("f1", "2018-01", "needs-assessment", "g", "", "p", "platform:app", "")
                .event("f5", "2019-03", "model-adopted", "g", "", "", "model:y", "")
                .copied("f2", "2019-06", "model-adopted", "g", "platform:app", "Province Z")
                .event("f3", "2019-07", "model-adopted", "g", "", "", "model:x", "")
                .event("L1", "2019-08-10", "platform-launch", "g", "", "", "platform:app", "")
                .event("L2", "2019-09-05", "platform-launch", "d", "", "", "platform:dept", "")
                .event("L3", "2019-09-10", "platform-launch", "g", "", "", "platform:other", "")
                .event("A1", "2019-09-20", "assessment", "g", "d", "")
                .event("F1", "2019-10", "feedback", "p", "g", "", "platform:app", "")
                .event("I1", "2020-05", "integration", "g", "", "", "platform:other;platform:app", "");
    }

    @Test
    void copyWithoutDiagnosisLooksBack24MonthsAtTheSameObject() {
        Diagnostic d = FormalismDiagnostics.copyWithoutDiagnosis(fixture().facts());
        assertThat(d.id()).isEqualTo("copy-without-diagnosis");
        assertThat(d.flagged()).containsExactly("f5", "f3");
        assertThat(d.score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(d.windows()).containsEntry("formalism.diagnosis_lookback_months", 24.0);
    }

    @Test
    void longerLookBackFindsTheOldDiagnosis() {
        CaseFixture fx = fixture();
        fx.codebook(org.glassbox.core.model.Codebook.defaults().withThreshold("formalism.diagnosis_lookback_months", 48));
        assertThat(FormalismDiagnostics.copyWithoutDiagnosis(fx.facts()).flagged()).containsExactly("f3");
    }

    @Test
    void platformProliferationFlagsUnusedAndDuplicatedPlatforms() {
        Diagnostic d = FormalismDiagnostics.platformProliferation(fixture().facts());
        assertThat(d.flagged()).containsExactly("L2", "L3");
        assertThat(d.score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(d.metrics()).containsEntry("platformsLaunched", 3.0).containsEntry("mergedAsDuplicates", 1.0)
                .containsEntry("withoutEvidenceOfUse", 2.0);
    }

    @Test
    void burstsCompareTheRateBeforeAssessmentsWithTheBaseline() {
        Diagnostic d = FormalismDiagnostics.assessmentDrivenBursts(fixture().facts());
        assertThat(d.flagged()).containsExactly("L2", "L3");
        assertThat(d.metrics()).containsEntry("deliveriesInWindows", 2.0).containsEntry("deliveriesOutside", 2.0)
                .containsEntry("windowDays", 31.0);
        double days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2016, 1, 1), java.time.LocalDate.of(2020, 6, 1));
        double r = (2 / 31.0) / (2 / (days - 31));
        assertThat(d.score()).isCloseTo((r - 1) / (r + 1), within(1e-12));
    }

    @Test
    void peopleCentrednessIsTheShareWithoutThePublic() {
        CaseFacts f = fixture().facts();
        Diagnostic d = FormalismDiagnostics.peopleCentredness(f);
        assertThat(d.score()).isCloseTo(9.0 / 11, within(1e-12));
        assertThat(d.flagged()).containsExactly("L1", "L2", "L3", "I1");
    }

    @Test
    void emptyCaseHasNoSymptoms() {
        FormalismReport r = FormalismDiagnostics.of(CaseFixture.of().actor("g", "government").facts());
        assertThat(r.diagnostics()).extracting(Diagnostic::id).containsExactly("copy-without-diagnosis",
                "platform-proliferation", "assessment-driven-bursts", "people-centredness");
        assertThat(r.diagnostics()).allSatisfy(d -> assertThat(d.score()).isZero());
    }
}
