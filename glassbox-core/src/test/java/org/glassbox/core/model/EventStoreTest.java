package org.glassbox.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventStoreTest {

    private static EventStore store(PartialDate... dates) {
        EventStore.Builder b = EventStore.builder(Dictionary.of(List.of("a", "b")));
        for (int i = 0; i < dates.length; i++) {
            b.add("e" + i, "plan", dates[i]);
            b.actor(i % 2, Role.INITIATOR);
        }
        return b.build();
    }

    @Test
    void timeOrderIsStableAndBetweenIsHalfOpen() {
        EventStore s = store(PartialDate.ofDay(2019, 3, 1), PartialDate.ofYear(2018), PartialDate.ofDay(2018, 1, 1),
                PartialDate.ofMonth(2019, 3), PartialDate.ofDay(2020, 1, 1));
        // 2018 and 2018-01-01 start at the same instant: file order kept (1 before 2)
        assertThat(List.of(s.inTimeOrder(0), s.inTimeOrder(1), s.inTimeOrder(2), s.inTimeOrder(3), s.inTimeOrder(4)))
                .containsExactly(1, 2, 0, 3, 4);
        long y2019 = PartialDate.ofYear(2019).startMillis();
        long y2020 = PartialDate.ofYear(2020).startMillis();
        assertThat(s.between(y2019, y2020)).containsExactly(0, 3);
        assertThat(s.between(PartialDate.ofYear(2018).startMillis(), y2019)).containsExactly(1, 2);
        assertThat(s.between(y2020, y2020)).isEmpty();
        assertThat(s.between(y2020, y2020 + 1)).containsExactly(4);
    }

    @Test
    void betweenMatchesABruteForceScanOnRandomTimes() {
        Random r = new Random(3);
        EventStore.Builder b = EventStore.builder();
        long[] t = new long[500];
        for (int i = 0; i < t.length; i++) {
            t[i] = r.nextInt(100);
            b.add("e" + i, "x", t[i], Precision.INSTANT);
        }
        EventStore s = b.build();
        for (int q = 0; q < 200; q++) {
            long from = r.nextInt(110) - 5;
            long to = from + r.nextInt(30);
            int[] got = s.between(from, to);
            long expected = java.util.Arrays.stream(t).filter(x -> x >= from && x < to).count();
            assertThat(got).hasSize((int) expected);
            for (int k = 1; k < got.length; k++) {
                assertThat(t[got[k - 1]] < t[got[k]] || (t[got[k - 1]] == t[got[k]] && got[k - 1] < got[k])).isTrue();
            }
        }
    }

    @Test
    void recordViewGivesRolesObjectsAndAttributes() {
        EventStore.Builder b = EventStore.builder(Dictionary.of(List.of("gov", "ent", "pub")));
        b.add("e1", "co-design", PartialDate.ofMonth(2020, 5));
        b.mechanism(Mechanism.MARKET);
        b.actor(0, Role.INITIATOR).actor(1, Role.TARGET).actor(2, Role.PARTICIPANT);
        b.object(new ObjectRef("platform", "app:v1"));
        b.attribute(EventStore.TITLE, "标题");
        b.attribute(EventStore.SOURCE, "s1;s2");
        b.attribute("stage", "late");
        b.add("e2", "plan", PartialDate.ofYear(2021));
        EventStore s = b.build();
        Event e = s.event(0);
        assertThat(e.initiators()).containsExactly("gov");
        assertThat(e.targets()).containsExactly("ent");
        assertThat(e.participants()).containsExactly("pub");
        assertThat(e.objects()).containsExactly(new ObjectRef("platform", "app:v1"));
        assertThat(e.sources()).containsExactly("s1", "s2");
        assertThat(e.title()).isEqualTo("标题");
        assertThat(e.attributes()).isEqualTo(Map.of("stage", "late"));
        assertThat(e.mechanism()).isEqualTo(Mechanism.MARKET);
        assertThat(s.event(1).mechanism()).isNull();
        assertThat(s.event(1).attributes()).isEmpty();
        assertThat(s.date(1)).isEqualTo(PartialDate.ofYear(2021));
    }
}
