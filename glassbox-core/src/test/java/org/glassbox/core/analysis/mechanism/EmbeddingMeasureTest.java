package org.glassbox.core.analysis.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.period.PeriodKind;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.analysis.period.Periods;
import org.glassbox.core.model.PartialDate;
import org.junit.jupiter.api.Test;

public class EmbeddingMeasureTest {

    /** g1 contracts e1 (and shares data); g2 commands and contracts e2 (directive rather than contract); e1 cooperates with g2. */
    public static CaseFixture embedded() {
        return CaseFixture.of()
                .actor("g1", "government").actor("g2", "government").actor("e1", "private-enterprise")
                .actor("e2", "state-owned-enterprise").actor("o1", "academic")
                .tie("t1", "g1", "e1", "contract").tie("t2", "g1", "e1", "data-sharing")
                .tie("t3", "g2", "e2", "command").tie("t4", "g2", "e2", "contract").tie("t5", "e1", "g2", "cooperation")
                .event("ev1", "2020-01", "plan", "g1", "g2", "e1")
                .event("ev2", "2020-02", "directive", "g2", "e2", "")
                .event("ev3", "2020-03", "co-design", "e1", "", "g1")
                .event("ev4", "2020-04", "procurement", "g1", "e1", "")
                .event("ev5", "2020-05", "meeting", "o1", "", "g1;e2")
                .codebook(org.glassbox.core.analysis.outcome.ModelRuleTest.eventsOnly(org.glassbox.core.model.Codebook.defaults()));
    }

    static EmbeddingMetrics measure(CaseFixture fx) {
        CaseFacts f = fx.facts();
        PartialDate y = PartialDate.ofYear(2020);
        return EmbeddingMeasure.measure(f, new PeriodSlice(f, Periods.period(f, "2020", "2020", PeriodKind.YEAR, y, y)));
    }

    @Test
    void componentsHaveExactValues() {
        EmbeddingMetrics m = measure(embedded());
        assertThat(m.governmentToEnterprise()).isEqualTo(3);
        assertThat(m.enterpriseToGovernment()).isEqualTo(1);
        assertThat(m.reciprocity()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.decisionEvents()).isEqualTo(4);
        assertThat(m.decisionEventsWithEnterprise()).isEqualTo(3);
        assertThat(m.coDecision()).isEqualTo(0.75);
        assertThat(m.dyads()).isEqualTo(3);
        assertThat(m.multiplexity()).isCloseTo((2 + 1 + 1) / 4.0 / 3, within(1e-12));
        assertThat(m.dyadInteractions()).isEqualTo(4);
        assertThat(m.contractGovernedInteractions()).isEqualTo(3);
        assertThat(m.contractStrength()).isEqualTo(0.75);
        assertThat(m.topDownEvents()).isEqualTo(2);
        assertThat(m.administrativeDominance()).isEqualTo(0.5);
        assertThat(m.index()).isCloseTo((1.0 / 3 + 0.75 + 1.0 / 3) / 3, within(1e-12));
        assertThat(m.ids().enterpriseInitiated()).containsExactly("ev3");
        assertThat(m.ids().coDecision()).containsExactly("ev1", "ev3", "ev5");
        assertThat(m.ids().contractGoverned()).containsExactly("ev1", "ev3", "ev4");
        assertThat(m.ids().topDown()).containsExactly("ev2", "ev4");
        // t4 (g2–e2 contract) binds no event: g2 also commands e2 (t3), so ev2 runs under a directive, and
        // the evidence cites only ties between the parties of a contract-governed event (issue 11, item 5)
        assertThat(m.ids().bindingTies()).containsExactly("t1");
    }

    @Test
    void mechanismLabelsDoNotMatter() {
        CaseFixture relabelled = CaseFixture.of()
                .actor("g1", "government").actor("e1", "private-enterprise")
                .tie("t1", "g1", "e1", "contract")
                .event("ev1", "2020-01", "plan", "g1", "", "e1", "", "market")
                .event("ev2", "2020-02", "procurement", "g1", "e1", "", "", "administrative");
        CaseFixture plain = CaseFixture.of()
                .actor("g1", "government").actor("e1", "private-enterprise")
                .tie("t1", "g1", "e1", "contract")
                .event("ev1", "2020-01", "plan", "g1", "", "e1")
                .event("ev2", "2020-02", "procurement", "g1", "e1", "");
        assertThat(measure(relabelled).index()).isEqualTo(measure(plain).index());
        assertThat(measure(relabelled).contractStrength()).isEqualTo(measure(plain).contractStrength());
    }

    @Test
    void aContractSignedAfterTheEventDoesNotGovernIt() {
        CaseFixture fx = CaseFixture.of()
                .actor("g1", "government").actor("e1", "private-enterprise")
                .tie("t1", "g1", "e1", "contract", "2020-06", null)
                .event("ev1", "2020-02", "procurement", "g1", "e1", "")
                .event("ev2", "2020-08", "upgrade", "g1", "e1", "");
        EmbeddingMetrics m = measure(fx);
        assertThat(m.dyadInteractions()).isEqualTo(2);
        assertThat(m.contractGovernedInteractions()).isEqualTo(1);
    }

    @Test
    void emptyPeriodIsZero() {
        EmbeddingMetrics m = measure(CaseFixture.of().actor("g1", "government"));
        assertThat(m.index()).isZero();
        assertThat(m.reciprocity()).isZero();
        assertThat(m.contractStrength()).isZero();
    }

    @Test
    void theTiesCitedAsBindingAreThoseOfTheEventsOwnPartiesAtItsDate() {
        // g1–e1 contract t1 valid all year; g2–e2 contract t2 valid all year, but g2 and e2 never interact;
        // g1–e1 second contract t3 ended in March, before the only event (June)
        CaseFixture fx = CaseFixture.of().actor("g1", "government").actor("g2", "government")
                .actor("e1", "private-enterprise").actor("e2", "private-enterprise")
                .tie("t1", "g1", "e1", "contract", "2020", "2020")
                .tie("t2", "g2", "e2", "contract", "2020", "2020")
                .tie("t3", "g1", "e1", "contract", "2020-01", "2020-03")
                .event("x1", "2020-06", "procurement", "g1", "e1", "");
        EmbeddingMetrics m = measure(fx);
        assertThat(m.contractGovernedInteractions()).isEqualTo(1);
        assertThat(m.ids().bindingTies()).containsExactly("t1");
        assertThat(m.evidence().tieIds()).containsExactly("t1");
    }
}
