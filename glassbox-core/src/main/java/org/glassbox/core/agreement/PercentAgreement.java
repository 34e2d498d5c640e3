package org.glassbox.core.agreement;

import java.util.List;
import java.util.Objects;

/**
 * Percent agreement: the share of pairable units (coded by at least two coders) on which every
 * coder who coded the unit gave the same value. For two coders without missing values this is
 * the observed agreement p_o of Cohen (1960); for complete data with more coders it equals
 * {@code irr::agree} with tolerance 0 (Gamer et al., R package irr). Values are compared with
 * {@link Object#equals}, so sets agree only when identical. Not chance-corrected: report it beside
 * α, never instead of it (Krippendorff 2004, Content Analysis, §11.4).
 *
 * <p>Undefined (NaN) when no unit is pairable. O(units × coders).
 */
public final class PercentAgreement {
    private final int units;
    private final int agreeing;

    public PercentAgreement(ReliabilityData<?> data) {
        int n = 0;
        int a = 0;
        for (List<?> row : data.values()) {
            Object first = null;
            int m = 0;
            boolean same = true;
            for (Object v : row) {
                if (v == null) {
                    continue;
                }
                if (m++ == 0) {
                    first = v;
                } else if (!Objects.equals(first, v)) {
                    same = false;
                }
            }
            if (m >= 2) {
                n++;
                if (same) {
                    a++;
                }
            }
        }
        this.units = n;
        this.agreeing = a;
    }

    /** The share in [0, 1]; NaN when no unit is pairable. */
    public double proportion() {
        return units == 0 ? Double.NaN : (double) agreeing / units;
    }

    /** The number of pairable units. */
    public int units() {
        return units;
    }

    /** The number of pairable units on which all coders agree. */
    public int agreeingUnits() {
        return agreeing;
    }
}
