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
        assertThat(DualAuthority.among(c, all).stream().toArray())
                .containsExactly(c.actorCode("dept"), c.actorCode("soe"));

        int[] in2020 = c.ties().validDuring(PartialDate.ofYear(2020).startMillis(), PartialDate.ofYear(2020).endMillisExclusive());
        assertThat(DualAuthority.among(c, in2020).stream().toArray()).containsExactly(c.actorCode("dept"));
    }
}
