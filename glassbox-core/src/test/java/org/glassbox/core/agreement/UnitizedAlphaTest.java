package org.glassbox.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitizedAlphaTest {

    private static CodedUnit u(long start, long end, String code) {
        return new CodedUnit(start, end, code);
    }

    /**
     * A small example computed by hand. L = 10, two coders (so 1/(m − 1) = 1):
     * <pre>
     *   A: [0,4) x   [4,6) ∅   [6,10) y
     *   B: [0,4) x   [4,5) ∅   [5,8) y   [8,10) x
     * </pre>
     * Step 1, intersections of A's sections with B's: x∩x 4, ∅∩∅ 1, ∅∩y 1, y∩y 2, y∩x 2. Both
     * orders count, so ℓ_xx = 8, ℓ_∅∅ = 2, ℓ_∅y = ℓ_y∅ = 1, ℓ_yy = 4, ℓ_xy = ℓ_yx = 2;
     * ℓ.. = 20 = mL; marginals ℓ_∅. = 3, ℓ_x. = 10, ℓ_y. = 7.
     * <p>Step 2, self-pairing terms: units squared, gaps as they are. S_x = 4² + 4² + 2² = 36,
     * S_y = 4² + 3² = 25, S_∅ = 2 + 1 = 3, S = 64; the denominator ℓ.. − S/ℓ.. = 20 − 3.2 = 16.8.
     * ε_∅∅ = (9 − 3)/16.8, ε_xx = (100 − 36)/16.8, ε_yy = (49 − 25)/16.8: Σ ε_cc = 94/16.8.
     * <p>Step 3, uα = 1 − (20 − 14) / (20 − 94/16.8) = 1 − 6·16.8/242 = 0.583471.
     * <p>Step 4, |uα: coded matter disagrees with gaps on ℓ_∅y + ℓ_y∅ = 2; expected
     * 2·ℓ_∅.(ℓ_x. + ℓ_y.)/16.8 = 102/16.8; |uα = 1 − 2·16.8/102 = 0.670588.
     * <p>Step 5, cuα on coded matter only: ℓ*_xx = 8, ℓ*_yy = 4, ℓ*_xy = ℓ*_yx = 2, ℓ*.. = 16,
     * ℓ*_x. = 10, ℓ*_y. = 6. Pairable lengths: A x[0,4) 4, A y[6,10) 2 + 2 = 4, B x[0,4) 4,
     * B y[5,8) 2 (A has a gap at 5), B x[8,10) 2. S*_x = 16 + 16 + 4 = 36, S*_y = 16 + 4 = 20,
     * denominator 16 − 56/16 = 12.5. ε*_xx = (100 − 36)/12.5 = 5.12, ε*_yy = (36 − 20)/12.5 = 1.28,
     * ε*_xy = ε*_yx = 60/12.5 = 4.8. cuα = 1 − (16 − 12)/(16 − 6.4) = 1 − 4/9.6 = 0.583333.
     * <p>Step 6, per code: x: observed 2/10 = 0.2, expected 4.8/(5.12 + 4.8) = 0.483871,
     * cu-α = 1 − 0.2/0.483871 = 0.586667; y: observed 2/6, expected 4.8/6.08, cu-α = 0.577778.
     * <p>Step 7, overlap: x: |A_x ∩ B_x| = 4, |A_x ∪ B_x| = 4 + 6 − 4 = 6 → 2/3; y: [6,8) = 2 of
     * 4 + 3 − 2 = 5 → 0.4; all: same-code matter 4 + 2 = 6 of the union of coded matter
     * [0,4) ∪ [5,10) = 9 → 2/3.
     */
    @Test
    void handComputedExample() {
        UnitizedAlpha a = new UnitizedAlpha(10, List.of(
                new Unitization("A", List.of(u(6, 10, "y"), u(0, 4, "x"))),
                new Unitization("B", List.of(u(0, 4, "x"), u(5, 8, "y"), u(8, 10, "x")))));
        assertThat(a.uAlpha()).isCloseTo(1 - 6 * 16.8 / 242, within(1e-12));
        assertThat(a.binaryAlpha()).isCloseTo(1 - 2 * 16.8 / 102, within(1e-12));
        assertThat(a.cuAlpha()).isCloseTo(1 - 4 / 9.6, within(1e-12));
        // the parts: D_o = off-diagonal share of ℓ.., D_e = off-diagonal share of ε.. (= ℓ..)
        assertThat(a.u().pairable()).isCloseTo(20, within(1e-12));
        assertThat(a.u().observed()).isCloseTo(6.0 / 20, within(1e-12));
        assertThat(a.u().expected()).isCloseTo((20 - 94 / 16.8) / 20, within(1e-12));
        assertThat(a.binary().observed()).isCloseTo(2.0 / 20, within(1e-12));
        assertThat(a.binary().expected()).isCloseTo(102 / 16.8 / 20, within(1e-12));
        assertThat(a.cu().pairable()).isCloseTo(16, within(1e-12));
        assertThat(a.cu().observed()).isCloseTo(4.0 / 16, within(1e-12));
        assertThat(a.cu().expected()).isCloseTo(9.6 / 16, within(1e-12));
        assertThat(a.cu().units()).isEqualTo(5);
        assertThat(a.codes()).hasSize(3);
        CodeAgreement x = a.codes().get(0);
        CodeAgreement y = a.codes().get(1);
        CodeAgreement all = a.codes().get(2);
        assertThat(x.code()).isEqualTo("x");
        assertThat(x.cuAlpha()).isCloseTo(1 - 0.2 / (4.8 / 9.92), within(1e-12));
        assertThat(x.overlap()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(x.units()).isEqualTo(3);
        assertThat(y.code()).isEqualTo("y");
        assertThat(y.cuAlpha()).isCloseTo(1 - (2.0 / 6) / (4.8 / 6.08), within(1e-12));
        assertThat(y.overlap()).isCloseTo(0.4, within(1e-12));
        assertThat(y.units()).isEqualTo(2);
        assertThat(all.code()).isEqualTo(UnitizedAlpha.ALL_CODES);
        assertThat(all.cuAlpha()).isEqualTo(a.cuAlpha());
        assertThat(all.overlap()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(all.units()).isEqualTo(5);
    }

    /**
     * Krippendorff (2019, Content Analysis, 4th ed., Fig. 12.11): Alex, Paul and Suzan unitize a
     * continuum of 60 (here 0-based, half-open). Published: uα = .510, |uα = .413, cuα = .724.
     */
    @Test
    void reproducesKrippendorff2019Figure12_11() {
        UnitizedAlpha a = new UnitizedAlpha(60, List.of(
                new Unitization("Alex", List.of(u(0, 7, "1"), u(7, 13, "2"), u(30, 32, "5"), u(32, 37, "6"),
                        u(37, 44, "6"), u(44, 60, "7"))),
                new Unitization("Paul", List.of(u(0, 7, "1"), u(7, 13, "3"), u(13, 21, "5"), u(32, 44, "6"))),
                new Unitization("Suzan", List.of(u(0, 7, "1"), u(7, 13, "4"), u(13, 21, "5"), u(32, 37, "6"),
                        u(37, 41, "6"), u(41, 44, "6")))));
        assertThat(a.uAlpha()).isCloseTo(0.510, within(0.0005));
        assertThat(a.binaryAlpha()).isCloseTo(0.413, within(0.001));
        assertThat(a.cuAlpha()).isCloseTo(0.724, within(0.0005));
        // Independent implementations differ from the published figure in S*_c for m > 2: squaring
        // each pair's intersection (Σ_j |g ∩ U_j|² / (m − 1)) gives 0.7256, squaring the overlap
        // with the union of the others' units 0.7283; the mean over the others (ℓ*_g² with
        // ℓ*_g = Σ_j |g ∩ U_j| / (m − 1)), used here, gives 0.72417 — the published .724.
        assertThat(a.cuAlpha()).isCloseTo(0.72417, within(0.000005));
        // codes 2, 3, 4 are each one coder's, always against another code: cu-α 0
        assertThat(a.codes().stream().filter(c -> c.code().equals("2")).findFirst().orElseThrow().cuAlpha())
                .isCloseTo(0.0, within(1e-12));
        assertThat(a.codes().stream().filter(c -> c.code().equals("1")).findFirst().orElseThrow().cuAlpha())
                .isEqualTo(1.0);
    }

    @Test
    void identicalCodingIsPerfectAndNoCodingIsUndefined() {
        List<CodedUnit> same = List.of(u(0, 3, "a"), u(5, 9, "b"));
        UnitizedAlpha a = new UnitizedAlpha(12, List.of(new Unitization("A", same), new Unitization("B", same)));
        assertThat(a.uAlpha()).isEqualTo(1.0);
        assertThat(a.binaryAlpha()).isEqualTo(1.0);
        assertThat(a.cuAlpha()).isEqualTo(1.0);
        assertThat(a.overlap()).isEqualTo(1.0);
        UnitizedAlpha none = new UnitizedAlpha(12, List.of(new Unitization("A", List.of()), new Unitization("B", List.of())));
        assertThat(none.uAlpha()).isNaN();
        assertThat(none.cuAlpha()).isNaN();
        assertThat(none.overlap()).isNaN();
    }

    @Test
    void refusesOverlappingUnitsOfOneCoderAndUnitsBeyondTheEnd() {
        assertThatThrownBy(() -> new UnitizedAlpha(10, List.of(
                new Unitization("A", List.of(u(0, 5, "a"), u(3, 6, "b"))),
                new Unitization("B", List.of()))))
                .isInstanceOf(AgreementException.class).hasMessageContaining("coder A")
                .hasMessageContaining("[3, 6) b overlaps unit [0, 5) a");
        assertThatThrownBy(() -> new UnitizedAlpha(10, List.of(
                new Unitization("A", List.of(u(8, 12, "a"))), new Unitization("B", List.of()))))
                .hasMessageContaining("beyond the continuum's length 10");
        assertThatThrownBy(() -> new UnitizedAlpha(10, List.of(new Unitization("A", List.of()))))
                .hasMessageContaining("at least two coders");
    }
}
