package org.glassbox.sim;

/**
 * The stage game between a government agent (strategy D directive or C contract) and an
 * enterprise agent (X execute-only or I initiate / co-design), from the named parameters.
 * With c = contract strength, q = A / (A + {@value #PRESSURE_HALF}) for administrative pressure A,
 * f = penalty, s = subsidy, r = reputation, u = public participation, and the fixed costs
 * κ = {@value #FRICTION} (friction) and σ = {@value #SYNERGY} (co-design synergy):
 * <pre>
 *                 enterprise X (execute-only)        enterprise I (initiate / co-design)
 * government D    G = (1−c) + q(1+f), E = q·f        G = (1−c) + q(1+f) − κ,   E = r − κ(1−c)
 * government C    G = c,              E = c / 2        G = c·(1+u) + σ,          E = c + s + r
 * </pre>
 * Reasons (docs/simulation.md, "Submodels"): where contracts do not bind (1 − c) directing is the
 * government's only reliable way to get delivery, and assessments (q) reward visible compliance —
 * assessment credit q for visible compliance weighs more where sanctions f back it;
 * an initiating enterprise under directives costs the government friction κ and itself the
 * friction of the share (1 − c) no contract protects, and earns only reputation;
 * a contract yields the enforceable delivery c (its enforcement cost is what a low c means), and with a co-designing
 * partner the synergy σ and services the public takes part in (u); a passive contractor earns
 * half the contract's value, a co-designing one its whole value, the subsidy and the reputation;
 * executing a directive avoids the sanction f at each assessment. The game is a coordination game
 * (two strict equilibria (D,X) and (C,I), a saddle between them) for intermediate parameters and has a
 * single equilibrium at either extreme ({@link Replicator}). The constants κ, σ and the
 * pressure scale were chosen, pattern-oriented (Grimm et al. 2005), so that the two coded demo
 * cases' calibrated parameters fall on either side of the bistable region; docs/simulation.md
 * says what that means for the study test.
 */
public record Payoffs(double contract, double pressure, double penalty, double subsidy, double reputation,
                      double participation) {
    /** κ: friction when an enterprise initiates under directives. */
    public static final double FRICTION = 0.15;
    /** σ: the surplus of co-design under a contract. */
    public static final double SYNERGY = 0.2;
    /** Assessments per government actor per year at which q = ½. */
    public static final double PRESSURE_HALF = 0.15;

    public static final int DIRECTIVE = 0;
    public static final int CONTRACT = 1;
    public static final int EXECUTE = 0;
    public static final int INITIATE = 1;

    /** The game under the parameters. */
    public static Payoffs of(Parameters p) {
        double a = p.get(Parameter.ADMINISTRATIVE_PRESSURE);
        return new Payoffs(p.get(Parameter.CONTRACT_STRENGTH), a / (a + PRESSURE_HALF), p.get(Parameter.PENALTY),
                p.get(Parameter.SUBSIDY), p.get(Parameter.REPUTATION), p.get(Parameter.PUBLIC_PARTICIPATION));
    }

    /** The government's payoff for its strategy g against the enterprise's e. */
    public double government(int g, int e) {
        if (g == DIRECTIVE) {
            return (1 - contract) + pressure * (1 + penalty) - (e == INITIATE ? FRICTION : 0);
        }
        return e == INITIATE ? contract * (1 + participation) + SYNERGY : contract;
    }

    /** The enterprise's payoff for its strategy e against the government's g. */
    public double enterprise(int g, int e) {
        if (g == DIRECTIVE) {
            return e == INITIATE ? reputation - FRICTION * (1 - contract) : pressure * penalty;
        }
        return e == INITIATE ? contract + subsidy + reputation : contract / 2;
    }

    /** Largest minus smallest government payoff: the normaliser of proportional imitation. */
    public double governmentRange() {
        return range(true);
    }

    /** Largest minus smallest enterprise payoff. */
    public double enterpriseRange() {
        return range(false);
    }

    private double range(boolean gov) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < 2; g++) {
            for (int e = 0; e < 2; e++) {
                double v = gov ? government(g, e) : enterprise(g, e);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return Math.max(hi - lo, 1e-9);
    }

    /** Payoff advantage of contract over directive for a government facing a share y of initiating enterprises. */
    public double governmentAdvantage(double y) {
        return (1 - y) * (government(CONTRACT, EXECUTE) - government(DIRECTIVE, EXECUTE))
                + y * (government(CONTRACT, INITIATE) - government(DIRECTIVE, INITIATE));
    }

    /** Payoff advantage of initiating over executing for an enterprise facing a share x of contracting governments. */
    public double enterpriseAdvantage(double x) {
        return (1 - x) * (enterprise(DIRECTIVE, INITIATE) - enterprise(DIRECTIVE, EXECUTE))
                + x * (enterprise(CONTRACT, INITIATE) - enterprise(CONTRACT, EXECUTE));
    }
}
