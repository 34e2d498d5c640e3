package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SobolIndicesTest {
    static final double A = 7;
    static final double B = 0.1;

    static double ishigami(double[] x) {
        return Math.sin(x[0]) + A * Math.pow(Math.sin(x[1]), 2) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
    }

    /** The Ishigami function's analytic indices (Ishigami &amp; Homma 1990; Sobol' &amp; Levitan 1999). */
    @Test
    void saltelliAndJansenEstimatorsRecoverTheIshigamiIndices() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * 8 / 225;
        double v = v1 + v2 + v13;
        double[] s = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertThat(s[0]).isCloseTo(0.3139, within(1e-4));
        assertThat(st[2]).isCloseTo(0.2437, within(1e-4));
        double[] lo = {-Math.PI, -Math.PI, -Math.PI};
        double[] hi = {Math.PI, Math.PI, Math.PI};
        SobolIndices.Result r = SobolIndices.estimate(SobolIndicesTest::ishigami, lo, hi, 1 << 14);
        for (int i = 0; i < 3; i++) {
            assertThat(r.first()[i]).as("S%d", i + 1).isCloseTo(s[i], within(0.02));
            assertThat(r.total()[i]).as("ST%d", i + 1).isCloseTo(st[i], within(0.02));
        }
        assertThat(r.evaluations()).isEqualTo((1 << 14) * 5);
    }

    @Test
    void theBootstrapIntervalsCoverTheIshigamiIndicesAndNarrowWithN() {
        double pi4 = Math.pow(Math.PI, 4);
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * Math.pow(Math.PI, 8) * 8 / 225;
        double v = v1 + v2 + v13;
        double[] s = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        double[] lo = {-Math.PI, -Math.PI, -Math.PI};
        double[] hi = {Math.PI, Math.PI, Math.PI};
        SobolIndices.Result small = SobolIndices.estimate(SobolIndicesTest::ishigami, lo, hi, 512, 500, 11);
        SobolIndices.Result large = SobolIndices.estimate(SobolIndicesTest::ishigami, lo, hi, 8192, 500, 11);
        SobolIndices.Result plain = SobolIndices.estimate(SobolIndicesTest::ishigami, lo, hi, 512);
        for (int i = 0; i < 3; i++) {
            // the point estimates do not depend on the bootstrap
            assertThat(small.first()[i]).isEqualTo(plain.first()[i]);
            assertThat(small.total()[i]).isEqualTo(plain.total()[i]);
            assertThat(plain.firstLow()[i]).isNaN();
            for (SobolIndices.Result r : new SobolIndices.Result[] {small, large}) {
                assertThat(r.firstLow()[i]).as("S%d low", i + 1).isLessThanOrEqualTo(r.first()[i]).isLessThan(s[i] + 0.01);
                assertThat(r.firstHigh()[i]).as("S%d high", i + 1).isGreaterThanOrEqualTo(r.first()[i]).isGreaterThan(s[i] - 0.01);
                assertThat(r.totalLow()[i]).as("ST%d low", i + 1).isLessThanOrEqualTo(r.total()[i]).isLessThan(st[i] + 0.01);
                assertThat(r.totalHigh()[i]).as("ST%d high", i + 1).isGreaterThanOrEqualTo(r.total()[i]).isGreaterThan(st[i] - 0.01);
            }
            // 16 times the points: intervals about a quarter as wide (1/√16), certainly narrower than half
            assertThat(large.firstHigh()[i] - large.firstLow()[i]).isLessThan(0.5 * (small.firstHigh()[i] - small.firstLow()[i]));
            assertThat(large.totalHigh()[i] - large.totalLow()[i]).isLessThan(0.5 * (small.totalHigh()[i] - small.totalLow()[i]));
        }
        assertThat(small.bootstrap()).isEqualTo(500);
        // seeded: the same seed gives the same intervals
        assertThat(SobolIndices.estimate(SobolIndicesTest::ishigami, lo, hi, 512, 500, 11).firstLow()).isEqualTo(small.firstLow());
    }

    @Test
    void morrisRanksTheFactorsOfALinearFunctionByTheirSlopes() {
        MorrisEffects.Result m = MorrisEffects.estimate(x -> 3 * x[0] - 1 * x[1] + 0 * x[2], new double[] {0, 0, 0},
                new double[] {1, 2, 1}, 20, 9);
        // in units of each factor's range: EE = slope × range, exactly, with no spread
        assertThat(m.mu()[0]).isCloseTo(3, within(1e-9));
        assertThat(m.mu()[1]).isCloseTo(-2, within(1e-9));
        assertThat(m.muStar()[1]).isCloseTo(2, within(1e-9));
        assertThat(m.muStar()[2]).isCloseTo(0, within(1e-12));
        assertThat(m.sigma()[0]).isCloseTo(0, within(1e-9));
        assertThat(m.evaluations()).isEqualTo(80);
        MorrisEffects.Result nonlinear = MorrisEffects.estimate(SobolIndicesTest::ishigami, new double[] {-Math.PI, -Math.PI, -Math.PI},
                new double[] {Math.PI, Math.PI, Math.PI}, 20, 9);
        assertThat(nonlinear.sigma()[2]).isGreaterThan(0); // x3 acts only through its interaction with x1
    }
}
