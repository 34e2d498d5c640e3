package org.glassbox.core.analysis.subjects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.period.PeriodKind;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.analysis.period.Periods;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class SubjectsAnalysisTest {

    /** g1 (government) directs e1 and e2 (enterprises); e1 reports to g2; p (public) gives feedback to g1. */
    static CaseFixture network() {
        return CaseFixture.of()
                .actor("g1", "government").actor("g2", "government").actor("e1", "private-enterprise")
                .actor("e2", "private-enterprise").actor("p", "public")
                .event("a", "2020-01", "directive", "g1", "e1;e2", "")
                .event("b", "2020-02", "directive", "g1", "e1", "")
                .event("c", "2020-03", "problem-report", "e1", "g2", "")
                .event("d", "2020-04", "feedback", "p", "g1", "");
    }

    static SubjectsMetrics measure(CaseFixture fx) {
        CaseFacts f = fx.facts();
        PartialDate y = PartialDate.ofYear(2020);
        return SubjectsAnalysis.measure(f, new PeriodSlice(f, Periods.period(f, "2020", "2020", PeriodKind.YEAR, y, y)), 10, 100, 8, 1);
    }

    static SubjectPosition pos(SubjectsMetrics m, String id) {
        return m.positions().stream().filter(p -> p.actorId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void interactionNetworkHasWeightedEdgesAndRoles() {
        CaseFacts f = network().facts();
        InteractionNetwork n = new InteractionNetwork(f, new int[] {0, 1, 2, 3});
        assertThat(n.nodes()).isEqualTo(5);
        assertThat(n.directedEdges()).isEqualTo(4); // g1→e1 (2), g1→e2, e1→g2, p→g1
        int g1 = 0; // first actor met
        assertThat(f.kase().actor(n.actor(g1)).id()).isEqualTo("g1");
        assertThat(n.partners(g1)).isEqualTo(3);
        assertThat(n.strength(g1)).isEqualTo(4.0);
        assertThat(n.initiated(g1)).isEqualTo(2);
        assertThat(n.events(g1)).isEqualTo(3);
        assertThat(n.targetedOnly(g1)).isEqualTo(1);
    }

    @Test
    void positionsHaveExactCentralities() {
        SubjectsMetrics m = measure(network());
        assertThat(m.activeActors()).isEqualTo(5);
        assertThat(m.activeBySector()).containsExactly(Map.entry("government", 2), Map.entry("private-enterprise", 2),
                Map.entry("public", 1));
        assertThat(m.positions()).extracting(SubjectPosition::actorId).containsExactly("g1", "e1", "e2", "g2", "p");
        SubjectPosition g1 = pos(m, "g1");
        assertThat(g1.degreeCentrality()).isEqualTo(0.75);
        // g1 is a cut vertex between {e1, e2, g2} side and p: shortest paths p–e1, p–e2, p–g2 and e2–e1? (e2–g1–e1)
        // paths through g1: p–e1, p–e2, p–g2 (via e1), e2–e1, e2–g2 = 5 of C(4,2) = 6 pairs among the others
        assertThat(g1.betweenness()).isCloseTo(5.0 / 6, within(1e-12));
        SubjectPosition e1 = pos(m, "e1");
        // e1 lies on every path to g2: g1–g2, e2–g2, p–g2
        assertThat(e1.betweenness()).isCloseTo(3.0 / 6, within(1e-12));
        assertThat(e1.initiationShare()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.governmentInitiationShare()).isCloseTo(2.0 / 4, within(1e-12));
        assertThat(m.enterpriseInitiationShare()).isCloseTo(1.0 / 4, within(1e-12));
        assertThat(m.betweenness().sampled()).isFalse();
    }

    @Test
    void gouldFernandezRolesBySector() {
        SubjectsMetrics m = measure(network());
        // two-paths: p→g1→e1, p→g1→e2 (p public, g1 government, e enterprise: liaison ×2);
        // g1→e1→g2 (government, enterprise, government: consultant)
        assertThat(pos(m, "g1").brokerage()).containsExactly(Map.entry(BrokerageRole.LIAISON, 2L));
        assertThat(pos(m, "e1").brokerage()).containsExactly(Map.entry(BrokerageRole.CONSULTANT, 1L));
        assertThat(m.brokerageTotals()).containsEntry(BrokerageRole.LIAISON, 2L).containsEntry(BrokerageRole.CONSULTANT, 1L);
    }

    @Test
    void allFiveRolesAreRecognised() {
        CaseFixture fx = CaseFixture.of()
                .actor("a1", "government").actor("a2", "government").actor("b", "government")
                .actor("x", "private-enterprise").actor("y", "academic")
                .event("1", "2020", "meeting", "a1", "b", "")
                .event("2", "2020", "meeting", "b", "a2", "")     // a1→b→a2 coordinator
                .event("3", "2020", "meeting", "x", "b", "")      // x→b→a1? no edge b→a1; x→b→a2 gatekeeper
                .event("4", "2020", "meeting", "b", "y", "");     // a1→b→y representative, x→b→y liaison
        SubjectsMetrics m = measure(fx);
        assertThat(pos(m, "b").brokerage()).containsEntry(BrokerageRole.COORDINATOR, 1L)
                .containsEntry(BrokerageRole.GATEKEEPER, 1L).containsEntry(BrokerageRole.REPRESENTATIVE, 1L)
                .containsEntry(BrokerageRole.LIAISON, 1L);
        CaseFixture itinerant = CaseFixture.of().actor("g", "government").actor("h", "government").actor("e", "private-enterprise")
                .event("1", "2020", "meeting", "g", "e", "").event("2", "2020", "meeting", "e", "h", "");
        assertThat(pos(measure(itinerant), "e").brokerage()).containsExactly(Map.entry(BrokerageRole.CONSULTANT, 1L));
    }

    @Test
    void formationTimelineHasEntriesRoleChangesAndExits() {
        CaseFixture fx = CaseFixture.of()
                .actor(new Actor("g", "g", null, "government", null, null, PartialDate.parse("2018-05"), PartialDate.parse("2021"), Map.of()))
                .actor("e", "private-enterprise")
                .event("1", "2019-01", "directive", "g", "e", "")
                .event("2", "2020-02", "co-design", "e", "g", "")
                .event("3", "2020-03", "strategic-agreement", "e", "g", "");
        List<FormationStep> t = FormationTimeline.of(fx.facts());
        assertThat(t).extracting(s -> s.actorId() + " " + s.kind().word() + " " + s.date() + " " + s.eventId())
                .containsExactly("g entry 2018-05 1", "e entry 2019-01 1", "e role-change 2020 2", "g role-change 2020 2",
                        "g exit 2021 null");
        assertThat(t.get(2).detail()).isEqualTo("mainly target in 2019 → mainly initiator in 2020");
    }
}
