package org.glassbox.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesTheThreePrecisionsAndWritesThemBack() {
        assertThat(PartialDate.parse("2018")).isEqualTo(PartialDate.ofYear(2018));
        assertThat(PartialDate.parse("2018-06")).isEqualTo(PartialDate.ofMonth(2018, 6));
        assertThat(PartialDate.parse(" 2018-06-30 ")).isEqualTo(PartialDate.ofDay(2018, 6, 30));
        for (String s : List.of("2018", "2018-06", "2018-06-30", "0001", "9999-12-31")) {
            assertThat(PartialDate.parse(s).toString()).isEqualTo(s);
        }
    }

    @Test
    void rejectsWhatIsNotAPartialIsoDate() {
        for (String s : List.of("", "18", "2018-6", "2018/06", "2018-13", "2018-02-30", "2019-02-29", "0000", "2018-06-30T00",
                "２０１８", "abcd")) {
            assertThatThrownBy(() -> PartialDate.parse(s)).as(s).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(PartialDate.parse("2020-02-29").day()).isEqualTo(29);
    }

    @Test
    void ordersByStartOfSpanThenCoarserFirst() {
        List<PartialDate> l = new ArrayList<>(List.of(PartialDate.ofDay(2018, 1, 2), PartialDate.ofYear(2018),
                PartialDate.ofMonth(2018, 1), PartialDate.ofDay(2018, 1, 1), PartialDate.ofYear(2017)));
        Collections.shuffle(l, new Random(1));
        Collections.sort(l);
        assertThat(l).containsExactly(PartialDate.ofYear(2017), PartialDate.ofYear(2018), PartialDate.ofMonth(2018, 1),
                PartialDate.ofDay(2018, 1, 1), PartialDate.ofDay(2018, 1, 2));
    }

    @Test
    void aYearIsNeverDefinitelyBeforeADayInsideIt() {
        PartialDate year = PartialDate.ofYear(2018);
        PartialDate day = PartialDate.ofDay(2018, 6, 30);
        assertThat(year.definitelyBefore(day)).isFalse();
        assertThat(day.definitelyBefore(year)).isFalse();
        assertThat(year.unordered(day)).isTrue();
        assertThat(year.definitelyBefore(PartialDate.ofDay(2019, 1, 1))).isTrue();
        assertThat(PartialDate.ofMonth(2018, 5).definitelyBefore(PartialDate.ofDay(2018, 6, 1))).isTrue();
        assertThat(PartialDate.ofMonth(2018, 6).definitelyBefore(PartialDate.ofDay(2018, 6, 1))).isFalse();
        assertThat(day.unordered(day)).isFalse();
    }

    @Test
    void definitelyBeforeAgreesWithTheSpansOnRandomDates() {
        Random r = new Random(7);
        for (int i = 0; i < 2000; i++) {
            PartialDate a = random(r);
            PartialDate b = random(r);
            boolean spansDisjointAndOrdered = !a.endExclusive().isAfter(b.start());
            assertThat(a.definitelyBefore(b)).as("%s < %s", a, b).isEqualTo(spansDisjointAndOrdered);
            if (a.definitelyBefore(b)) {
                assertThat(a.compareTo(b)).isNegative();
            }
            assertThat(PartialDate.fromMillis(a.startMillis(), a.precision())).isEqualTo(a);
        }
    }

    private static PartialDate random(Random r) {
        int y = 2015 + r.nextInt(3);
        return switch (r.nextInt(3)) {
            case 0 -> PartialDate.ofYear(y);
            case 1 -> PartialDate.ofMonth(y, 1 + r.nextInt(12));
            default -> PartialDate.ofDay(y, 1 + r.nextInt(12), 1 + r.nextInt(28));
        };
    }
}
