package org.glassbox.core.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.period.PeriodKind;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.analysis.period.Periods;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Tie;
import org.junit.jupiter.api.Test;

class PeriodNetworkTest {
    /** a commands b; a contracts c in 2019; c cooperates with and coordinates b from 2020; e never takes part. */
    private static final Case KASE = tiny();
    private static final CaseFacts FACTS = new CaseFacts(KASE, KASE.codebook());

    private static Case tiny() {
        List<Actor> actors = List.of(new Actor("a", "Bureau A", "government"), new Actor("b", "Office B", "government"),
                new Actor("c", "Firm C", "private-enterprise"), new Actor("d", "Residents", "public"),
                new Actor("e", "University", "academic"));
        List<Tie> ties = List.of(
                new Tie("t1", "a", "b", "command", null, null, null, Map.of()),
                new Tie("t2", "a", "c", "contract", PartialDate.parse("2019"), PartialDate.parse("2019"), null, Map.of()),
                new Tie("t3", "c", "b", "cooperation", PartialDate.parse("2020"), null, null, Map.of()),
                new Tie("t4", "c", "b", "coordination", PartialDate.parse("2020"), null, null, Map.of()));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e1", "procurement", PartialDate.parse("2019-05"));
        b.actor("a", Role.INITIATOR).actor("c", Role.TARGET);
        b.add("e2", "meeting", PartialDate.parse("2019-08"));
        b.actor("a", Role.INITIATOR).actor("c", Role.TARGET).actor("b", Role.PARTICIPANT).actor("c", Role.PARTICIPANT);
        b.add("e3", "co-design", PartialDate.parse("2020-02"));
        b.actor("c", Role.INITIATOR).actor("b", Role.TARGET);
        b.add("e4", "feedback", PartialDate.parse("2020"));
        b.actor("d", Role.INITIATOR).actor("b", Role.TARGET);
        return Case.of(new CaseInfo("tiny", "Tiny"), actors, ties, b.build(), List.of(), List.of(), Codebook.defaults());
    }

    private static PeriodNetwork year(int y) {
        PartialDate d = PartialDate.ofYear(y);
        return PeriodNetwork.of(FACTS, new PeriodSlice(FACTS, Periods.period(FACTS, "y", "y", PeriodKind.YEAR, d, d)));
    }

    private static List<String> actorIds(int[] codes) {
        return Arrays.stream(codes).mapToObj(c -> KASE.actor(c).id()).toList();
    }

    private static List<String> tieIds(int[] ties) {
        return Arrays.stream(ties).mapToObj(KASE.ties()::id).toList();
    }

    @Test
    void activeActorsAreTieEndsAndEventActorsAndWeightsCountSharedEventsOnce() {
        PeriodNetwork n = year(2019);
        assertThat(actorIds(n.actors())).containsExactly("a", "b", "c");
        assertThat(tieIds(n.ties())).containsExactlyInAnyOrder("t1", "t2");
        double[] w = n.weights();
        for (int k = 0; k < w.length; k++) {
            String id = KASE.ties().id(n.ties()[k]);
            // t1 a–b share e2; t2 a–c share e1 and e2 (c twice in e2 counts once)
            assertThat(w[k]).as(id).isEqualTo(id.equals("t1") ? 2.0 : 3.0);
        }
        assertThat(n.authority().holders().isEmpty()).isTrue();
    }

    @Test
    void lineAndCrossCuttingSuperiorsThatDifferMarkDualAuthority() {
        PeriodNetwork n = year(2020);
        // d only through an event; e never active
        assertThat(actorIds(n.actors())).containsExactly("a", "b", "c", "d");
        assertThat(tieIds(n.ties())).containsExactlyInAnyOrder("t1", "t3", "t4");
        assertThat(n.dualAuthority(KASE.actorCode("b"))).isTrue();
        assertThat(n.dualAuthority(KASE.actorCode("c"))).isFalse();
        assertThat(tieIds(n.authority().holderTies())).containsExactlyInAnyOrder("t1", "t4");
        double[] w = n.weights();
        for (int k = 0; k < w.length; k++) {
            String id = KASE.ties().id(n.ties()[k]);
            assertThat(w[k]).as(id).isEqualTo(id.equals("t1") ? 1.0 : 2.0);
        }
    }

    @Test
    void aPeriodWithoutEventsHoldsTheEndsOfTheOpenEndedTies() {
        PeriodNetwork n = year(2030);
        assertThat(actorIds(n.actors())).containsExactly("a", "b", "c");
        assertThat(n.actorCount()).isEqualTo(3);
        assertThat(n.weights()).containsOnly(1.0);
        assertThat(n.authority().metrics().dualAuthorityActors()).isEqualTo(1);
    }

    @Test
    void accessorsReturnCopies() {
        PeriodNetwork n = year(2019);
        n.actors()[0] = 99;
        n.ties()[0] = 99;
        n.weights()[0] = 99;
        assertThat(n.actors()[0]).isNotEqualTo(99);
        assertThat(n.ties()[0]).isNotEqualTo(99);
        assertThat(n.weights()[0]).isNotEqualTo(99);
    }
}
