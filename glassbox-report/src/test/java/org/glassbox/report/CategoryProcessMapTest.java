package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.PartialDate;
import org.junit.jupiter.api.Test;

class CategoryProcessMapTest {

    /** plan(x) → procurement(x) → plan → procurement(x, y) → custom-thing, in time order but not file order. */
    private static Case tiny() {
        List<Actor> actors = List.of(new Actor("a", "A", "government"));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e3", "plan", PartialDate.parse("2020-03"));
        b.add("e1", "plan", PartialDate.parse("2020-01"));
        b.object(ObjectRef.parse("platform:x"));
        b.add("e2", "procurement", PartialDate.parse("2020-02"));
        b.object(ObjectRef.parse("platform:x"));
        b.add("e4", "procurement", PartialDate.parse("2020-04"));
        b.object(ObjectRef.parse("platform:x")).object(ObjectRef.parse("project:y"));
        b.add("e5", "custom-thing", PartialDate.parse("2020-05"));
        return Case.of(new CaseInfo("t", "T"), actors, List.of(), b.build(), List.of(), List.of(), Codebook.defaults());
    }

    @Test
    void countsDirectlyFollowsOverObjectTracesAndTheTimeline() {
        CategoryProcessMap m = new CategoryProcessMap(tiny());
        assertThat(m.nodes()).containsExactlyInAnyOrder(new CategoryProcessMap.Node("administrative", 2),
                new CategoryProcessMap.Node("market", 2), new CategoryProcessMap.Node("other", 1));
        // timeline: adm→mkt, mkt→adm, adm→mkt, mkt→other; object x: adm→mkt, mkt→mkt; object y: one event
        assertThat(m.edges()).containsExactlyInAnyOrder(
                new CategoryProcessMap.Edge("administrative", "market", 3),
                new CategoryProcessMap.Edge("market", "administrative", 1),
                new CategoryProcessMap.Edge("market", "market", 1),
                new CategoryProcessMap.Edge("market", "other", 1));
        assertThat(m.traces()).isEqualTo(3);
    }

    @Test
    void anEmptyCaseHasNoNodesNoEdgesAndNoTraces() {
        List<Actor> actors = List.of(new Actor("a", "A", "government"));
        Case c = Case.of(new CaseInfo("t", "T"), actors, List.of(),
                EventStore.builder(Case.actorDictionary(actors)).build(), List.of(), List.of(), Codebook.defaults());
        CategoryProcessMap m = new CategoryProcessMap(c);
        assertThat(m.nodes()).isEmpty();
        assertThat(m.edges()).isEmpty();
        assertThat(m.traces()).isZero();
    }

    @Test
    void edgeCountsSumToTheTimelineStepsPlusEachObjectsSteps() {
        Case c = SampleCase.build();
        CategoryProcessMap m = new CategoryProcessMap(c);
        EventStore ev = c.events();
        Map<Integer, Integer> perObject = new java.util.HashMap<>();
        for (int i = 0; i < ev.size(); i++) {
            for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                perObject.merge(ev.objectAt(k), 1, Integer::sum);
            }
        }
        int expected = ev.size() - 1 + perObject.values().stream().mapToInt(n -> n - 1).sum();
        assertThat(m.edges().stream().mapToInt(CategoryProcessMap.Edge::count).sum()).isEqualTo(expected);
        assertThat(m.nodes().stream().mapToInt(CategoryProcessMap.Node::events).sum()).isEqualTo(ev.size());
        assertThat(m.traces()).isEqualTo(perObject.size() + 1);
    }
}
