package org.glassbox.core.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.period.PeriodKind;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.analysis.period.Periods;
import org.glassbox.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class StructureAnalysisTest {

    /** A matrix: d1 and d2 answer to the government (line) and to a leading group (cross-cutting). */
    static CaseFixture matrix() {
        return CaseFixture.of()
                .actor("gov", "government", "provincial", "leadership")
                .actor("d1", "government", "provincial", "line-department")
                .actor("d2", "government", "provincial", "line-department")
                .actor("d3", "government", "provincial", "line-department")
                .actor("d4", "government", "prefectural", "line-department")
                .actor("lg", "government", "provincial", "coordination")
                .actor("jv", "joint-venture")
                .actor("pub", "public")
                .tie("t1", "gov", "d1", "command").tie("t2", "gov", "d2", "command").tie("t3", "gov", "d3", "command")
                .tie("t4", "d3", "d4", "command").tie("t5", "lg", "d1", "coordination").tie("t6", "lg", "d2", "coordination")
                .tie("t7", "gov", "jv", "equity").tie("t8", "d1", "d2", "data-sharing").tie("t9", "d2", "d3", "cooperation")
                .event("e1", "2020-03", "assessment", "gov", "d1;d2", "")
                .event("e2", "2020-04", "inspection", "gov", "d3", "")
                .event("e3", "2020-05", "ranking", "", "gov", "")
                .event("e4", "2020-06", "feedback", "pub", "d1", "")
                .event("e5", "2020-07", "consultation", "d1", "", "pub;jv");
    }

    static StructureMetrics measure(CaseFixture fx, int year) {
        CaseFacts f = fx.facts();
        PartialDate y = PartialDate.ofYear(year);
        return StructureAnalysis.measure(f, new PeriodSlice(f, Periods.period(f, "y", "y", PeriodKind.YEAR, y, y)));
    }

    @Test
    void matrixCaseHasExactMetrics() {
        StructureMetrics m = measure(matrix(), 2020);
        assertThat(m.ties()).isEqualTo(9);
        assertThat(m.hierarchyDepth()).isEqualTo(2);
        assertThat(m.meanSpanOfControl()).isEqualTo(2.0);
        assertThat(m.maxSpanOfControl()).isEqualTo(3);
        assertThat(m.krackhardtHierarchy()).isEqualTo(1.0);
        assertThat(m.actorsUnderAuthority()).isEqualTo(5);
        assertThat(m.singleSuperiorActors()).isEqualTo(3);
        assertThat(m.dualAuthorityActors()).isEqualTo(2);
        assertThat(m.unityOfCommandRatio()).isEqualTo(0.6);
        assertThat(m.dualAuthorityRatio()).isEqualTo(0.4);
        assertThat(m.authorityTies()).isEqualTo(7);
        assertThat(m.lateralTies()).isEqualTo(2);
        assertThat(m.lateralToAuthorityRatio()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(m.lineDepartments()).isEqualTo(4);
        assertThat(m.sameLevelPairs()).isEqualTo(3);
        assertThat(m.connectedPairs()).isEqualTo(1);
        assertThat(m.informationBarrierIndex()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(m.governmentActors()).isEqualTo(6);
        assertThat(m.supervisionEvents()).isEqualTo(2);
        assertThat(m.supervisionIntensity()).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(m.pressureEvents()).isEqualTo(2);
        assertThat(m.publicParticipationShare()).isEqualTo(0.4);
        assertThat(m.type()).isEqualTo(StructureType.MATRIX);
        assertThat(m.verdict().rule()).isEqualTo("dualAuthorityRatio 0.40 ≥ 0.30");
        assertThat(m.verdict().evidence().actorIds()).containsExactly("d1", "d2");
        assertThat(m.verdict().evidence().tieIds()).containsExactlyInAnyOrder("t1", "t5", "t2", "t6");
        assertThat(m.verdict().thresholds()).containsEntry(StructureRule.MATRIX_DUAL_MIN, 0.30);
    }

    @Test
    void departmentsAbsentFromThePeriodAreNotPaired() {
        CaseFixture fx = matrix().actor("d5", "government", "provincial", "line-department");
        StructureMetrics m = measure(fx, 2020);
        assertThat(m.lineDepartments()).isEqualTo(4);
        assertThat(m.sameLevelPairs()).isEqualTo(3);
    }

    @Test
    void withoutTheLeadingGroupItIsLinearFunctional() {
        CaseFixture fx = CaseFixture.of()
                .actor("gov", "government").actor("d1", "government").actor("d2", "government").actor("da", "government")
                .tie("t1", "gov", "d1", "command").tie("t2", "gov", "d2", "command").tie("t3", "gov", "da", "command")
                .tie("g1", "da", "d1", "guidance").tie("g2", "da", "d2", "guidance")
                .event("e1", "2020", "directive", "gov", "d1", "");
        StructureMetrics m = measure(fx, 2020);
        assertThat(m.unityOfCommandRatio()).isEqualTo(1.0);
        assertThat(m.dualAuthorityRatio()).isEqualTo(0.0);
        assertThat(m.type()).isEqualTo(StructureType.LINEAR_FUNCTIONAL);
        // no function column: line departments are the government subordinates of command ties, one level
        assertThat(m.lineDepartments()).isEqualTo(3);
        assertThat(m.informationBarrierIndex()).isEqualTo(1.0);
    }

    @Test
    void mostlyLateralTiesAreANetwork() {
        CaseFixture fx = CaseFixture.of()
                .actor("a", "government").actor("b", "private-enterprise").actor("c", "social-organization")
                .tie("t1", "a", "b", "cooperation").tie("t2", "b", "c", "cooperation").tie("t3", "a", "c", "command");
        StructureMetrics m = measure(fx, 2020);
        assertThat(m.lateralToAuthorityRatio()).isEqualTo(2.0);
        assertThat(m.type()).isEqualTo(StructureType.NETWORK);
    }

    @Test
    void tiesOutsideThePeriodDoNotCount() {
        CaseFixture fx = CaseFixture.of().actor("a", "government").actor("b", "government")
                .tie("t1", "a", "b", "command", "2015", "2016")
                .event("e1", "2020", "plan", "a", "b", "");
        StructureMetrics m = measure(fx, 2020);
        assertThat(m.ties()).isZero();
        assertThat(m.type()).isEqualTo(StructureType.UNCLASSIFIED);
        assertThat(m.verdict().rule()).isEqualTo("no tie valid in the period");
        assertThat(measure(fx, 2016).ties()).isEqualTo(1);
    }
}
