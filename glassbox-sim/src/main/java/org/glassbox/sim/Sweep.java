package org.glassbox.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A phase diagram: the scenario run on a grid over one or two parameters (N equally spaced values
 * from LO to HI each, both ends included), each cell with its own runs, reporting per cell the
 * share of runs per construction model. Cell k's runs use seed (seed + k), so a cell's result does
 * not depend on the grid it sits in beyond its index.
 */
public final class Sweep {
    private Sweep() {
    }

    /** One axis: {@code PARAM=LO:HI:N}. */
    public record Axis(Parameter parameter, double lo, double hi, int n) {
        public Axis {
            if (n < 2 || n > 1000) { // one point is no diagram: that is --set P=V
                throw new ParameterException(parameter.key(), n, "a sweep needs 2 to 1000 points (one value is --set "
                        + parameter.key() + "=V), not " + n);
            }
            for (double v : new double[] {lo, hi}) {
                if (!parameter.admits(v)) {
                    throw new ParameterException(parameter.key(), v, String.format(Locale.ROOT, "%s must be in [%s, %s], not %s",
                            parameter.key(), Parameters.num(parameter.min()), Parameters.num(parameter.max()), Parameters.num(v)));
                }
            }
        }

        public double value(int i) {
            return lo + (hi - lo) * i / (n - 1);
        }

        /** Parses {@code PARAM=LO:HI:N}. */
        public static Axis parse(String text) {
            int eq = text.indexOf('=');
            String[] parts = eq < 0 ? new String[0] : text.substring(eq + 1).split(":");
            if (eq < 0 || parts.length != 3) {
                throw new ParameterException(text, Double.NaN, "a sweep is PARAM=LO:HI:N, not '" + text + "'");
            }
            Parameter p = Parameter.of(text.substring(0, eq).trim());
            try {
                return new Axis(p, Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Integer.parseInt(parts[2].trim()));
            } catch (NumberFormatException e) {
                throw new ParameterException(p.key(), Double.NaN, "a sweep is PARAM=LO:HI:N with numbers, not '" + text + "'");
            }
        }
    }

    /** One cell of the diagram. */
    public record Cell(double[] values, java.util.Map<String, Double> model, java.util.Map<String, Double> trajectory,
                       double meanMarketScore) {
    }

    /** Runs every cell; {@code progress} receives the number of cells done. */
    public static List<Cell> run(Scenario sc, List<Axis> axes, Simulation.Options o, IntConsumer progress) {
        if (axes.isEmpty() || axes.size() > 2) {
            throw new ParameterException("sweep", axes.size(), "a sweep takes one or two parameters, not " + axes.size());
        }
        Axis a = axes.get(0);
        Axis b = axes.size() > 1 ? axes.get(1) : null;
        List<Cell> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < a.n(); i++) {
            for (int j = 0; j < (b == null ? 1 : b.n()); j++) {
                Scenario s = sc.with(a.parameter(), a.value(i));
                double[] v = b == null ? new double[] {a.value(i)} : new double[] {a.value(i), b.value(j)};
                if (b != null) {
                    s = s.with(b.parameter(), b.value(j));
                }
                SimulationResult r = Simulation.run(s, new Simulation.Options(o.runs(), o.seed() + k, o.threads()), null, null);
                out.add(new Cell(v, r.outcomes().get("model"), r.outcomes().get("trajectory"), r.meanMarketScore()));
                k++;
                if (progress != null) {
                    progress.accept(k);
                }
            }
        }
        return out;
    }

    /** Which way the share of market runs meets ½ along a one-parameter sweep, in the axis's order. */
    public enum Crossing {
        /** from below ½ to above it at {@link #marketThreshold} */
        RISES,
        /** from above ½ to below it at {@link #marketThreshold} */
        FALLS,
        /** above ½ at every grid point: no threshold on the range */
        ABOVE,
        /** below ½ at every grid point: no threshold on the range */
        BELOW;

        /** The word the JSON writes ({@code rises}, {@code falls}, {@code above}, {@code below}). */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * How the share of market runs meets ½ along a one-parameter sweep: at the crossing {@link #marketThreshold}
     * finds, rising or falling (a point at exactly ½ takes the direction from its neighbours, the one before it
     * first); without one, above or below ½ throughout. So that a threshold is never worded as "reaches" when
     * the share falls there, nor "never reaches" when it is above ½ over the whole range.
     */
    public static Crossing marketCrossing(List<Cell> cells) {
        double[] m = marketShares(cells);
        int i = firstCrossing(m);
        if (i < 0) {
            return m.length > 0 && m[0] > 0.5 ? Crossing.ABOVE : Crossing.BELOW;
        }
        if (!atHalf(m[i])) {
            return m[i] > m[i - 1] ? Crossing.RISES : Crossing.FALLS;
        }
        for (int j = i - 1; j >= 0; j--) {
            if (!atHalf(m[j])) {
                return m[j] < 0.5 ? Crossing.RISES : Crossing.FALLS;
            }
        }
        for (int j = i + 1; j < m.length; j++) {
            if (!atHalf(m[j])) {
                return m[j] > 0.5 ? Crossing.RISES : Crossing.FALLS;
            }
        }
        return Crossing.RISES;
    }

    /**
     * Along a one-parameter sweep, where the share of market runs crosses ½: the first pair of
     * neighbouring grid points on either side of ½ (or a point at exactly ½), interpolated
     * linearly between them — whichever way the parameter acts; NaN when it never crosses.
     */
    public static double marketThreshold(List<Cell> cells) {
        double[] m = marketShares(cells);
        int i = firstCrossing(m);
        if (i < 0) {
            return Double.NaN;
        }
        double x1 = cells.get(i).values()[0];
        if (atHalf(m[i])) {
            return x1;
        }
        double x0 = cells.get(i - 1).values()[0];
        return x0 + (0.5 - m[i - 1]) / (m[i] - m[i - 1]) * (x1 - x0);
    }

    /**
     * The crossing both {@link #marketThreshold} and {@link #marketCrossing} read, written once: the first grid point
     * at exactly ½, or the first whose share lies on the other side of ½ from its predecessor's; −1 when none.
     */
    private static int firstCrossing(double[] m) {
        for (int i = 0; i < m.length; i++) {
            if (atHalf(m[i]) || i > 0 && (m[i - 1] - 0.5) * (m[i] - 0.5) < 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean atHalf(double v) {
        return Math.abs(v - 0.5) < 1e-12;
    }

    private static double[] marketShares(List<Cell> cells) {
        double[] m = new double[cells.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = cells.get(i).model().getOrDefault("market", 0.0);
        }
        return m;
    }
}
