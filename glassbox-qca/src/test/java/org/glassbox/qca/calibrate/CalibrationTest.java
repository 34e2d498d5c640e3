package org.glassbox.qca.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
    final Calibration.FuzzyOptions d = Calibration.FuzzyOptions.defaults();

    @Test
    void logisticHitsTheAnchors() {
        double[] m = Calibration.fuzzy(new double[] {350, 550, 900, 10_000}, Thresholds.parse("e=350, c=550, i=900"), d);
        assertThat(m[0]).isCloseTo(0.05, within(1e-12));
        assertThat(m[1]).isEqualTo(0.5);
        assertThat(m[2]).isCloseTo(0.95, within(1e-12));
        assertThat(m[3]).isGreaterThan(0.99);
    }

    @Test
    void decreasingAndLinearShapes() {
        double[] dec = Calibration.fuzzy(new double[] {5, 10, 15}, Thresholds.parse("i=5, c=10, e=15"), d);
        assertThat(dec[0]).isCloseTo(0.95, within(1e-12));
        assertThat(dec[2]).isCloseTo(0.05, within(1e-12));
        double[] lin = Calibration.fuzzy(new double[] {300, 450, 550, 725, 950}, Thresholds.parse("e=350,c=550,i=900"), d.linear());
        assertThat(lin).containsExactly(0, 0.25, 0.5, 0.75, 1);
    }

    @Test
    void trapezoidIsOneOnThePlateau() {
        double[] m = Calibration.fuzzy(new double[] {40, 60, 82, 95, 100}, Thresholds.parse("e1=40, c1=60, i1=80, i2=85, c2=95, e2=100"), d.linear());
        assertThat(m).containsExactly(0, 0.5, 1, 0.5, 0);
    }

    @Test
    void crispAndMultiValue() {
        assertThat(Calibration.crisp(new double[] {1, 550, 700, 900}, new double[] {850, 550})).containsExactly(0, 1, 1, 2);
    }

    @Test
    void thresholdFinderSplitsAtTheLargestGaps() {
        assertThat(ThresholdFinder.find(new double[] {460, 500, 900, 2000, 2100, 2400, 15000, 16000, 20000}, 2)).containsExactly(8700, 18000);
    }

    @Test
    void badAnchorsAreRejectedWithPosition() {
        assertThatThrownBy(() -> Thresholds.parse("e=1, x=2")).hasMessageContaining("unknown anchor 'x'");
        assertThatThrownBy(() -> Thresholds.parse("e=1, c=abc")).hasMessageContaining("'abc' is not a number");
        assertThatThrownBy(() -> Calibration.fuzzy(new double[] {1}, Thresholds.parse("e=1, c=5, i=3"), d)).hasMessageContaining("crossover");
    }

    @Test
    void halfMembershipsAreWarned() {
        assertThat(Calibration.halfMembershipWarnings(new double[] {0.5, 0.2}, List.of("a", "b"), "X")).hasSize(1).first().asString().contains("'a'");
    }
}
