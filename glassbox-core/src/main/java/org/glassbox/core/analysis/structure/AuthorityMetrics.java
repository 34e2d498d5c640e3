package org.glassbox.core.analysis.structure;

/**
 * Unity of command and dual authority in a period, by {@link DualAuthority}'s rule.
 *
 * @param actorsUnderAuthority  actors with an incoming line, ownership or cross-cutting tie
 * @param singleSuperiorActors  of those, actors with exactly one distinct superior across the three axes
 * @param dualAuthorityActors   of those, actors with a line-or-ownership superior and a different cross-cutting superior
 * @param unityOfCommandRatio   singleSuperiorActors / actorsUnderAuthority (0 without actors under authority)
 * @param dualAuthorityRatio    dualAuthorityActors / actorsUnderAuthority (0 without actors under authority)
 */
public record AuthorityMetrics(int actorsUnderAuthority, int singleSuperiorActors, int dualAuthorityActors,
                               double unityOfCommandRatio, double dualAuthorityRatio) {
    public AuthorityMetrics {
        if (actorsUnderAuthority < 0 || singleSuperiorActors < 0 || dualAuthorityActors < 0
                || singleSuperiorActors > actorsUnderAuthority || dualAuthorityActors > actorsUnderAuthority) {
            throw new IllegalArgumentException("counts must be ≥ 0 and at most actorsUnderAuthority ("
                    + actorsUnderAuthority + "): single " + singleSuperiorActors + ", dual " + dualAuthorityActors);
        }
    }
}
