package org.glassbox.core.agreement;

/**
 * Agreement on one code of a unitized continuum ({@link UnitizedAlpha}), or on all codes together.
 *
 * @param code    the code; {@link UnitizedAlpha#ALL_CODES} for the row of all codes
 * @param cuAlpha the (per-code) cu-α; NaN when undefined
 * @param overlap percent overlap in [0, 1]; NaN when no coder used the code
 * @param units   the number of units carrying the code, over all coders
 */
public record CodeAgreement(String code, double cuAlpha, double overlap, int units) {
}
