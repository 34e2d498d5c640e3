package org.glassbox.qca.minimize;

/**
 * What to minimise and how.
 *
 * @param includeRemainders     use logical remainders as don't cares ({@code include = "?"}):
 *                              the parsimonious solution; false gives the complex one
 * @param includeContradictions treat contradictory rows (OUT = C) as positive ({@code include = "C"})
 * @param directionalExpectations expectations for the intermediate solution, e.g.
 *                              {@code "A, ~B, -, C"} or {@code "A, B*~C"}; null or blank for none
 * @param rowDominance          drop prime implicants dominated in the chart ({@code row.dom = TRUE})
 * @param modelLimit            stop after this many equally minimal models
 */
public record MinimizeOptions(boolean includeRemainders, boolean includeContradictions,
                              String directionalExpectations, boolean rowDominance, int modelLimit) {

    /** Complex (conservative) solution with the reference's defaults. */
    public static MinimizeOptions complex() {
        return new MinimizeOptions(false, false, null, false, 100_000);
    }

    /** Parsimonious solution: remainders included. */
    public static MinimizeOptions parsimonious() {
        return new MinimizeOptions(true, false, null, false, 100_000);
    }

    /** Intermediate solution with directional expectations (remainders included). */
    public static MinimizeOptions intermediate(String dirExp) {
        return new MinimizeOptions(true, false, dirExp, false, 100_000);
    }

    public MinimizeOptions withRowDominance(boolean on) {
        return new MinimizeOptions(includeRemainders, includeContradictions, directionalExpectations, on, modelLimit);
    }

    public MinimizeOptions withContradictions(boolean on) {
        return new MinimizeOptions(includeRemainders, on, directionalExpectations, rowDominance, modelLimit);
    }

    public boolean hasDirectionalExpectations() {
        return directionalExpectations != null && !directionalExpectations.isBlank();
    }
}
