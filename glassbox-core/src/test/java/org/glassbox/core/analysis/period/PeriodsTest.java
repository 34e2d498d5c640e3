package org.glassbox.core.analysis.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.PhaseSource;
import org.junit.jupiter.api.Test;

class PeriodsTest {

    static CaseFixture twoRegimes() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("e", "private-enterprise").period(2014, 2018)
                .phase("early", "2014-01", "2015-06").phase("late", "2015-07", "2018-12");
        for (int m = 1; m <= 12; m++) {
            fx.event("d" + m, String.format("2014-%02d", m), "directive", "g", "e", "");
            fx.event("p" + m, String.format("2017-%02d", m), "procurement", "g", "e", "");
        }
        return fx.event("y", "2015", "plan", "g", "e", "");
    }

    @Test
    void yearsCoverThePeriodAndCountEvents() {
        List<Period> ys = Periods.years(twoRegimes().facts());
        assertThat(ys).extracting(Period::id).containsExactly("2014", "2015", "2016", "2017", "2018");
        assertThat(ys).extracting(Period::events).containsExactly(12, 1, 0, 12, 0);
        assertThat(ys.get(0).kind()).isEqualTo(PeriodKind.YEAR);
    }

    @Test
    void codedPhasesKeepCoarseDatesHonest() {
        PhasePlan plan = Periods.phases(twoRegimes().facts(), PhaseSource.AUTO, null, 8);
        assertThat(plan.detection().source()).isEqualTo("coded");
        assertThat(plan.phases()).extracting(Period::id).containsExactly("early", "late");
        // the plan dated "2015" starts in "early" but its year reaches past June 2015
        assertThat(plan.phases().get(0).events()).isEqualTo(13);
        assertThat(plan.phases().get(0).straddling()).containsExactly("y");
        PhaseBoundary b = plan.detection().boundaries().get(0);
        assertThat(b.before()).isEqualTo("early");
        assertThat(b.date().toString()).isEqualTo("2015-07");
        assertThat(b.shifts().get(0).category()).isIn("administrative/administrative", "market/market");
    }

    @Test
    void detectedPhasesFollowTheShiftInTheMix() {
        CaseFacts f = twoRegimes().facts();
        PhasePlan plan = Periods.phases(f, PhaseSource.DETECTED, null, 8);
        assertThat(plan.detection().source()).isEqualTo("detected");
        assertThat(plan.detection().method()).isEqualTo("PELT");
        assertThat(plan.phases()).hasSize(2);
        assertThat(plan.phases().get(0).start().toString()).isEqualTo("2014");
        assertThat(plan.phases().get(0).end().toString()).isEqualTo("2016-12-31");
        assertThat(plan.phases().get(1).start().toString()).isEqualTo("2017-01-01");
        assertThat(plan.phases().get(1).end().toString()).isEqualTo("2018");
        assertThat(plan.phases().get(0).events() + plan.phases().get(1).events()).isEqualTo(25);
        PhaseBoundary b = plan.detection().boundaries().get(0);
        assertThat(b.shifts()).extracting(CategoryShift::category).contains("market/market");
        assertThat(b.gain()).isPositive();
        assertThat(plan.detection().penalty()).isEqualTo(ChangePointDetector.bicPenalty(2, 25));
    }

    @Test
    void codedWithoutPhasesFallsBackToYears() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").event("e", "2020-02", "plan", "g", "", "");
        PhasePlan plan = Periods.phases(fx.facts(), PhaseSource.CODED, null, 8);
        assertThat(plan.phases()).extracting(Period::id).containsExactly("2020");
        assertThat(plan.detection().method()).isEqualTo("years");
    }
}
