package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScheduleTest {
    private static List<List<String>> months(long seed, int months) {
        List<List<String>> out = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        Schedule s = new Schedule(new SplittableRandom(seed));
        s.add(2, true, m -> cur.add("a"));
        s.add(2, true, m -> cur.add("b"));
        s.add(2, true, m -> cur.add("c"));
        s.add(0, false, m -> cur.add("first"));
        s.add(5, false, m -> cur.add("last"));
        for (int m = 0; m < months; m++) {
            cur.clear();
            s.step();
            out.add(List.copyOf(cur));
        }
        return out;
    }

    @Test
    void orderingsRunInAscendingOrderEveryMonth() {
        for (List<String> month : months(7, 30)) {
            assertThat(month).hasSize(5);
            assertThat(month.get(0)).isEqualTo("first");
            assertThat(month.get(4)).isEqualTo("last");
            assertThat(month.subList(1, 4)).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void sameOrderingIsShuffledAfreshEachMonthAndTheSameForTheSameSeed() {
        List<List<String>> one = months(7, 60);
        assertThat(months(7, 60)).isEqualTo(one);
        assertThat(months(8, 60)).isNotEqualTo(one);
        Set<List<String>> orders = new HashSet<>();
        for (List<String> m : one) {
            orders.add(m.subList(1, 4));
        }
        assertThat(orders).hasSize(6); // every permutation of three appears over 60 months
    }

    @Test
    void unshuffledOrderingsKeepRegistrationOrder() {
        Schedule s = new Schedule(new SplittableRandom(1));
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int k = i;
            s.add(1, false, m -> seen.add(k));
        }
        s.step();
        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
        assertThat(s.month()).isEqualTo(1);
    }
}
