package org.glassbox.core.analysis.structure;

/**
 * Horizontal information barriers among a period's same-level line departments, by {@link InformationBarrier}.
 *
 * @param lineDepartments line departments present in the period (in a valid tie or an event): function
 *                        {@code line-department}, else government subordinates of a command tie
 * @param sameLevelPairs  unordered pairs of line departments on the same level
 * @param connectedPairs  of those, pairs joined by a data-sharing or coordination tie, directly or through one hub
 * @param index           1 − connectedPairs / sameLevelPairs (0 without pairs)
 */
public record BarrierMetrics(int lineDepartments, long sameLevelPairs, long connectedPairs, double index) {
    public BarrierMetrics {
        if (lineDepartments < 0 || sameLevelPairs < 0 || connectedPairs < 0 || connectedPairs > sameLevelPairs) {
            throw new IllegalArgumentException("need 0 ≤ connectedPairs ≤ sameLevelPairs and lineDepartments ≥ 0, were "
                    + connectedPairs + ", " + sameLevelPairs + ", " + lineDepartments);
        }
    }
}
