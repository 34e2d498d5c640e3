package org.glassbox.sim;

import java.util.Locale;

/**
 * The named parameters of the simulation (docs/simulation.md, "Parameters"), each with its bounds
 * and default. The first six are the structural constraints of the study; the last four govern how
 * agents act and learn. Names are camelCase, as in {@code --set contractStrength=0.8} and in the
 * {@code glassbox.simulation/1} JSON.
 */
public enum Parameter {
    /** c: how far a government–enterprise relation is governed by an enforceable contract rather than a directive. */
    CONTRACT_STRENGTH("contractStrength", 0, 1, 0.5, "share of government–enterprise relations governed by an enforceable contract"),
    /** A: assessments and inspections per government actor per year (administrative pressure); q = A / (A + 0.15) enters the payoffs (Payoffs). */
    ADMINISTRATIVE_PRESSURE("administrativePressure", 0, 12, 1, "assessments and inspections per government actor per year"),
    /** f: the sanction an enterprise bears at an assessment when it does not simply execute. */
    PENALTY("penalty", 0, 1, 0.5, "sanction for deviating from a directive at an assessment"),
    /** s: public funds that reward enterprises for co-designing (innovation subsidy). */
    SUBSIDY("subsidy", 0, 1, 0.1, "subsidy paid for enterprise initiative and co-design"),
    /** r: the reputation an enterprise gains by initiating (awards, references). */
    REPUTATION("reputation", 0, 1, 0.2, "reputation an enterprise gains by initiating"),
    /** u: share of events in which the public takes part; raises the value of co-designed services. */
    PUBLIC_PARTICIPATION("publicParticipation", 0, 1, 0.1, "share of events in which the public takes part"),
    /** T: years a contract runs before it ends (and may be renewed). */
    CONTRACT_TERM("contractTerm", 0.25, 20, 2, "years a contract runs"),
    /** Events an actor initiates per month, multiplied into the calibrated propensities (1 = as calibrated). */
    ACTIVITY("activity", 0.05, 20, 1, "multiplier of every actor's monthly event propensity"),
    /** ρ: probability per month that an agent revises its strategy. */
    REVISION_RATE("revisionRate", 0, 1, 0.4, "probability per month that an agent revises its strategy"),
    /** μ: probability that a revising agent explores a strategy at random instead of imitating. */
    MUTATION("mutation", 0, 0.5, 0.02, "probability that a revision picks a strategy at random");

    private final String key;
    private final double min;
    private final double max;
    private final double defaultValue;
    private final String meaning;

    Parameter(String key, double min, double max, double defaultValue, String meaning) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
    }

    /** The camelCase name. */
    public String key() {
        return key;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double defaultValue() {
        return defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    /** Whether {@code v} lies within the bounds. */
    public boolean admits(double v) {
        return v >= min && v <= max;
    }

    /** The parameter named {@code name} (camelCase, case-insensitive); throws naming the nearest name. */
    public static Parameter of(String name) {
        for (Parameter p : values()) {
            if (p.key.equalsIgnoreCase(name)) {
                return p;
            }
        }
        Parameter near = nearest(name);
        String n = name.toLowerCase(Locale.ROOT);
        String k = near.key.toLowerCase(Locale.ROOT);
        // a slip is suggested (the case format's rule, Suggestions: at most a third of the longer word, 1 to 3
        // edits); an unrelated word gets the list
        boolean close = distance(n, k) <= Math.max(1, Math.min(3, Math.max(n.length(), k.length()) / 3));
        throw new ParameterException(name, Double.NaN, "no parameter named '" + name + "'" + (close ? "; did you mean " + near.key + "?"
                : "; the parameters: " + String.join(", ", java.util.Arrays.stream(values()).map(p -> p.key).toList())));
    }

    /** The parameter whose name is nearest to {@code name} (Levenshtein distance, case-insensitive; first in declaration order on ties). */
    public static Parameter nearest(String name) {
        Parameter best = values()[0];
        int bestD = Integer.MAX_VALUE;
        for (Parameter p : values()) {
            int d = distance(name.toLowerCase(Locale.ROOT), p.key.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                best = p;
                bestD = d;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
