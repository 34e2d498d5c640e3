package org.glassbox.core.analysis.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.EvidenceWeights;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 3: a province-wide operator contract through the late phase is evidence of the mechanism
 * in its own right, so a late phase with few coded interactions is not read from the earlier, directive years.
 */
class StandingArrangementTest {

    /**
     * p1 (2015–2017): twelve directives province → operator, no contract. p2 (2018–2021): four upgrades, two
     * the operator proposes to the province, two the province orders, all under the province-wide operation
     * contract t2 valid 2018–2021.
     */
    static CaseFixture provinceWideContract() {
        CaseFixture fx = CaseFixture.of().actor("prov", "government").actor("dept", "government")
                .actor("op", "state-owned-enterprise")
                .tie("t1", "prov", "dept", "command").tie("t2", "prov", "op", "contract", "2018-01", "2021-12");
        for (int i = 0; i < 12; i++) {
            fx.event("d" + i, String.format(java.util.Locale.ROOT, "%d-%02d", 2015 + i / 4, i % 4 * 3 + 1), "directive", "prov", "op", "");
        }
        fx.event("u1", "2018-05", "upgrade", "op", "prov", "").event("u2", "2019-05", "upgrade", "prov", "op", "")
                .event("u3", "2020-05", "upgrade", "op", "prov", "").event("u4", "2021-05", "upgrade", "prov", "op", "");
        return fx.phase("p1", "2015", "2017").phase("p2", "2018", "2021");
    }

    @Test
    void aStandingContractWeighsAsEventEquivalentsAndTheLatePhaseIsReadAlone() {
        CaseAnalysis a = Glassbox.analyze(provinceWideContract().build());
        EmbeddingMetrics p2 = a.phases().get(1).embedding();
        assertThat(p2.dyadInteractions()).isEqualTo(4);
        assertThat(p2.standingTies()).isEqualTo(1);
        // k = 2 event-equivalents per year × 4 years (2018-01 to the end of 2021-12)
        double years = (java.time.LocalDate.of(2022, 1, 1).toEpochDay() - java.time.LocalDate.of(2018, 1, 1).toEpochDay()) / 365.2425;
        assertThat(p2.standingContract()).isCloseTo(2 * years, within(1e-9));
        assertThat(p2.evidenceN()).isEqualTo(12);
        // contract strength (4 + C) / (4 + C) = 1, dominance 2 / (4 + C)
        assertThat(p2.contractStrength()).isCloseTo(1.0, within(1e-12));
        assertThat(p2.administrativeDominance()).isCloseTo(2 / (4 + 2 * years), within(1e-12));
        ModelVerdict m = a.model();
        assertThat(m.late().phases()).containsExactly("p2");
        assertThat(m.reason()).isEqualTo("the last phase p2 has 12 government–enterprise events ≥ 10; the hoop tests of market hold");
        assertThat(m.verdict()).isEqualTo(ConstructionModel.MARKET);
        EvidenceLink binds = m.evidence().get(3);
        assertThat(binds.evidence().tieIds()).containsExactly("t2");
        assertThat(binds.evidence().claim()).contains("standing arrangements: 1 contract, equity or secondment ties weigh as 8.00 event-equivalents");
        assertThat(binds.pointsTo()).isEqualTo("market");
    }

    @Test
    void withoutStandingArrangementsTheSameCaseIsReadFromThePooledDirectiveYears() {
        // the failure of issue 11: four coded interactions pool the late phase with p1's directives
        CaseAnalysis a = Glassbox.analyze(provinceWideContract()
                .codebook(Codebook.defaults().withThreshold(EvidenceWeights.STANDING_PER_YEAR, 0)).build());
        assertThat(a.model().late().phases()).containsExactly("p1", "p2");
        assertThat(a.model().verdict()).isEqualTo(ConstructionModel.ADMINISTRATIVE);
    }

    @Test
    void aContractBesideACommandTieAndASecondmentAreEvidenceButNotContracts() {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("e", "state-owned-enterprise").actor("f", "private-enterprise")
                .tie("c1", "g", "e", "contract", "2020", "2020").tie("k1", "g", "e", "command", "2020", "2020")
                .tie("s1", "f", "g", "secondment", "2020-07", "2020-12")
                .event("x", "2020-03", "directive", "g", "e", "").phase("p", "2020", "2020");
        EmbeddingMetrics m = Glassbox.analyze(fx.build()).phases().get(0).embedding();
        assertThat(m.standingTies()).isEqualTo(2);
        assertThat(m.standingContract()).isZero();
        double half = (java.time.LocalDate.of(2021, 1, 1).toEpochDay() - java.time.LocalDate.of(2020, 7, 1).toEpochDay()) / 365.2425;
        double year = 366 / 365.2425;
        assertThat(m.standingOther()).isCloseTo(2 * year + 2 * half, within(1e-9));
        // the contract under command is a standing arrangement of command (K): it counts against contract strength and
        // towards dominance; the secondment is joint work: it only dilutes dominance
        assertThat(m.standingCommand()).isCloseTo(2 * year, within(1e-9));
        assertThat(m.contractStrength()).isZero();
        assertThat(m.administrativeDominance()).isCloseTo((1 + 2 * year) / (1 + 2 * year + 2 * half), within(1e-12));
        assertThat(m.ids().standingTies()).containsExactly("c1", "s1");
    }
}
