package org.glassbox.core.analysis.formalism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.Codebook;
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
                .event("I1", "2020-05", "integration", "g", "", "", "platform:other;platform:app", "")
                .object("platform:app", "public").object("platform:dept", "government").object("platform:other", "public");
    }

    private static long days(String from, String toExclusive) {
        return ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(toExclusive));
    }

    @Test
    void copyWithoutDiagnosisLooksBack24MonthsAtTheSameObject() {
        Diagnostic d = FormalismDiagnostics.copyWithoutDiagnosis(fixture().facts());
        assertThat(d.id()).isEqualTo("copy-without-diagnosis");
        assertThat(d.status()).isEqualTo(Diagnostic.Status.ASSESSED);
        assertThat(d.flagged()).containsExactly("f5", "f3");
        assertThat(d.score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(d.coverage()).isEqualTo(new Coverage("adoptions", 3, 3, 0));
        assertThat(d.windows()).containsEntry("formalism.diagnosis_lookback_months", 24.0);
    }

    @Test
    void anAdoptionWhoseLookBackStartsBeforeTheCodedPeriodIsNotJudgedUnlessADiagnosisIsFound() {
        CaseFixture fx = fixture();
        fx.codebook(Codebook.defaults().withThreshold("formalism.diagnosis_lookback_months", 48));
        Diagnostic d = FormalismDiagnostics.copyWithoutDiagnosis(fx.facts());
        // the events start in 2016-01: f3's 48 months reach 2015-07, unseen; f5's reach f4 (2016-01), a diagnosis
        assertThat(d.flagged()).isEmpty();
        assertThat(d.coverage()).isEqualTo(new Coverage("adoptions", 3, 2, 0));
        assertThat(d.metrics()).containsEntry("lookBackBeforeCodedPeriod", 1.0);
        assertThat(d.score()).isZero();
        // a coded period from 2014 covers the look-back: f3 is judged, and flagged
        Diagnostic coded = FormalismDiagnostics.copyWithoutDiagnosis(fx.period(2014, 2020).facts());
        assertThat(coded.flagged()).containsExactly("f3");
        assertThat(coded.coverage().judged()).isEqualTo(3);
    }

    @Test
    void anAdoptionNamingNoObjectCannotBeJudged() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").period(2010, 2020)
                .event("a", "2019-03", "model-adopted", "g", "", "");
        Diagnostic d = FormalismDiagnostics.copyWithoutDiagnosis(fx.facts());
        assertThat(d.status()).isEqualTo(Diagnostic.Status.NOT_ASSESSABLE);
        assertThat(d.score()).isNull();
        assertThat(d.coverage().uncertain()).isEqualTo(1);
        assertThat(d.explanation()).contains("not assessable", "judged 0 of 1 adoptions", "1 naming no object");
    }

    @Test
    void platformProliferationFlagsPlatformsUnusedByTheirAudienceAndDuplicates() {
        Diagnostic d = FormalismDiagnostics.platformProliferation(fixture().facts());
        assertThat(d.flagged()).containsExactly("L2", "L3");
        assertThat(d.score()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(d.metrics()).containsEntry("platformsLaunched", 3.0).containsEntry("mergedAsDuplicates", 1.0)
                .containsEntry("withoutEvidenceOfUse", 2.0).containsEntry("audienceNotCoded", 0.0);
        assertThat(d.coverage().words()).isEqualTo("judged 3 of 3 platforms");
    }

    @Test
    void aPlatformWithoutACodedAudienceIsNotJudged() {
        CaseFixture fx = CaseFixture.of()
                .actor("g", "government").actor("d", "government").actor("p", "public")
                .event("L1", "2019-08-10", "platform-launch", "g", "", "", "platform:app", "")
                .event("L2", "2019-09-05", "platform-launch", "d", "", "", "platform:dept", "")
                .event("F1", "2019-10", "feedback", "p", "g", "", "platform:app", "")
                .object("platform:app", "public");
        Diagnostic d = FormalismDiagnostics.platformProliferation(fx.facts());
        assertThat(d.status()).isEqualTo(Diagnostic.Status.ASSESSED);
        assertThat(d.flagged()).isEmpty();
        assertThat(d.score()).isZero();
        assertThat(d.coverage()).isEqualTo(new Coverage("platforms", 2, 1, 0));
        assertThat(d.explanation()).contains("judged 1 of 2 platforms", "1 whose audience objects.csv does not code");
    }

    @Test
    void aCaseThatCodesNoUseOfAnyPlatformIsNotAssessableNotTheMaximum() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("v", "private-enterprise")
                .event("L1", "2019-08-10", "platform-launch", "g", "", "", "platform:app", "")
                .event("L2", "2019-09-05", "platform-launch", "g", "", "", "platform:hall", "")
                .event("U1", "2020-01", "upgrade", "v", "g", "", "platform:app", "")
                .object("platform:app", "public").object("platform:hall", "public");
        Diagnostic d = FormalismDiagnostics.platformProliferation(fx.facts());
        assertThat(d.status()).isEqualTo(Diagnostic.Status.NOT_ASSESSABLE);
        assertThat(d.score()).isNull();
        assertThat(d.flagged()).isEmpty();
        assertThat(d.explanation()).contains("codes no use of any platform");
        // without objects.csv at all, nothing is judged either
        Diagnostic uncoded = FormalismDiagnostics.platformProliferation(CaseFixture.of().actor("g", "government").actor("p", "public")
                .event("L1", "2019-08-10", "platform-launch", "g", "", "", "platform:app", "")
                .event("F1", "2019-10", "feedback", "p", "g", "", "platform:app", "").facts());
        assertThat(uncoded.status()).isEqualTo(Diagnostic.Status.NOT_ASSESSABLE);
        assertThat(uncoded.explanation()).contains("no launched platform has a coded audience");
    }

    @Test
    void governmentStaffUseAnInternalPlatformWhenTheyWorkWithItNotWhenItIsOrderedOrUpgraded() {
        CaseFixture base = CaseFixture.of().actor("bdb", "government").actor("hrss", "government").actor("op", "state-owned-enterprise")
                .event("L1", "2019-01-10", "platform-launch", "bdb", "", "", "platform:data", "")
                .event("L2", "2019-01-12", "platform-launch", "bdb", "", "", "platform:portal", "")
                .event("D1", "2019-03", "directive", "bdb", "hrss", "", "platform:data", "")
                .event("U1", "2019-06", "upgrade", "op", "bdb", "", "platform:data", "")
                .event("S1", "2019-05", "data-sharing", "hrss", "", "", "platform:portal", "")
                .object("platform:data", "government").object("platform:portal", "government");
        Diagnostic d = FormalismDiagnostics.platformProliferation(base.facts());
        assertThat(d.flagged()).containsExactly("L1");
        assertThat(d.score()).isCloseTo(0.5, within(1e-12));
        Diagnostic used = FormalismDiagnostics.platformProliferation(
                base.event("S2", "2019-07", "data-sharing", "hrss", "", "bdb", "platform:data", "").facts());
        assertThat(used.flagged()).isEmpty();
    }

    @Test
    void aServiceBuiltOnInfrastructureIsItsUseNotItsDuplicate() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("p", "public")
                .event("L1", "2018-01-10", "platform-launch", "g", "", "", "platform:cloud", "")
                .event("L2", "2019-01-10", "platform-launch", "g", "", "", "platform:app", "")
                .event("I1", "2019-02", "integration", "g", "", "", "platform:app;platform:cloud", "")
                .event("F1", "2019-03", "feedback", "p", "g", "", "platform:app", "")
                .object("platform:cloud", "infrastructure").object("platform:app", "public");
        Diagnostic d = FormalismDiagnostics.platformProliferation(fx.facts());
        assertThat(d.flagged()).isEmpty();
        assertThat(d.metrics()).containsEntry("mergedAsDuplicates", 0.0).containsEntry("withoutEvidenceOfUse", 0.0);
    }

    @Test
    void anExemptLaunchIsNotFlaggedAndLeavesTheCount() {
        CaseFixture exempt = CaseFixture.of()
                .actor("g", "government").actor("d", "government").actor("p", "public")
                .event("L1", "2019-08-10", "platform-launch", "g", "", "", "platform:app", "")
                .event("L2", "2019-09-05", "platform-launch", "d", "", "", "platform:dept", "")
                .attribute("exempt", "platform-proliferation;people-centredness").attribute("coding_note", "a pilot closed by plan")
                .event("F1", "2019-10", "feedback", "p", "g", "", "platform:app", "")
                .object("platform:app", "public").object("platform:dept", "government");
        FormalismReport r = FormalismDiagnostics.of(new CaseFacts(exempt.build(), Codebook.defaults()));
        Diagnostic d = r.diagnostic("platform-proliferation");
        assertThat(d.flagged()).isEmpty();
        assertThat(d.coverage()).isEqualTo(new Coverage("platforms", 2, 1, 1));
        assertThat(d.coverage().words()).isEqualTo("judged 1 of 2 platforms, 1 exempt");
        assertThat(d.exemptions()).containsExactly(new Exemption("L2", "platform-proliferation", "a pilot closed by plan"));
        assertThat(r.diagnostic("people-centredness").flagged()).containsExactly("L1");
        assertThat(r.exemptions()).extracting(Exemption::diagnostic).containsExactly("platform-proliferation", "people-centredness");
    }

    @Test
    void burstsCompareTheRateBeforeAssessmentsWithTheBaseline() {
        Diagnostic d = FormalismDiagnostics.assessmentDrivenBursts(fixture().facts());
        assertThat(d.flagged()).containsExactly("L2", "L3");
        assertThat(d.metrics()).containsEntry("deliveriesInWindows", 2.0).containsEntry("deliveriesOutside", 2.0)
                .containsEntry("windowDays", 31.0);
        double span = days("2016-01-01", "2020-06-01");
        double r = (2 / 31.0) / (2 / (span - 31));
        assertThat(d.score()).isCloseTo((r - 1) / (r + 1), within(1e-12));
        assertThat(d.coverage()).isEqualTo(new Coverage("deliveries", 4, 4, 0));
    }

    @Test
    void anAssessmentKnownOnlyToTheMonthPlacesNoWindowAndADeliveryNearItIsUncertain() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("d", "government")
                .event("s", "2018-01-05", "plan", "g", "d", "")
                .event("A", "2018-09-20", "assessment", "g", "d", "")
                .event("M", "2019-09", "inspection", "g", "d", "")
                .event("in", "2018-09-10", "service-launch", "g", "", "")
                .event("month", "2018-09", "service-launch", "g", "", "")
                .event("near", "2019-09-05", "service-launch", "g", "", "")
                .event("o1", "2018-06-01", "service-launch", "g", "", "")
                .event("o2", "2020-03-01", "service-launch", "g", "", "");
        Diagnostic d = FormalismDiagnostics.assessmentDrivenBursts(fx.facts());
        assertThat(d.flagged()).containsExactly("in");
        assertThat(d.metrics()).containsEntry("windowDays", 31.0).containsEntry("deliveriesUncertain", 2.0)
                .containsEntry("deliveriesOutside", 2.0).containsEntry("assessments", 2.0);
        // the inspection of September 2019 could fall on any of its days: the 30 days before its first day to its end are uncertain
        double baseline = days("2018-01-05", "2020-03-02") - 31 - days("2019-08-02", "2019-10-01");
        assertThat(d.metrics().get("otherDays")).isCloseTo(baseline, within(1e-9));
        assertThat(d.coverage()).isEqualTo(new Coverage("deliveries", 5, 3, 0));
        assertThat(d.explanation()).contains("2 dated too coarsely to place");
    }

    @Test
    void anAssessmentKnownOnlyToTheYearFlagsNothingAndCannotBeAssessed() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("d", "government")
                .event("s", "2017-01-05", "plan", "g", "d", "")
                .event("A", "2019", "assessment", "g", "d", "")
                .event("x", "2019-06-01", "service-launch", "g", "", "")
                .event("o", "2017-06-01", "service-launch", "g", "", "");
        Diagnostic d = FormalismDiagnostics.assessmentDrivenBursts(fx.facts());
        assertThat(d.status()).isEqualTo(Diagnostic.Status.NOT_ASSESSABLE);
        assertThat(d.score()).isNull();
        assertThat(d.flagged()).isEmpty();
        assertThat(d.explanation()).contains("no assessment or inspection is dated precisely enough to place a 30-day window");
    }

    @Test
    void withNoBaselineDayOutsideTheWindowsTheScoreIsNullNotOne() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("d", "government")
                .event("x", "2019-09-01", "service-launch", "g", "", "")
                .event("y", "2019-09-10", "platform-launch", "g", "", "", "platform:a", "")
                .event("A", "2019-09-20", "assessment", "g", "d", "");
        Diagnostic d = FormalismDiagnostics.assessmentDrivenBursts(fx.facts());
        assertThat(d.metrics()).containsEntry("deliveriesInWindows", 2.0).containsEntry("otherDays", 0.0);
        assertThat(d.status()).isEqualTo(Diagnostic.Status.NOT_ASSESSABLE);
        assertThat(d.score()).isNull();
        assertThat(d.flagged()).isEmpty();
        assertThat(d.explanation()).contains("no baseline day outside the windows");
    }

    @Test
    void exemptDeliveriesAndAssessmentsLeaveTheBurstCounts() {
        CaseFixture fx = fixture();
        CaseFixture marked = CaseFixture.of()
                .actor("g", "government").actor("d", "government")
                .event("s", "2016-01", "plan", "g", "d", "")
                .event("L2", "2019-09-05", "platform-launch", "d", "", "", "platform:dept", "")
                .attribute("exempt", "assessment-driven-bursts").attribute("coding_note", "scheduled in the 2018 plan")
                .event("L3", "2019-09-10", "platform-launch", "g", "", "", "platform:other", "")
                .event("A1", "2019-09-20", "assessment", "g", "d", "")
                .event("A2", "2020-03-20", "inspection", "g", "d", "")
                .attribute("exempt", "assessment-driven-bursts")
                .event("U", "2020-03-10", "upgrade", "g", "", "", "platform:other", "")
                .event("O", "2017-03-10", "upgrade", "g", "", "", "platform:other", "");
        Diagnostic d = FormalismDiagnostics.assessmentDrivenBursts(marked.facts());
        assertThat(d.flagged()).containsExactly("L3");
        assertThat(d.metrics()).containsEntry("assessments", 1.0).containsEntry("deliveriesOutside", 2.0);
        assertThat(d.coverage()).isEqualTo(new Coverage("deliveries", 4, 3, 1));
        assertThat(d.exemptions()).extracting(Exemption::eventId).containsExactly("L2", "A2");
        assertThat(d.exemptions().get(1).reason()).isNull();
        assertThat(FormalismDiagnostics.assessmentDrivenBursts(fx.facts()).exemptions()).isEmpty();
    }

    @Test
    void peopleCentrednessIsTheShareWithoutThePublic() {
        CaseFacts f = fixture().facts();
        Diagnostic d = FormalismDiagnostics.peopleCentredness(f);
        assertThat(d.score()).isCloseTo(9.0 / 11, within(1e-12));
        assertThat(d.flagged()).containsExactly("L1", "L2", "L3", "I1");
        assertThat(d.coverage()).isEqualTo(new Coverage("events", 11, 11, 0));
    }

    @Test
    void anEventWithNoActorCodedIsNotJudgedForPeopleCentredness() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("p", "public")
                .event("a", "2019-01", "plan", "g", "", "")
                .event("b", "2019-02", "feedback", "p", "g", "")
                .event("c", "2019-03", "service-launch", "", "", "");
        Diagnostic d = FormalismDiagnostics.peopleCentredness(fx.facts());
        assertThat(d.score()).isCloseTo(0.5, within(1e-12));
        assertThat(d.flagged()).isEmpty();
        assertThat(d.coverage()).isEqualTo(new Coverage("events", 3, 2, 0));
    }

    @Test
    void anEmptyCaseIsNotAssessableRatherThanFreeOfSymptoms() {
        FormalismReport r = FormalismDiagnostics.of(CaseFixture.of().actor("g", "government").facts());
        assertThat(r.diagnostics()).extracting(Diagnostic::id).containsExactlyElementsOf(Diagnostic.IDS);
        assertThat(r.diagnostics()).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Diagnostic.Status.NOT_ASSESSABLE);
            assertThat(d.score()).isNull();
        });
        assertThat(r.exemptions()).isEmpty();
    }

    @Test
    void theRecordsRefuseContradictions() {
        Coverage c = new Coverage("events", 1, 1, 0);
        assertThatThrownBy(() -> new Diagnostic("x", Diagnostic.Status.NOT_ASSESSABLE, 0.5, List.of(), "", c, List.of(), Map.of(), Map.of()))
                .hasMessageContaining("no score");
        assertThatThrownBy(() -> new Diagnostic("x", Diagnostic.Status.NOT_ASSESSABLE, null, List.of("e"), "", c, List.of(), Map.of(), Map.of()))
                .hasMessageContaining("flags nothing");
        assertThatThrownBy(() -> new Diagnostic("x", Diagnostic.Status.ASSESSED, null, List.of(), "", c, List.of(), Map.of(), Map.of()))
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new Coverage("events", 2, 2, 1)).hasMessageContaining("candidates");
    }
}
