package org.glassbox.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The mean-field limit of the strategy dynamics: the two-population replicator equations
 * (Taylor 1979; Hofbauer &amp; Sigmund 1998, ch. 10) for x = share of contracting governments and
 * y = share of initiating enterprises,
 * <pre>
 *   dx/dt = (ρ/Δ_G) · x(1−x) · A_G(y),     A_G(y) = (1−y)(G(C,X)−G(D,X)) + y(G(C,I)−G(D,I))
 *   dy/dt = (ρ/Δ_E) · y(1−y) · A_E(x),     A_E(x) = (1−x)(E(D,I)−E(D,X)) + x(E(C,I)−E(C,X))
 * </pre>
 * which is what Schlag's (1998) proportional imitation — revise with probability ρ, copy a
 * random member of one's population with probability (π_other − π_own)⁺ / Δ — gives in a large
 * well-mixed population. Rest points: the four corners and, when 0 &lt; x*, y* &lt; 1, the interior
 * point x* = −A_E(0)/(A_E(1)−A_E(0)), y* = −A_G(0)/(A_G(1)−A_G(0)). Stability by the Jacobian test
 * (Friedman 1991): a rest point is asymptotically stable when every eigenvalue of the Jacobian
 * has a negative real part. At a corner the Jacobian is diagonal with entries (1−2x)·A_G(y) and
 * (1−2y)·A_E(x); at the interior point its eigenvalues are ±√(x*(1−x*)A_G'·y*(1−y*)A_E'): a saddle
 * when the product is positive (coordination game), a centre otherwise (never asymptotically stable).
 */
public final class Replicator {
    private final Payoffs game;
    private final double rateG;
    private final double rateE;

    /** A rest point, its Jacobian eigenvalues' real parts, and the verdict of the Jacobian test. */
    public record RestPoint(double x, double y, double eigen1, double eigen2, Kind kind) {
    }

    /** What the Jacobian test says of a rest point. */
    public enum Kind {
        STABLE, UNSTABLE, SADDLE, CENTRE, DEGENERATE;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** With revision rate ρ = 1 (time in units of revision opportunities). */
    public Replicator(Payoffs game) {
        this(game, 1);
    }

    public Replicator(Payoffs game, double revisionRate) {
        this.game = game;
        this.rateG = revisionRate / game.governmentRange();
        this.rateE = revisionRate / game.enterpriseRange();
    }

    /** (dx/dt, dy/dt) at (x, y). */
    public double[] velocity(double x, double y) {
        return new double[] {rateG * x * (1 - x) * game.governmentAdvantage(y), rateE * y * (1 - y) * game.enterpriseAdvantage(x)};
    }

    /** Integrates from (x0, y0) for {@code time} with fourth-order Runge–Kutta steps of {@code dt}. */
    public double[] integrate(double x0, double y0, double time, double dt) {
        double x = x0;
        double y = y0;
        for (double t = 0; t < time; t += dt) {
            double[] k1 = velocity(x, y);
            double[] k2 = velocity(x + dt / 2 * k1[0], y + dt / 2 * k1[1]);
            double[] k3 = velocity(x + dt / 2 * k2[0], y + dt / 2 * k2[1]);
            double[] k4 = velocity(x + dt * k3[0], y + dt * k3[1]);
            x += dt / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
            y += dt / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
        }
        return new double[] {x, y};
    }

    /** Every isolated rest point in [0,1]², corners first ((0,0), (0,1), (1,0), (1,1)), then the interior one if any. */
    public List<RestPoint> restPoints() {
        List<RestPoint> out = new ArrayList<>();
        for (int x = 0; x <= 1; x++) {
            for (int y = 0; y <= 1; y++) {
                double e1 = rateG * (1 - 2 * x) * game.governmentAdvantage(y);
                double e2 = rateE * (1 - 2 * y) * game.enterpriseAdvantage(x);
                out.add(new RestPoint(x, y, e1, e2, corner(e1, e2)));
            }
        }
        double g0 = game.governmentAdvantage(0);
        double g1 = game.governmentAdvantage(1);
        double e0 = game.enterpriseAdvantage(0);
        double e1 = game.enterpriseAdvantage(1);
        if (g1 != g0 && e1 != e0) {
            double ys = -g0 / (g1 - g0);
            double xs = -e0 / (e1 - e0);
            if (xs > 0 && xs < 1 && ys > 0 && ys < 1) {
                double prod = rateG * xs * (1 - xs) * (g1 - g0) * rateE * ys * (1 - ys) * (e1 - e0);
                Kind k = prod > 0 ? Kind.SADDLE : prod < 0 ? Kind.CENTRE : Kind.DEGENERATE;
                double ev = Math.sqrt(Math.abs(prod));
                out.add(new RestPoint(xs, ys, prod > 0 ? ev : 0, prod > 0 ? -ev : 0, k));
            }
        }
        return out;
    }

    /** The asymptotically stable rest points. */
    public List<RestPoint> attractors() {
        return restPoints().stream().filter(r -> r.kind() == Kind.STABLE).toList();
    }

    /** The attractors of the mean field at {@code p} (its stage game, scaled by its revision rate). */
    public static List<RestPoint> attractors(Parameters p) {
        return new Replicator(Payoffs.of(p), p.get(Parameter.REVISION_RATE)).attractors();
    }

    /**
     * The constructions the attractors of the mean field at {@code p} stand for ({@link #word}), sorted: e.g.
     * {@code [administrative, market]} when bistable; empty when it has none.
     */
    public static List<String> models(Parameters p) {
        return attractors(p).stream().map(Replicator::word).sorted().toList();
    }

    /**
     * What a rest point stands for: (0, 0) — directing governments, execute-only enterprises — the
     * administrative construction, (1, 1) — contracting governments, initiating enterprises — the
     * market one (§6); any other point as its shares, "(x, y)".
     */
    public static String word(RestPoint r) {
        if (r.x() == 0 && r.y() == 0) {
            return "administrative";
        }
        if (r.x() == 1 && r.y() == 1) {
            return "market";
        }
        return String.format(java.util.Locale.ROOT, "(%.2f, %.2f)", r.x(), r.y());
    }

    private static Kind corner(double e1, double e2) {
        if (e1 < 0 && e2 < 0) {
            return Kind.STABLE;
        }
        if (e1 > 0 && e2 > 0) {
            return Kind.UNSTABLE;
        }
        if (e1 * e2 < 0) {
            return Kind.SADDLE;
        }
        return Kind.DEGENERATE;
    }
}
