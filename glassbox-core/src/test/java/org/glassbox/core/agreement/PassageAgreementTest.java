package org.glassbox.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PassageAgreementTest {

    private static CodedUnit u(long start, long end, String code) {
        return new CodedUnit(start, end, code);
    }

    private static CodeAgreement row(PassageAgreement a, String code) {
        return a.codes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * Three coders, L = 10, codes that overlap (A gave p and q to [3, 5)), and a coder who coded
     * nothing:
     * <pre>
     *   A: p [1,5)   q [3,7)
     *   B: p [2,6)
     *   C: (nothing)
     * </pre>
     * m = 3, so every ordered pair of coders counts 1/(m − 1) = 1/2: an unordered pair's
     * intersection of sections valued c and k adds 1/2 to ℓ_ck and 1/2 to ℓ_kc (1 to ℓ_cc).
     *
     * <p><b>Code p on its own</b> (binary: p against ∅). Sections: A ∅[0,1) p[1,5) ∅[5,10);
     * B ∅[0,2) p[2,6) ∅[6,10); C ∅[0,10).
     * Step 1, intersections: A–B: ∅∩∅ 1 + 4 = 5, A p∩B ∅ [1,2) = 1, p∩p [2,5) = 3, A ∅∩B p [5,6) = 1;
     * A–C: ∅∩∅ 6, p∩∅ 4; B–C: ∅∩∅ 6, p∩∅ 4.
     * Step 2, coincidences: ℓ_∅∅ = 5 + 6 + 6 = 17, ℓ_pp = 3, ℓ_p∅ = ℓ_∅p = (1 + 1 + 4 + 4)/2 = 5;
     * ℓ.. = 30 = mL; marginals ℓ_∅. = 22, ℓ_p. = 8.
     * Step 3, self-pairing: S_p = 4² + 4² = 32 (units squared), S_∅ = 6 + 6 + 10 = 22 (gaps as they
     * are), S = 54; ℓ.. − S/ℓ.. = 30 − 1.8 = 28.2; ε_p∅ = ε_∅p = 22·8/28.2 = 176/28.2.
     * Step 4, D_o = (5 + 5)/30 = 1/3; D_e = (352/28.2)/30 = 352/846; α = 1 − (1/3)/(352/846) =
     * 1 − 846/1056 = 0.198864.
     * Step 5, overlap: A∩B = 3 of A∪B = [1,6) = 5; A–C 0 of 4; B–C 0 of 4: 3/13.
     *
     * <p><b>Code q</b>: A q[3,7), nobody else. A–B: q∩∅ 4, ∅∩∅ 6; A–C the same; B–C ∅∩∅ 10.
     * ℓ_∅∅ = 6 + 6 + 10 = 22, ℓ_q∅ = ℓ_∅q = (4 + 4)/2 = 4, ℓ_qq = 0; ℓ_∅. = 26, ℓ_q. = 4.
     * S_q = 16, S_∅ = 6 + 10 + 10 = 26, S = 42, ℓ.. − S/ℓ.. = 28.6; ε_q∅ = 104/28.6.
     * D_o = 8/30, D_e = (208/28.6)/30; α = 1 − 8·28.6/208 = −0.1. Overlap 0 of 4 + 4: 0.
     *
     * <p><b>All codes</b>: p and q overlap in A, so cu-α (mutually exclusive codes only) is NaN.
     * Coded against uncoded matter: A *[1,7), B *[2,6), C nothing. A–B: ∅∩∅ 1 + 3 = 4, A *∩B ∅
     * [1,2) + [6,7) = 2, *∩* 4; A–C ∅∩∅ 4, *∩∅ 6; B–C ∅∩∅ 6, *∩∅ 4. ℓ_∅∅ = 14, ℓ_** = 4,
     * ℓ_*∅ = ℓ_∅* = (2 + 6 + 4)/2 = 6; ℓ_∅. = 20, ℓ_*. = 10. S_* = 36 + 16 = 52, S_∅ = 4 + 6 + 10
     * = 20, S = 72, ℓ.. − S/ℓ.. = 27.6; ε_*∅ = 200/27.6. D_o = 12/30 = 0.4, D_e = 400/(27.6·30);
     * α = 1 − 0.4·27.6·30/400 = 0.172. Pooled overlap (3 + 0)/(13 + 8) = 1/7.
     */
    @Test
    void handComputedExampleWithOverlappingCodesAndACoderWhoCodedNothing() {
        PassageAgreement a = PassageAgreement.of(10, List.of(
                new Unitization("A", List.of(u(3, 7, "q"), u(1, 5, "p"))),
                new Unitization("B", List.of(u(2, 6, "p"))),
                new Unitization("C", List.of())));
        assertThat(a.exclusive()).isFalse();
        assertThat(a.codes()).extracting(CodeAgreement::code).containsExactly("p", "q", "*");
        CodeAgreement p = row(a, "p");
        assertThat(p.binary().pairable()).isCloseTo(30, within(1e-12));
        assertThat(p.binary().observed()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(p.binary().expected()).isCloseTo(352.0 / 846, within(1e-12));
        assertThat(p.binary().alpha()).isCloseTo(1 - 846.0 / 1056, within(1e-12));
        assertThat(p.binary().units()).isEqualTo(2);
        assertThat(p.units()).isEqualTo(2);
        assertThat(p.overlap()).isCloseTo(3.0 / 13, within(1e-12));
        assertThat(p.cuAlpha()).isNaN();
        CodeAgreement q = row(a, "q");
        assertThat(q.binary().observed()).isCloseTo(8.0 / 30, within(1e-12));
        assertThat(q.binary().expected()).isCloseTo(208 / 28.6 / 30, within(1e-12));
        assertThat(q.binary().alpha()).isCloseTo(-0.1, within(1e-12));
        assertThat(q.overlap()).isEqualTo(0.0);
        CodeAgreement all = row(a, UnitizedAlpha.ALL_CODES);
        assertThat(all.cuAlpha()).isNaN();
        assertThat(all.binary().observed()).isCloseTo(0.4, within(1e-12));
        assertThat(all.binary().expected()).isCloseTo(400 / (27.6 * 30), within(1e-12));
        assertThat(all.binary().alpha()).isCloseTo(0.172, within(1e-12));
        assertThat(all.overlap()).isCloseTo(1.0 / 7, within(1e-12));
        assertThat(all.units()).isEqualTo(3);
    }

    /**
     * Mutually exclusive codes: the two-coder example of {@link UnitizedAlphaTest} (A x[0,4) y[6,10);
     * B x[0,4) y[5,8) x[8,10)): cu-α per code as computed there, and x on its own by hand: A x[0,4)
     * ∅[4,10); B x[0,4) ∅[4,8) x[8,10); x∩x 4, ∅∩∅ 4, A ∅∩B x 2: ℓ_xx = 8, ℓ_∅∅ = 8, ℓ_x∅ = ℓ_∅x = 2;
     * S_x = 16 + 16 + 4 = 36, S_∅ = 6 + 4 = 10, ℓ.. − S/ℓ.. = 20 − 2.3 = 17.7, ε_x∅ = 100/17.7;
     * D_o = 4/20 = 0.2, D_e = (200/17.7)/20; |uα_x = 1 − 0.2·17.7/10 = 0.646.
     */
    @Test
    void exclusiveCodesGiveTheCuAlphaFamily() {
        List<Unitization> coders = List.of(
                new Unitization("A", List.of(u(6, 10, "y"), u(0, 4, "x"))),
                new Unitization("B", List.of(u(0, 4, "x"), u(5, 8, "y"), u(8, 10, "x"))));
        PassageAgreement a = PassageAgreement.of(10, coders);
        UnitizedAlpha family = new UnitizedAlpha(10, coders);
        assertThat(a.exclusive()).isTrue();
        assertThat(row(a, "x").cuAlpha()).isCloseTo(1 - 0.2 / (4.8 / 9.92), within(1e-12));
        assertThat(row(a, "y").cuAlpha()).isCloseTo(1 - (2.0 / 6) / (4.8 / 6.08), within(1e-12));
        assertThat(row(a, "*").cuAlpha()).isCloseTo(1 - 4 / 9.6, within(1e-12));
        assertThat(row(a, "x").binary().observed()).isCloseTo(0.2, within(1e-12));
        assertThat(row(a, "x").binary().expected()).isCloseTo(200 / 17.7 / 20, within(1e-12));
        assertThat(row(a, "x").binary().alpha()).isCloseTo(0.646, within(1e-12));
        assertThat(row(a, "x").overlap()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(row(a, "*").binary().alpha()).isEqualTo(family.binaryAlpha());
        // the per-code rows of UnitizedAlpha carry the same |uα
        assertThat(family.codes().get(0).binary().alpha()).isCloseTo(0.646, within(1e-12));
        // pooled overlap: same-code matter 4 + 2 over unions 6 + 5
        assertThat(row(a, "*").overlap()).isCloseTo(6.0 / 11, within(1e-12));
    }

    @Test
    void documentsAreLaidEndToEndAndEveryBadPassageIsNamed() {
        Map<String, Long> docs = new LinkedHashMap<>();
        docs.put("d1", 10L);
        docs.put("d2", 6L);
        List<CodedPassage> ps = List.of(
                new CodedPassage("d1", 0, 4, "A", Set.of("x")),
                new CodedPassage("d2", 1, 5, "A", Set.of("x", "y")),
                new CodedPassage("d2", 2, 6, "B", Set.of("x")),
                new CodedPassage("d1", 0, 9, "Z", Set.of("x")));  // not a coder compared: left out
        PassageAgreement a = PassageAgreement.ofDocuments(docs, List.of("A", "B", "C"), ps);
        PassageAgreement b = PassageAgreement.of(16, List.of(
                new Unitization("A", List.of(u(0, 4, "x"), u(11, 15, "x"), u(11, 15, "y"))),
                new Unitization("B", List.of(u(12, 16, "x"))),
                new Unitization("C", List.of())));
        assertThat(a.length()).isEqualTo(16);
        assertThat(a.coders()).containsExactly("A", "B", "C");
        assertThat(a.exclusive()).isFalse();
        assertThat(a.codes()).isEqualTo(b.codes());
        assertThat(row(a, "x").units()).isEqualTo(3);
        assertThatThrownBy(() -> PassageAgreement.ofDocuments(docs, List.of("A", "B"), List.of(
                new CodedPassage("d1", 0, 4, "A", Set.of("x")),
                new CodedPassage("d3", 0, 4, "A", Set.of("x")),
                new CodedPassage("d2", 3, 7, "B", Set.of("x")))))
                .isInstanceOfSatisfying(AgreementException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("passages");
                    assertThat(e.unit()).isEqualTo(1);
                })
                .hasMessageContaining("passage 1: unknown document d3")
                .hasMessageContaining("passage 2: [3, 7) ends beyond document d2 of length 6");
        assertThatThrownBy(() -> PassageAgreement.of(10, List.of(new Unitization("A", List.of(u(0, 11, "x"))),
                new Unitization("B", List.of())))).hasMessageContaining("beyond the continuum's length 10");
        assertThatThrownBy(() -> PassageAgreement.of(10, List.of(new Unitization("A", List.of()))))
                .hasMessageContaining("at least two coders");
    }

    // ---- properties over seeded random codings ----

    private static List<Unitization> random(Random rnd, long length, int coders, boolean exclusive) {
        String[] codes = {"a", "b", "c"};
        List<Unitization> out = new ArrayList<>();
        for (int i = 0; i < coders; i++) {
            List<CodedUnit> us = new ArrayList<>();
            if (exclusive) {
                long pos = rnd.nextInt(5);
                while (pos < length - 1 && rnd.nextDouble() < 0.85) {
                    long end = Math.min(length, pos + 1 + rnd.nextInt(12));
                    us.add(u(pos, end, codes[rnd.nextInt(codes.length)]));
                    pos = end + rnd.nextInt(6);
                }
            } else {
                int n = rnd.nextInt(6);
                for (int k = 0; k < n; k++) {
                    long s = rnd.nextInt((int) length - 1);
                    us.add(u(s, Math.min(length, s + 1 + rnd.nextInt(15)), codes[rnd.nextInt(codes.length)]));
                }
            }
            out.add(new Unitization("c" + i, us));
        }
        return out;
    }

    private static List<Unitization> shifted(List<Unitization> cs, long k) {
        List<Unitization> out = new ArrayList<>();
        for (Unitization c : cs) {
            out.add(new Unitization(c.coder(), c.units().stream().map(x -> u(x.start() + k, x.end() + k, x.code())).toList()));
        }
        return out;
    }

    private static List<Unitization> mirrored(List<Unitization> cs, long length) {
        List<Unitization> out = new ArrayList<>();
        for (Unitization c : cs) {
            out.add(new Unitization(c.coder(), c.units().stream().map(x -> u(length - x.end(), length - x.start(), x.code())).toList()));
        }
        return out;
    }

    private static void assertSame(double x, double y) {
        if (Double.isNaN(x)) {
            assertThat(y).isNaN();
        } else {
            assertThat(y).isCloseTo(x, within(1e-9));
        }
    }

    @Test
    void invariantUnderCoderOrderMirroringAndShiftingForCodedMatter() {
        Random rnd = new Random(20161);
        int definedCu = 0;
        for (int t = 0; t < 300; t++) {
            long length = 20 + rnd.nextInt(120);
            boolean exclusive = t % 2 == 0;
            List<Unitization> cs = random(rnd, length, 2 + rnd.nextInt(3), exclusive);
            PassageAgreement a = PassageAgreement.of(length, cs);
            List<Unitization> shuffled = new ArrayList<>(cs);
            Collections.shuffle(shuffled, rnd);
            long k = 1 + rnd.nextInt(30);
            PassageAgreement o = PassageAgreement.of(length, shuffled);
            PassageAgreement m = PassageAgreement.of(length, mirrored(cs, length));
            PassageAgreement s = PassageAgreement.of(length + k + rnd.nextInt(30), shifted(cs, k));
            assertThat(o.codes()).extracting(CodeAgreement::code).isEqualTo(a.codes().stream().map(CodeAgreement::code).toList());
            for (int r = 0; r < a.codes().size(); r++) {
                CodeAgreement x = a.codes().get(r);
                for (PassageAgreement other : List.of(o, m)) {
                    CodeAgreement y = other.codes().get(r);
                    assertSame(x.binary().alpha(), y.binary().alpha());
                    assertSame(x.cuAlpha(), y.cuAlpha());
                    assertSame(x.overlap(), y.overlap());
                }
                // shifting onto a longer continuum adds agreed-upon gap: coded matter is unchanged
                CodeAgreement y = s.codes().get(r);
                assertSame(x.cuAlpha(), y.cuAlpha());
                assertSame(x.overlap(), y.overlap());
                assertThat(y.units()).isEqualTo(x.units());
                if (!Double.isNaN(x.binary().alpha())) {
                    assertThat(x.binary().alpha()).isLessThanOrEqualTo(1 + 1e-12);
                    assertThat(x.binary().observed()).isBetween(0.0, 1.0);
                }
                if (!Double.isNaN(x.overlap())) {
                    assertThat(x.overlap()).isBetween(0.0, 1.0);
                }
                if (!Double.isNaN(x.cuAlpha())) {
                    definedCu++;
                }
            }
            assertThat(a.exclusive() || !exclusive).isTrue();
        }
        assertThat(definedCu).isGreaterThan(100);
    }

    @Test
    void identicalCodersAgreePerfectly() {
        Random rnd = new Random(7);
        int checked = 0;
        for (int t = 0; t < 200; t++) {
            long length = 20 + rnd.nextInt(100);
            Unitization one = random(rnd, length, 1, t % 2 == 0).get(0);
            List<Unitization> same = new ArrayList<>();
            for (int i = 0; i < 2 + rnd.nextInt(3); i++) {
                same.add(new Unitization("c" + i, one.units()));
            }
            PassageAgreement a = PassageAgreement.of(length, same);
            for (CodeAgreement r : a.codes()) {
                if (r.units() == 0) {
                    assertThat(r.overlap()).isNaN();
                    continue;
                }
                assertThat(r.overlap()).isEqualTo(1.0);
                assertThat(r.binary().observed()).isEqualTo(0.0);
                // defined unless the code covers the whole continuum (no variation)
                if (!Double.isNaN(r.binary().alpha())) {
                    assertThat(r.binary().alpha()).isCloseTo(1.0, within(1e-12));
                    checked++;
                }
                if (!Double.isNaN(r.cuAlpha())) {
                    assertThat(r.cuAlpha()).isCloseTo(1.0, within(1e-12));
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    private static boolean touching(List<Unitization> cs, String code) {
        for (Unitization c : cs) {
            for (CodedUnit x : c.units()) {
                for (CodedUnit y : c.units()) {
                    boolean relevant = code.equals("*") || (x.code().equals(code) && y.code().equals(code));
                    if (relevant && x.end() == y.start()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * An independent, position-by-position computation of a code's |uα and overlap (the merge of
     * sorted sections in {@link UnitizedAlpha} never looks at single positions): coincidences
     * counted at every position, runs of the code found by scanning.
     */
    @Test
    void binaryAlphaAndOverlapAgreeWithAPositionByPositionCount() {
        Random rnd = new Random(42);
        for (int t = 0; t < 200; t++) {
            int length = 10 + rnd.nextInt(80);
            int m = 2 + rnd.nextInt(3);
            List<Unitization> cs = random(rnd, length, m, false);
            PassageAgreement a = PassageAgreement.of(length, cs);
            for (CodeAgreement r : a.codes()) {
                if (touching(cs, r.code())) {
                    continue; // units that touch stay two units; a scan of positions sees one run
                }
                boolean[][] on = new boolean[m][length];
                for (int i = 0; i < m; i++) {
                    for (CodedUnit x : cs.get(i).units()) {
                        if (r.code().equals("*") || x.code().equals(r.code())) {
                            for (long p = x.start(); p < x.end(); p++) {
                                on[i][(int) p] = true;
                            }
                        }
                    }
                }
                double l11 = 0;
                double l10 = 0;
                double l00 = 0;
                double same = 0;
                double union = 0;
                for (int p = 0; p < length; p++) {
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < m; j++) {
                            if (i == j) {
                                continue;
                            }
                            if (on[i][p] && on[j][p]) {
                                l11 += 1.0 / (m - 1);
                            } else if (on[i][p] || on[j][p]) {
                                l10 += 0.5 / (m - 1);
                            } else {
                                l00 += 1.0 / (m - 1);
                            }
                            if (i < j && on[i][p] && on[j][p]) {
                                same++;
                            }
                            if (i < j && (on[i][p] || on[j][p])) {
                                union++;
                            }
                        }
                    }
                }
                double s1 = 0;
                double s0 = 0;
                for (int i = 0; i < m; i++) {
                    int run = 0;
                    for (int p = 0; p <= length; p++) {
                        if (p < length && on[i][p]) {
                            run++;
                        } else {
                            s1 += (double) run * run;
                            run = 0;
                            if (p < length) {
                                s0++;
                            }
                        }
                    }
                }
                double tot = l11 + 2 * l10 + l00;
                assertThat(tot).isCloseTo((double) m * length, within(1e-9));
                double n1 = l11 + l10;
                double n0 = l00 + l10;
                double eps10 = n1 * n0 / (tot - (s1 + s0) / tot);
                double expected = 1 - 2 * l10 / (2 * eps10);
                if (n1 == 0 || n0 == 0) {
                    assertThat(r.binary().alpha()).isNaN();
                } else {
                    assertThat(r.binary().alpha()).isCloseTo(expected, within(1e-9));
                }
                if (!r.code().equals("*")) {
                    assertSame(union == 0 ? Double.NaN : same / union, r.overlap());
                }
            }
        }
    }
}
