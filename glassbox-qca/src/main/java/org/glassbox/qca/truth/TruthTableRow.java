package org.glassbox.qca.truth;

import java.util.List;

/**
 * One observed configuration.
 *
 * @param number  the reference's row number: 1 + the configuration read as a mixed-radix number,
 *                first condition most significant
 * @param config  level of each condition
 * @param out     "1", "0", "C" (contradiction) or "?" (too few cases: remainder)
 * @param n       number of cases in the row
 * @param incl    sufficiency consistency inclS of the row for the outcome
 * @param pri     proportional reduction in inconsistency
 * @param cases   labels of the cases in the row, in data order
 */
public record TruthTableRow(long number, int[] config, String out, int n, double incl, double pri, List<String> cases) {
    public TruthTableRow {
        config = config.clone();
        cases = List.copyOf(cases);
    }

    @Override
    public int[] config() {
        return config.clone();
    }

    /** Level of condition j (no copy). */
    public int level(int j) {
        return config[j];
    }
}
