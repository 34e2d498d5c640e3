package org.glassbox.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohenKappaTest {

    /** Two coders' data from a contingency table: cell (r, c) repeated table[r][c] times. */
    static ReliabilityData<String> fromTable(String[] labels, int[][] table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table.length; c++) {
                for (int i = 0; i < table[r][c]; i++) {
                    rows.add(List.of(labels[r], labels[c]));
                }
            }
        }
        return ReliabilityData.of(List.of("A", "B"), rows);
    }

    /**
     * The two-category example of the standard presentations of κ (e.g. the "Cohen's kappa" entry of
     * the Wikipedia and many textbooks): 50 units, yes/yes 20, yes/no 5, no/yes 10, no/no 15.
     * p_o = 35/50 = 0.70; A says yes 25 times, B 30: p_e = 0.5·0.6 + 0.5·0.4 = 0.50; κ = 0.2/0.5 = 0.40.
     */
    @Test
    void twoByTwoExample() {
        CohenKappa k = new CohenKappa(fromTable(new String[] {"yes", "no"}, new int[][] {{20, 5}, {10, 15}}));
        assertThat(k.observedAgreement()).isCloseTo(0.70, within(1e-12));
        assertThat(k.expectedAgreement()).isCloseTo(0.50, within(1e-12));
        assertThat(k.kappa()).isCloseTo(0.40, within(1e-12));
    }

    /**
     * A three-category diagnostic table of 100 subjects as in Fleiss, Levin &amp; Paik (2003, ch. 18):
     * rows coder A, columns coder B = [[75, 1, 4], [5, 4, 1], [0, 0, 10]]. p_o = 0.89; margins A
     * (0.80, 0.10, 0.10), B (0.80, 0.05, 0.15): p_e = 0.64 + 0.005 + 0.015 = 0.66;
     * κ = 0.23/0.34 = 0.6765 — the same as {@code irr::kappa2} on these 100 rows.
     */
    @Test
    void threeCategoryExample() {
        CohenKappa k = new CohenKappa(fromTable(new String[] {"psychotic", "neurotic", "organic"},
                new int[][] {{75, 1, 4}, {5, 4, 1}, {0, 0, 10}}));
        assertThat(k.observedAgreement()).isCloseTo(0.89, within(1e-12));
        assertThat(k.expectedAgreement()).isCloseTo(0.66, within(1e-12));
        assertThat(k.kappa()).isCloseTo(0.23 / 0.34, within(1e-12));
    }

    @Test
    void refusesMissingValuesAndOtherNumbersOfCoders() {
        ReliabilityData<String> missing = ReliabilityData.of(List.of("A", "B"),
                List.of(List.of("x", "y"), Arrays.asList("x", null)));
        assertThat(CohenKappa.applies(missing)).isFalse();
        assertThatThrownBy(() -> new CohenKappa(missing)).isInstanceOf(AgreementException.class)
                .hasMessageContaining("unit 2").hasMessageContaining("coder B");
        ReliabilityData<String> three = ReliabilityData.of(List.of("A", "B", "C"), List.of(List.of("x", "y", "x")));
        assertThatThrownBy(() -> new CohenKappa(three)).hasMessageContaining("exactly two coders");
    }

    @Test
    void undefinedWhenBothCodersUseOneValue() {
        CohenKappa k = new CohenKappa(fromTable(new String[] {"x", "y"}, new int[][] {{5, 0}, {0, 0}}));
        assertThat(k.kappa()).isNaN();
        assertThat(k.observedAgreement()).isEqualTo(1.0);
    }
}
