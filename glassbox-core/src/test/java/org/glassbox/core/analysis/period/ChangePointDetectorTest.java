package org.glassbox.core.analysis.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChangePointDetectorTest {
    static final List<String> AB = List.of("a", "b");

    static long[] times(int n) {
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            t[i] = i;
        }
        return t;
    }

    static int[] blocks(int... lengthsAndCodes) {
        int n = 0;
        for (int i = 0; i < lengthsAndCodes.length; i += 2) {
            n += lengthsAndCodes[i];
        }
        int[] c = new int[n];
        int k = 0;
        for (int i = 0; i < lengthsAndCodes.length; i += 2) {
            for (int j = 0; j < lengthsAndCodes[i]; j++) {
                c[k++] = lengthsAndCodes[i + 1];
            }
        }
        return c;
    }

    @Test
    void findsTheShiftAndReportsIt() {
        ChangePointDetector d = new ChangePointDetector(times(40), null, blocks(20, 0, 20, 1), AB, 3, 5, 1000);
        assertThat(d.changePoints()).hasSize(1);
        ChangePoint cp = d.changePoints().get(0);
        assertThat(cp.index()).isEqualTo(20);
        assertThat(cp.timeMillis()).isEqualTo(20);
        assertThat(cp.gain()).isCloseTo(40 * Math.log(2), within(1e-9));
        assertThat(cp.shifts()).extracting(CategoryShift::category).containsExactly("a", "b");
        assertThat(cp.shifts().get(0).shareBefore()).isEqualTo(1.0);
        assertThat(cp.shifts().get(0).shareAfter()).isEqualTo(0.0);
        assertThat(d.segmentStarts()).containsExactly(0, 20);
    }

    @Test
    void penaltyAndMinimumSegmentSuppressBoundaries() {
        int[] c = blocks(20, 0, 20, 1);
        assertThat(new ChangePointDetector(times(40), null, c, AB, 28, 5, 1000).changePoints()).isEmpty();
        assertThat(new ChangePointDetector(times(40), null, c, AB, 27, 5, 1000).changePoints()).hasSize(1);
        assertThat(new ChangePointDetector(times(40), null, c, AB, 1, 21, 1000).changePoints()).isEmpty();
    }

    @Test
    void findsSeveralShifts() {
        ChangePointDetector d = new ChangePointDetector(times(60), null, blocks(20, 0, 20, 1, 20, 0), AB, 3, 5, 1000);
        assertThat(d.segmentStarts()).containsExactly(0, 20, 40);
    }

    @Test
    void neverSplitsInsideACoarseDate() {
        // observation 9 is known only to a span reaching time 50: no boundary may fall at 10..19
        long[] ends = new long[20];
        for (int i = 0; i < 20; i++) {
            ends[i] = i + 1;
        }
        ends[9] = 50;
        ChangePointDetector d = new ChangePointDetector(times(20), ends, blocks(10, 0, 10, 1), AB, 3, 1, 1000);
        assertThat(d.changePoints()).extracting(ChangePoint::index).containsExactly(9);
    }

    @Test
    void equalTimesStayTogether() {
        long[] t = {0, 0, 0, 1, 1, 1};
        ChangePointDetector d = new ChangePointDetector(t, null, new int[] {0, 0, 1, 1, 1, 1}, AB, 0.1, 1, 1000);
        assertThat(d.changePoints()).extracting(ChangePoint::index).allMatch(i -> i == 3);
    }

    @Test
    void groupsLongInputsIntoBlocks() {
        Random r = new Random(3);
        int n = 50_000;
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            c[i] = i < n / 2 ? (r.nextDouble() < 0.8 ? 0 : 1) : (r.nextDouble() < 0.2 ? 0 : 1);
        }
        ChangePointDetector d = new ChangePointDetector(times(n), null, c, AB,
                ChangePointDetector.bicPenalty(2, n), 100, 500);
        assertThat(d.changePoints()).hasSize(1);
        assertThat(d.changePoints().get(0).index()).isBetween(n / 2 - n / 500, n / 2 + n / 500);
    }

    @Test
    void validatesItsInput() {
        assertThatThrownBy(() -> new ChangePointDetector(new long[] {2, 1}, null, new int[] {0, 0}, AB, 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sorted");
        assertThatThrownBy(() -> new ChangePointDetector(new long[] {1}, null, new int[] {5}, AB, 1, 1, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ChangePointDetector(new long[0], null, new int[0], AB, 1, 1, 10).changePoints()).isEmpty();
    }

    @Test
    void costAndPenaltyFormulas() {
        assertThat(ChangePointDetector.cost(new int[] {2, 2})).isCloseTo(4 * Math.log(2), within(1e-12));
        assertThat(ChangePointDetector.cost(new int[] {5, 0})).isZero();
        assertThat(ChangePointDetector.bicPenalty(3, 100)).isCloseTo(Math.log(100), within(1e-12));
    }
}
