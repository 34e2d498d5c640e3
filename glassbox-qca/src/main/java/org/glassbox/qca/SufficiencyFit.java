package org.glassbox.qca;

/**
 * Parameters of fit of a set X as sufficient for Y (Ragin 2006, 2008; Dusa 2019, ch. 5):
 * <pre>
 * inclS = Σ min(X, Y) / Σ X
 * PRI   = (Σ min(X, Y) − Σ min(X, Y, 1−Y)) / (Σ X − Σ min(X, Y, 1−Y))
 * covS  = Σ min(X, Y) / Σ Y
 * covU  = (Σ min(S, Y) − Σ min(S without X, Y)) / Σ Y   (unique coverage within a sum S)
 * </pre>
 * A value is {@code NaN} when undefined (empty set, or covU of a lone term).
 */
public record SufficiencyFit(double inclS, double pri, double covS, double covU) {

    /** inclS, PRI and covS of X for Y; covU is NaN. */
    public static SufficiencyFit of(double[] x, double[] y) {
        double sx = 0, sy = 0, sxy = 0, sxyn = 0;
        for (int i = 0; i < x.length; i++) {
            double m = Math.min(x[i], y[i]);
            sx += x[i];
            sy += y[i];
            sxy += m;
            sxyn += Math.min(m, 1 - y[i]);
        }
        return new SufficiencyFit(sxy / sx, (sxy - sxyn) / (sx - sxyn), sxy / sy, Double.NaN);
    }

    /** This fit with a unique coverage. */
    public SufficiencyFit withCovU(double u) {
        return new SufficiencyFit(inclS, pri, covS, u);
    }

    /**
     * Unique coverage of each of the given terms within their disjunction: the part of
     * Σ min(max(terms), Y) that is lost when the term is left out, over Σ Y.
     */
    public static double[] uniqueCoverages(double[][] terms, double[] y) {
        int n = y.length;
        double sy = 0;
        for (double v : y) sy += v;
        double[] all = new double[n];
        for (double[] t : terms) for (int i = 0; i < n; i++) all[i] = Math.max(all[i], t[i]);
        double sAll = 0;
        for (int i = 0; i < n; i++) sAll += Math.min(all[i], y[i]);
        double[] out = new double[terms.length];
        for (int k = 0; k < terms.length; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                double m = 0;
                for (int q = 0; q < terms.length; q++) if (q != k) m = Math.max(m, terms[q][i]);
                s += Math.min(m, y[i]);
            }
            out[k] = (sAll - s) / sy;
        }
        return out;
    }
}
