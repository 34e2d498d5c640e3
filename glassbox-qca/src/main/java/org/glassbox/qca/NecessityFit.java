package org.glassbox.qca;

/**
 * Parameters of fit of a set X as necessary for Y (Ragin 2006; Schneider and Wagemann 2012 for
 * relevance; Dusa 2019, ch. 5):
 * <pre>
 * inclN = Σ min(X, Y) / Σ Y
 * RoN   = Σ (1 − X) / Σ (1 − min(X, Y))
 * covN  = Σ min(X, Y) / Σ X
 * </pre>
 */
public record NecessityFit(double inclN, double ron, double covN) {

    public static NecessityFit of(double[] x, double[] y) {
        double sx = 0, sy = 0, sxy = 0, snx = 0, snxy = 0;
        for (int i = 0; i < x.length; i++) {
            double m = Math.min(x[i], y[i]);
            sx += x[i];
            sy += y[i];
            sxy += m;
            snx += 1 - x[i];
            snxy += 1 - m;
        }
        return new NecessityFit(sxy / sy, snx / snxy, sxy / sx);
    }
}
