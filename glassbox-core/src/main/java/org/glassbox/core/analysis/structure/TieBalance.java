package org.glassbox.core.analysis.structure;

/**
 * Lateral against authority ties in a period.
 *
 * @param authorityTies           ties on the line, functional, cross-cutting, oversight or ownership axis
 * @param lateralTies             ties on the lateral or data axis
 * @param lateralToAuthorityRatio lateralTies / authorityTies (lateralTies when there is no authority tie)
 */
public record TieBalance(int authorityTies, int lateralTies, double lateralToAuthorityRatio) {
    public TieBalance {
        if (authorityTies < 0 || lateralTies < 0) {
            throw new IllegalArgumentException("counts must be ≥ 0, were " + authorityTies + ", " + lateralTies);
        }
    }
}
