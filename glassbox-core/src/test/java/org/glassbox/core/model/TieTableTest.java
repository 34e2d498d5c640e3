package org.glassbox.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TieTableTest {
    private static final Dictionary ACTORS = Dictionary.of(List.of("a", "b", "c"));

    @Test
    void validityCoversWholeSpansAndOpenEnds() {
        TieTable t = TieTable.of(List.of(
                new Tie("t1", "a", "b", "command", null, null, null, Map.of()),
                new Tie("t2", "a", "c", "contract", PartialDate.ofYear(2016), PartialDate.ofYear(2018), null, Map.of()),
                new Tie("t3", "b", "c", "guidance", PartialDate.ofMonth(2019, 7), null, null, Map.of())), ACTORS);
        long dec2018 = PartialDate.ofDay(2018, 12, 31).startMillis();
        long jan2019 = PartialDate.ofDay(2019, 1, 1).startMillis();
        assertThat(t.validAt(dec2018)).containsExactlyInAnyOrder(0, 1);
        assertThat(t.validAt(jan2019)).containsExactly(0);
        assertThat(t.validDuring(PartialDate.ofYear(2019).startMillis(), PartialDate.ofYear(2019).endMillisExclusive()))
                .containsExactlyInAnyOrder(0, 2);
        assertThat(t.validDuring(2, PartialDate.ofMonth(2019, 6).startMillis(), PartialDate.ofMonth(2019, 7).startMillis()))
                .isFalse();
        assertThat(t.tie(1)).isEqualTo(new Tie("t2", "a", "c", "contract", PartialDate.ofYear(2016), PartialDate.ofYear(2018),
                null, Map.of()));
        assertThat(t.typeName(2)).isEqualTo("guidance");
    }

    @Test
    void validDuringMatchesThePerTieTestOnRandomTies() {
        Random r = new Random(5);
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            PartialDate s = r.nextInt(4) == 0 ? null : PartialDate.ofYear(2010 + r.nextInt(10));
            PartialDate e = r.nextInt(4) == 0 ? null : PartialDate.ofYear((s == null ? 2010 : s.year()) + r.nextInt(5));
            ties.add(new Tie("t" + i, "a", "b", "contract", s, e, null, Map.of()));
        }
        TieTable t = TieTable.of(ties, ACTORS);
        for (int q = 0; q < 100; q++) {
            long from = PartialDate.ofYear(2008 + r.nextInt(20)).startMillis();
            long to = from + r.nextInt(3 * 365) * 86_400_000L;
            int[] got = t.validDuring(from, to);
            int expected = 0;
            for (int i = 0; i < t.size(); i++) {
                if (t.validDuring(i, from, to)) {
                    expected++;
                }
            }
            assertThat(got).hasSize(expected);
            for (int i : got) {
                assertThat(t.validDuring(i, from, to)).isTrue();
            }
        }
    }
}
