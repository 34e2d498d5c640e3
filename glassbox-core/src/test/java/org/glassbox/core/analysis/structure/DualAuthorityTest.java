package org.glassbox.core.analysis.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Tie;
import org.junit.jupiter.api.Test;

class DualAuthorityTest {

    private static Tie tie(String id, String from, String to, String type, PartialDate end) {
        return new Tie(id, from, to, type, null, end, null, Map.of());
    }

    private static int idx(Case c, String tieId) {
        for (int i = 0; i < c.ties().size(); i++) {
            if (c.ties().id(i).equals(tieId)) {
                return i;
            }
        }
        throw new AssertionError("no tie " + tieId);
    }

    @Test
    void lineOrOwnershipPlusCrossCuttingFromAnotherActor() {
        List<Actor> actors = List.of(new Actor("gov", "Government", "government"),
                new Actor("lg", "Leading group", "party"),
                new Actor("dept", "Department", "government"),
                new Actor("self", "Self-coordinated unit", "government"),
                new Actor("soe", "State-owned operator", "state-owned-enterprise"),
                new Actor("lone", "Only coordinated", "government"));
        List<Tie> ties = List.of(
                tie("t1", "gov", "dept", "command", null),
                tie("t2", "lg", "dept", "coordination", null),          // dept: line gov + cross lg -> dual
                tie("t3", "gov", "self", "command", null),
                tie("t4", "gov", "self", "coordination", null),         // same actor on both axes -> not dual
                tie("t5", "gov", "soe", "equity", null),
                tie("t6", "lg", "soe", "coordination", PartialDate.ofYear(2018)), // ownership + cross -> dual while valid
                tie("t7", "lg", "lone", "coordination", null),          // no line superior -> not dual
                tie("t8", "gov", "lone", "guidance", null));            // functional guidance is not line authority
        Case c = Case.of(new CaseInfo("c", "C"), actors, ties,
                EventStore.builder(Case.actorDictionary(actors)).build(), List.of(), List.of(), Codebook.defaults());

        int[] all = new int[c.ties().size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        DualAuthority rule = DualAuthority.among(c, all);
        assertThat(rule.holders().stream().toArray()).containsExactly(c.actorCode("dept"), c.actorCode("soe"));
        assertThat(rule.holds(c.actorCode("self"))).isFalse();
        // under authority: dept, self, soe, lone (guidance alone would not count); single superior: self (gov twice), lone (lg)
        assertThat(rule.underAuthority()).containsExactly(c.actorCode("dept"), c.actorCode("self"), c.actorCode("soe"),
                c.actorCode("lone"));
        assertThat(rule.metrics()).isEqualTo(new AuthorityMetrics(4, 2, 2, 0.5, 0.5));
        // the evidence: the authority ties into each holder, holder by holder
        assertThat(rule.holderTies()).containsExactly(idx(c, "t1"), idx(c, "t2"),
                idx(c, "t5"), idx(c, "t6"));

        int[] in2020 = c.ties().validDuring(PartialDate.ofYear(2020).startMillis(), PartialDate.ofYear(2020).endMillisExclusive());
        DualAuthority later = DualAuthority.among(c, in2020);
        assertThat(later.holders().stream().toArray()).containsExactly(c.actorCode("dept"));
        assertThat(later.metrics()).isEqualTo(new AuthorityMetrics(4, 3, 1, 0.75, 0.25));
    }

    @Test
    void severalSuperiorsOnOneAxisBreakUnityOfCommandAndMakeDualAuthorityWithAnyOtherAxis() {
        List<Actor> actors = List.of(new Actor("a", "A", "government"), new Actor("b", "B", "government"),
                new Actor("x", "X", "government"), new Actor("y", "Y", "government"));
        List<Tie> ties = List.of(
                tie("t1", "a", "x", "command", null),
                tie("t2", "b", "x", "command", null),                   // x: two line superiors -> not single
                tie("t3", "a", "y", "command", null),
                tie("t4", "b", "y", "equity", null),                    // y: line a + ownership b -> several line-or-ownership
                tie("t5", "a", "y", "coordination", null),              // ... and cross a: b differs from a -> dual
                tie("t6", "y", "y", "unknown-type", null));             // unknown type ignored
        Case c = Case.of(new CaseInfo("c", "C"), actors, ties,
                EventStore.builder(Case.actorDictionary(actors)).build(), List.of(), List.of(), Codebook.defaults());
        DualAuthority rule = DualAuthority.among(c, new int[] {0, 1, 2, 3, 4, 5});
        assertThat(rule.holders().stream().toArray()).containsExactly(c.actorCode("y"));
        assertThat(rule.metrics()).isEqualTo(new AuthorityMetrics(2, 0, 1, 0.0, 0.5));
        assertThat(rule.holderTies()).containsExactly(idx(c, "t3"), idx(c, "t4"), idx(c, "t5"));
        assertThat(DualAuthority.among(c, new int[0]).metrics()).isEqualTo(new AuthorityMetrics(0, 0, 0, 0.0, 0.0));
    }
}
