package org.glassbox.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentAgreementTest {
    @Test
    void countsUnitsOnWhichEveryCoderWhoCodedAgrees() {
        // Krippendorff 2011 data: pairable units 1–11; all coders agree on units 1, 3, 4, 5, 7, 9, 10, 11 → 8/11
        PercentAgreement p = new PercentAgreement(KrippendorffAlphaTest.krippendorff2011());
        assertThat(p.units()).isEqualTo(11);
        assertThat(p.agreeingUnits()).isEqualTo(8);
        assertThat(p.proportion()).isEqualTo(8.0 / 11);
    }
}
