package org.glassbox.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", § C: 4 coders (A–D), 12
     * units, values 1–5, missing values; also the example of R's {@code irr::kripp.alpha}
     * ({@code nmm}). Published: α nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
     */
    static ReliabilityData<Integer> krippendorff2011() {
        Integer[][] byCoder = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
        };
        List<List<Integer>> rows = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Integer> row = new ArrayList<>();
            for (Integer[] coder : byCoder) {
                row.add(coder[u]);
            }
            rows.add(row);
        }
        return ReliabilityData.of(List.of("A", "B", "C", "D"), rows);
    }

    @Test
    void reproducesTheNominalExampleOfKrippendorff2011() {
        KrippendorffAlpha a = KrippendorffAlpha.nominal(krippendorff2011());
        // unit 12 has a single value and is not pairable: 11 units, n = 40 pairable values
        assertThat(a.pairableUnits()).isEqualTo(11);
        assertThat(a.pairableValues()).isCloseTo(40.0, within(1e-12));
        // the published coincidence matrix: o_11 = 7, o_12 = 1/3 (unit 6) + 3/3 (unit 8), n_1 = 9 ...
        double[][] o = a.coincidences();
        assertThat(a.values()).containsExactly(1, 2, 3, 4, 5);
        assertThat(o[0][0]).isCloseTo(7.0, within(1e-12));
        assertThat(o[0][1]).isCloseTo(4.0 / 3, within(1e-12));
        double[] n = new double[5];
        for (int c = 0; c < 5; c++) {
            n[c] = Arrays.stream(o[c]).sum();
        }
        assertThat(n).containsExactly(new double[] {9, 13, 10, 5, 3}, within(1e-12));
        assertThat(a.alpha()).isCloseTo(0.743, within(0.0005));
        // α = 1 − (n − 1)·Σ_{c≠k} o_ck / (n² − Σ n_c²) exactly; the diagonal is 7 + 10 + 8 + 4 + 3 = 32,
        // so 1 − 39·8 / (1600 − 384) = 0.74342...
        assertThat(a.alpha()).isCloseTo(1 - 39.0 * 8 / (1600 - (81 + 169 + 100 + 25 + 9)), within(1e-12));
    }

    @Test
    void reproducesTheOrdinalIntervalAndRatioFiguresOfKrippendorff2011() {
        ReliabilityData<Integer> d = krippendorff2011();
        assertThat(KrippendorffAlpha.ordinal(d).alpha()).isCloseTo(0.815, within(0.0005));
        assertThat(KrippendorffAlpha.interval(d).alpha()).isCloseTo(0.849, within(0.0005));
        assertThat(KrippendorffAlpha.ratio(d).alpha()).isCloseTo(0.797, within(0.0005));
        assertThat(KrippendorffAlpha.of(d, Level.INTERVAL).alpha()).isEqualTo(KrippendorffAlpha.interval(d).alpha());
    }

    @Test
    void ordinalMetricFollowsTheMarginals() {
        // Krippendorff's ordinal δ²: for ranks 1 and 3 with n = (9, 13, 10): (9 + 13 + 10 − (9 + 10)/2)² = 22.5²
        double[] nc = {9, 13, 10};
        double[] p = KrippendorffAlpha.prefix(nc);
        assertThat(KrippendorffAlpha.ordinalDelta(nc, p, 0, 2)).isCloseTo(22.5 * 22.5, within(1e-12));
        assertThat(KrippendorffAlpha.ordinalDelta(nc, p, 2, 0)).isCloseTo(22.5 * 22.5, within(1e-12));
        assertThat(KrippendorffAlpha.ordinalDelta(nc, p, 0, 1)).isCloseTo(11 * 11, within(1e-12));
        assertThat(KrippendorffAlpha.ordinalDelta(nc, p, 1, 1)).isZero();
    }

    @Test
    void undefinedWithoutVariationAndOneWithPerfectAgreement() {
        ReliabilityData<String> same = ReliabilityData.of(List.of("a", "b"),
                List.of(List.of("x", "x"), List.of("x", "x")));
        assertThat(KrippendorffAlpha.nominal(same).alpha()).isNaN();
        assertThat(KrippendorffAlpha.nominal(same).defined()).isFalse();
        ReliabilityData<String> perfect = ReliabilityData.of(List.of("a", "b"),
                Arrays.asList(List.of("x", "x"), List.of("y", "y"), Arrays.asList("z", null)));
        assertThat(KrippendorffAlpha.nominal(perfect).alpha()).isEqualTo(1.0);
        ReliabilityData<String> nothingPairable = ReliabilityData.of(List.of("a", "b"),
                List.of(Arrays.asList("x", null), Arrays.asList(null, "y")));
        assertThat(KrippendorffAlpha.nominal(nothingPairable).alpha()).isNaN();
        assertThat(KrippendorffAlpha.nominal(nothingPairable).pairableUnits()).isZero();
    }

    @Test
    void refusesValuesThatDoNotFitTheLevel() {
        ReliabilityData<Object> d = ReliabilityData.of(List.of("a", "b"), List.of(List.of(1, "two")));
        assertThatThrownBy(() -> KrippendorffAlpha.of(d, Level.INTERVAL))
                .isInstanceOf(AgreementException.class)
                .hasMessageContaining("coder b").hasMessageContaining("'two'")
                .satisfies(e -> {
                    assertThat(((AgreementException) e).unit()).isZero();
                    assertThat(((AgreementException) e).coder()).isEqualTo(1);
                });
        ReliabilityData<Double> negative = ReliabilityData.of(List.of("a", "b"), List.of(List.of(1.0, -2.0)));
        assertThatThrownBy(() -> KrippendorffAlpha.ratio(negative)).hasMessageContaining("negative");
    }

    /**
     * For two coders without missing values, 1 − α = (1 − π)(2N − 1)/(2N) with Scott's π computed
     * from the pooled proportions (Krippendorff 2004, § 11.3.1) — checked on seeded random data.
     */
    @Test
    void twoCoderNominalAlphaIsScottsPiCorrectedForSampleSize() {
        Random rnd = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int units = 2 + rnd.nextInt(30);
            int values = 2 + rnd.nextInt(4);
            List<List<Integer>> rows = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                int a = rnd.nextInt(values);
                int b = rnd.nextDouble() < 0.6 ? a : rnd.nextInt(values);
                rows.add(List.of(a, b));
            }
            ReliabilityData<Integer> d = ReliabilityData.of(List.of("a", "b"), rows);
            double po = 0;
            double[] pooled = new double[values];
            for (List<Integer> r : rows) {
                po += r.get(0).equals(r.get(1)) ? 1 : 0;
                pooled[r.get(0)]++;
                pooled[r.get(1)]++;
            }
            po /= units;
            double pe = 0;
            for (double p : pooled) {
                pe += (p / (2 * units)) * (p / (2 * units));
            }
            KrippendorffAlpha a = KrippendorffAlpha.nominal(d);
            if (pe == 1) {
                assertThat(a.alpha()).isNaN();
                continue;
            }
            double pi = (po - pe) / (1 - pe);
            assertThat(1 - a.alpha()).isCloseTo((1 - pi) * (2.0 * units - 1) / (2.0 * units), within(1e-9));
        }
    }

    /** α does not depend on the order of units or coders, and interval α not on the unit of measurement. */
    @Test
    void invariantUnderPermutationsAndAffineRescaling() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int units = 3 + rnd.nextInt(15);
            int coders = 2 + rnd.nextInt(4);
            List<List<Double>> rows = new ArrayList<>();
            List<List<Double>> scaled = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                List<Double> r = new ArrayList<>();
                List<Double> s = new ArrayList<>();
                double truth = rnd.nextInt(6);
                for (int c = 0; c < coders; c++) {
                    Double v = rnd.nextDouble() < 0.2 ? null : truth + (rnd.nextDouble() < 0.3 ? rnd.nextInt(3) - 1 : 0);
                    r.add(v);
                    s.add(v == null ? null : 10 + 3.5 * v);
                }
                rows.add(r);
                scaled.add(s);
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < coders; c++) {
                names.add("c" + c);
            }
            ReliabilityData<Double> d = ReliabilityData.of(names, rows);
            double alpha = KrippendorffAlpha.interval(d).alpha();
            assertThat(KrippendorffAlpha.interval(ReliabilityData.of(names, scaled)).alpha())
                    .isEqualTo(alpha, within(1e-9));
            List<List<Double>> shuffled = new ArrayList<>();
            for (List<Double> r : rows) {
                List<Double> x = new ArrayList<>(r);
                Collections.reverse(x);
                shuffled.add(x);
            }
            Collections.shuffle(shuffled, rnd);
            assertThat(KrippendorffAlpha.interval(ReliabilityData.of(names, shuffled)).alpha())
                    .isEqualTo(alpha, within(1e-9));
            double nominal = KrippendorffAlpha.nominal(d).alpha();
            assertThat(KrippendorffAlpha.nominal(ReliabilityData.of(names, shuffled)).alpha()).isEqualTo(nominal, within(1e-9));
        }
    }

    @Test
    void masiAlphaCountsPartialAgreementOfSets() {
        // two coders, three units; unit 1 identical, unit 2 subset (δ = 1 − 1/2·2/3 = 2/3), unit 3 disjoint
        ReliabilityData<Set<String>> d = ReliabilityData.of(List.of("a", "b"), List.of(
                List.of(Set.of("x"), Set.of("x")),
                List.of(Set.of("x", "y"), Set.of("x")),
                List.of(Set.of("z"), Set.of("y"))));
        KrippendorffAlpha a = KrippendorffAlpha.masi(d);
        // values in first-seen order: {x}, {x,y}, {z}, {y}; n = 6
        // D_o = (1/6)·2·(2/3 + 1) = 5/9
        assertThat(a.observedDisagreement()).isCloseTo(5.0 / 9, within(1e-12));
        // n_c: {x} 3, {x,y} 1, {z} 1, {y} 1. Σ_c Σ_k n_c n_k δ: {x}-{x,y}: 2·3·1·(2/3) = 4;
        // {x}-{z}: 2·3·1 = 6; {x}-{y}: 6; {x,y}-{z}: 2; {x,y}-{y}: 2·(2/3) = 4/3; {z}-{y}: 2 → 21 1/3
        double de = (4 + 6 + 6 + 2 + 4.0 / 3 + 2) / 30;
        assertThat(a.expectedDisagreement()).isCloseTo(de, within(1e-12));
        assertThat(a.alpha()).isCloseTo(1 - (5.0 / 9) / de, within(1e-12));
        // the same sets written in a different order and set class are the same value
        ReliabilityData<Set<String>> d2 = ReliabilityData.of(List.of("a", "b"), List.of(
                List.of(new java.util.TreeSet<>(Set.of("x")), Set.of("x")),
                List.of(new java.util.TreeSet<>(List.of("y", "x")), Set.of("x")),
                List.of(Set.of("z"), Set.of("y"))));
        assertThat(KrippendorffAlpha.masi(d2).alpha()).isCloseTo(a.alpha(), within(1e-12));
    }

    /** The textbook computation: the dense coincidence matrix and δ² of every pair of values. */
    private static double naiveAlpha(KrippendorffAlpha a) {
        double[][] o = a.coincidences();
        List<Object> vals = a.values();
        int v = vals.size();
        double[] nc = new double[v];
        double n = 0;
        for (int c = 0; c < v; c++) {
            nc[c] = Arrays.stream(o[c]).sum();
            n += nc[c];
        }
        double so = 0;
        double se = 0;
        for (int c = 0; c < v; c++) {
            for (int k = 0; k < v; k++) {
                double d;
                if (a.level() == Level.ORDINAL) {
                    int lo = Math.min(c, k);
                    int hi = Math.max(c, k);
                    double sum = 0;
                    for (int g = lo; g <= hi; g++) {
                        sum += nc[g];
                    }
                    d = c == k ? 0 : Math.pow(sum - (nc[lo] + nc[hi]) / 2, 2);
                } else if (a.level() == Level.INTERVAL) {
                    d = Math.pow((Double) vals.get(c) - (Double) vals.get(k), 2);
                } else if (a.level() == Level.RATIO) {
                    double x = (Double) vals.get(c);
                    double y = (Double) vals.get(k);
                    d = x + y == 0 ? 0 : Math.pow((x - y) / (x + y), 2);
                } else if (a.level() == Level.MASI) {
                    d = MasiDistance.distance((Set<?>) vals.get(c), (Set<?>) vals.get(k));
                } else {
                    d = c == k ? 0 : 1;
                }
                so += o[c][k] * d;
                se += nc[c] * nc[k] * d;
            }
        }
        return 1 - (so / n) / (se / (n * (n - 1)));
    }

    /** The fast computation (no V × V matrix) equals the textbook one at every level, on seeded random data. */
    @Test
    void fastComputationEqualsTheTextbookOneAtEveryLevel() {
        Random rnd = new Random(11);
        String[] labels = {"a", "b", "c", "d", "e"};
        for (int trial = 0; trial < 60; trial++) {
            int units = 2 + rnd.nextInt(25);
            int coders = 2 + rnd.nextInt(4);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < coders; c++) {
                names.add("c" + c);
            }
            List<List<Double>> nums = new ArrayList<>();
            List<List<Set<String>>> sets = new ArrayList<>();
            for (int u = 0; u < units; u++) {
                List<Double> r = new ArrayList<>();
                List<Set<String>> sr = new ArrayList<>();
                int truth = rnd.nextInt(7);
                for (int c = 0; c < coders; c++) {
                    boolean missing = rnd.nextDouble() < 0.2;
                    r.add(missing ? null : (double) (rnd.nextDouble() < 0.6 ? truth : rnd.nextInt(7)));
                    java.util.TreeSet<String> set = new java.util.TreeSet<>();
                    int size = rnd.nextInt(3);
                    for (int k = 0; k < size; k++) {
                        set.add(labels[rnd.nextInt(labels.length)]);
                    }
                    sr.add(missing ? null : set);
                }
                nums.add(r);
                sets.add(sr);
            }
            ReliabilityData<Double> d = ReliabilityData.of(names, nums);
            for (KrippendorffAlpha a : List.of(KrippendorffAlpha.nominal(d), KrippendorffAlpha.ordinal(d),
                    KrippendorffAlpha.interval(d), KrippendorffAlpha.ratio(d),
                    KrippendorffAlpha.masi(ReliabilityData.of(names, sets)))) {
                double naive = naiveAlpha(a);
                if (Double.isNaN(a.alpha())) {
                    assertThat(Double.isNaN(naive) || Double.isInfinite(naive) || a.pairableUnits() == 0).isTrue();
                } else {
                    assertThat(a.alpha()).as(a.level() + " trial " + trial).isCloseTo(naive, within(1e-9));
                }
            }
        }
    }
}
