package org.glassbox.qca.truth;

import java.util.Set;
import java.util.TreeSet;
import org.glassbox.qca.QcaInputException;

/**
 * How rows get their output value.
 *
 * @param inclCut1 consistency at or above which a row is positive (OUT = 1)
 * @param inclCut0 consistency below which a row is negative (OUT = 0); rows in between are
 *                 contradictions (OUT = C). Equal to {@code inclCut1} for the one-value form.
 * @param nCut     rows with fewer cases are logical remainders (OUT = ?)
 * @param priCut   positive rows with a PRI below this are coded 0
 * @param exclude  row numbers coded negative whatever their data (enhanced standard analysis)
 */
public record TruthTableOptions(double inclCut1, double inclCut0, int nCut, double priCut, Set<Long> exclude) {
    public TruthTableOptions {
        if (inclCut0 > inclCut1) throw QcaInputException.parameter("inclCut", 0, "the second consistency cut-off (" + inclCut0 + ") must not exceed the first (" + inclCut1 + ")");
        if (inclCut1 < 0 || inclCut1 > 1 || inclCut0 < 0) throw QcaInputException.parameter("inclCut", 0, "consistency cut-offs must lie in [0, 1]");
        if (nCut < 1) throw QcaInputException.parameter("nCut", 0, "the frequency cut-off must be at least 1");
        exclude = Set.copyOf(new TreeSet<>(exclude));
    }

    /** The reference's defaults: incl.cut = 1, n.cut = 1, pri.cut = 0. */
    public static TruthTableOptions defaults() {
        return new TruthTableOptions(1, 1, 1, 0, Set.of());
    }

    public TruthTableOptions withInclCut(double cut) {
        return new TruthTableOptions(cut, cut, nCut, priCut, exclude);
    }

    public TruthTableOptions withInclCut(double cut1, double cut0) {
        return new TruthTableOptions(cut1, cut0, nCut, priCut, exclude);
    }

    public TruthTableOptions withNCut(int n) {
        return new TruthTableOptions(inclCut1, inclCut0, n, priCut, exclude);
    }

    public TruthTableOptions withPriCut(double p) {
        return new TruthTableOptions(inclCut1, inclCut0, nCut, p, exclude);
    }

    public TruthTableOptions withExclude(Set<Long> rows) {
        return new TruthTableOptions(inclCut1, inclCut0, nCut, priCut, rows);
    }

    /** Parses "0.8" or "0.8,0.75" (the two-value form). */
    public static double[] parseInclCut(String text) {
        String[] parts = text.split(",");
        if (parts.length > 2) throw QcaInputException.parameter("inclCut", 0, "give one or two values, found " + parts.length);
        double[] v = new double[2];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw QcaInputException.parameter("inclCut", 0, "'" + parts[i].trim() + "' is not a number");
            }
        }
        if (parts.length == 1) v[1] = v[0];
        return v;
    }
}
