package org.glassbox.core.analysis.structure;

import java.util.Objects;

/**
 * The structure layer of one period, computed on the ties valid in it (docs/methods.md gives each formula).
 *
 * @param ties                     ties valid at some instant of the period
 * @param hierarchyDepth           edges on the longest chain of command (line axis); 0 without command ties
 * @param meanSpanOfControl        mean number of direct subordinates of actors that command anyone
 * @param maxSpanOfControl         largest number of direct subordinates
 * @param krackhardtHierarchy      Krackhardt (1994) hierarchy of the command digraph, 1 − mutual / non-null reachable dyads; 0 without reachable dyads
 * @param governmentActors         government-side actors present in the period (in an event or a valid tie)
 * @param supervisionEvents        assessment / inspection events initiated by a government-side actor
 * @param supervisionIntensity     supervisionEvents / governmentActors
 * @param lineDepartments          line departments present in the period (in a valid tie or an event): function {@code line-department}, else government subordinates of a command tie
 * @param sameLevelPairs           unordered pairs of line departments on the same level
 * @param connectedPairs           of those, pairs joined by a data-sharing or coordination tie, directly or through one hub
 * @param informationBarrierIndex  1 − connectedPairs / sameLevelPairs (0 without pairs)
 * @param actorsUnderAuthority     actors with an incoming line, ownership or cross-cutting tie
 * @param singleSuperiorActors     of those, actors with exactly one line-or-ownership superior and no cross-cutting superior
 * @param dualAuthorityActors      of those, actors with an incoming line/ownership tie and an incoming cross-cutting tie from a different actor
 * @param unityOfCommandRatio      singleSuperiorActors / actorsUnderAuthority
 * @param dualAuthorityRatio       dualAuthorityActors / actorsUnderAuthority
 * @param authorityTies            ties on the line, functional, cross-cutting, oversight or ownership axis
 * @param lateralTies              ties on the lateral or data axis
 * @param lateralToAuthorityRatio  lateralTies / authorityTies (lateralTies when there is no authority tie)
 * @param pressureEvents           performance and legitimacy pressure: assessment, ranking and award events
 * @param publicParticipationShare share of the period's events in which a {@code public}-sector actor initiates or takes part
 */
public record StructureMetrics(int ties, int hierarchyDepth, double meanSpanOfControl, int maxSpanOfControl,
                               double krackhardtHierarchy, int governmentActors, int supervisionEvents,
                               double supervisionIntensity, int lineDepartments, long sameLevelPairs,
                               long connectedPairs, double informationBarrierIndex, int actorsUnderAuthority,
                               int singleSuperiorActors, int dualAuthorityActors, double unityOfCommandRatio,
                               double dualAuthorityRatio, int authorityTies, int lateralTies,
                               double lateralToAuthorityRatio, int pressureEvents, double publicParticipationShare,
                               StructureVerdict verdict) {
    public StructureMetrics {
        Objects.requireNonNull(verdict, "verdict");
    }

    public StructureType type() {
        return verdict.type();
    }
}
