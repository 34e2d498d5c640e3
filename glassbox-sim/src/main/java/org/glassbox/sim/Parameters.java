package org.glassbox.sim;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A value for every {@link Parameter}, each within its bounds. Immutable. */
public final class Parameters {
    private final double[] v;

    private Parameters(double[] v) {
        this.v = v;
    }

    /** Every parameter at its default. */
    public static Parameters defaults() {
        double[] v = new double[Parameter.values().length];
        for (Parameter p : Parameter.values()) {
            v[p.ordinal()] = p.defaultValue();
        }
        return new Parameters(v);
    }

    /** The defaults with every value {@code m} names (by {@link Parameter#key()}) in its place; other keys are ignored. */
    public static Parameters of(Map<String, Double> m) {
        Parameters p = defaults();
        for (Parameter q : Parameter.values()) {
            Double x = m.get(q.key());
            if (x != null) {
                p = p.with(q, x);
            }
        }
        return p;
    }

    public double get(Parameter p) {
        return v[p.ordinal()];
    }

    /** A copy with {@code p} set to {@code value}; throws when the value is outside the bounds. */
    public Parameters with(Parameter p, double value) {
        if (!p.admits(value)) {
            throw new ParameterException(p.key(), value, String.format(Locale.ROOT,
                    "%s must be in [%s, %s], not %s", p.key(), num(p.min()), num(p.max()), num(value)));
        }
        double[] c = v.clone();
        c[p.ordinal()] = value;
        return new Parameters(c);
    }

    /** A copy with {@code p} set to {@code value} clamped into its bounds (for estimates). */
    public Parameters withClamped(Parameter p, double value) {
        return with(p, Math.max(p.min(), Math.min(p.max(), value)));
    }

    /** name → value, in declaration order. */
    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (Parameter p : Parameter.values()) {
            m.put(p.key(), v[p.ordinal()]);
        }
        return m;
    }

    public EnumMap<Parameter, Double> asEnumMap() {
        EnumMap<Parameter, Double> m = new EnumMap<>(Parameter.class);
        for (Parameter p : Parameter.values()) {
            m.put(p, v[p.ordinal()]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && java.util.Arrays.equals(v, p.v);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(v);
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    static String num(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e9 ? String.valueOf((long) x) : String.valueOf(x);
    }
}
