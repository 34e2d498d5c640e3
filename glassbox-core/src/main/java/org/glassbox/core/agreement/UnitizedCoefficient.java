package org.glassbox.core.agreement;

/**
 * One coefficient of the unitized-α family ({@link UnitizedAlpha}) with the parts it is made of:
 * α = 1 − D_o / D_e.
 *
 * @param alpha    the coefficient, NaN when undefined (no pairable matter, or D_e = 0)
 * @param observed D_o, the observed disagreement: the share of pairable matter (ℓ..) in off-diagonal
 *                 coincidences, (ℓ.. − Σ_c ℓ_cc) / ℓ..
 * @param expected D_e, the expected disagreement: (ε.. − Σ_c ε_cc) / ε.. (ε.. = ℓ..)
 * @param pairable ℓ.., the pairable length the coefficient is computed on (m·L for uα and |uα; the
 *                 matter two coders both coded for cuα), in continuum positions
 * @param units    the number of units (passages) the coefficient is computed on, over all coders
 */
public record UnitizedCoefficient(double alpha, double observed, double expected, double pairable, int units) {
    public UnitizedCoefficient {
        if (pairable < 0 || units < 0) {
            throw new AgreementException("pairable", "pairable length and units are not negative: " + pairable + ", " + units);
        }
    }
}
