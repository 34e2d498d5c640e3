package org.glassbox.core.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Cohen's κ for two coders who coded every unit (Cohen 1960, "A coefficient of agreement for
 * nominal scales", Educational and Psychological Measurement 20): κ = (p_o − p_e) / (1 − p_e), with
 * p_o the proportion of units on which the coders agree and p_e = Σ_k p_1k · p_2k, the agreement
 * expected from each coder's own distribution of values. Unweighted: values are nominal categories
 * compared with {@link Object#equals}. Equals R's {@code irr::kappa2(x, weight = "unweighted")}.
 *
 * <p>Not applicable to more than two coders or to missing values ({@link #applies}); undefined (NaN)
 * when p_e = 1, i.e. both coders used one and the same value throughout. O(N) time, O(V) memory.
 */
public final class CohenKappa {
    private final int units;
    private final double observed;
    private final double expected;
    private final double kappa;

    /**
     * @throws AgreementException naming {@code data} when it does not have exactly two coders or
     *                            has a missing value (with its position)
     */
    public CohenKappa(ReliabilityData<?> data) {
        if (data.coderCount() != 2) {
            throw new AgreementException("data", "Cohen's kappa needs exactly two coders, not " + data.coderCount());
        }
        Map<Object, int[]> margins = new HashMap<>();
        int agree = 0;
        int n = data.unitCount();
        for (int u = 0; u < n; u++) {
            Object a = data.value(u, 0);
            Object b = data.value(u, 1);
            if (a == null || b == null) {
                throw new AgreementException("data", u, a == null ? 0 : 1, "Cohen's kappa takes no missing values; unit "
                        + data.units().get(u) + " has none from coder " + data.coders().get(a == null ? 0 : 1));
            }
            if (a.equals(b)) {
                agree++;
            }
            margins.computeIfAbsent(a, k -> new int[2])[0]++;
            margins.computeIfAbsent(b, k -> new int[2])[1]++;
        }
        this.units = n;
        if (n == 0) {
            observed = expected = kappa = Double.NaN;
            return;
        }
        double pe = 0;
        for (int[] m : margins.values()) {
            pe += (double) m[0] / n * m[1] / n;
        }
        this.observed = (double) agree / n;
        this.expected = pe;
        this.kappa = pe >= 1 ? Double.NaN : (observed - pe) / (1 - pe);
    }

    /** Whether κ applies: exactly two coders and no missing value. */
    public static boolean applies(ReliabilityData<?> data) {
        return data.coderCount() == 2 && data.complete();
    }

    /** κ; NaN when undefined (p_e = 1, or no units). */
    public double kappa() {
        return kappa;
    }

    /** p_o. */
    public double observedAgreement() {
        return observed;
    }

    /** p_e. */
    public double expectedAgreement() {
        return expected;
    }

    public int units() {
        return units;
    }
}
