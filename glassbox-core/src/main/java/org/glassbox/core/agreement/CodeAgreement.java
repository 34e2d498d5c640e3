package org.glassbox.core.agreement;

import java.util.Objects;

/**
 * Agreement on one code of a unitized continuum ({@link UnitizedAlpha}, {@link PassageAgreement}),
 * or on all codes together.
 *
 * @param code    the code; {@link UnitizedAlpha#ALL_CODES} for the row of all codes
 * @param cuAlpha the (per-code) cu-α, (k)cuα — for the row of all codes, Cu-α; NaN when undefined
 *                (and where the codes compared are not mutually exclusive, see {@link PassageAgreement})
 * @param overlap percent overlap in [0, 1]; NaN when no coder used the code
 * @param units   the number of units carrying the code, over all coders
 * @param binary  |uα of the code on its own continuum — the code against everything else, the
 *                α-binary ATLAS.ti reports per code — with its D_o, D_e and pairable length; for the
 *                row of all codes, |uα of coded against not coded
 */
public record CodeAgreement(String code, double cuAlpha, double overlap, int units, UnitizedCoefficient binary) {
    public CodeAgreement {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(binary, "binary");
        if (units < 0) {
            throw new AgreementException("units", "the number of units is not negative: " + units);
        }
    }
}
