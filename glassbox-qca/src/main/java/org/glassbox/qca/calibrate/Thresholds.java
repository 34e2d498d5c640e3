package org.glassbox.qca.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.qca.QcaInputException;

/**
 * Calibration anchors as the reference writes them: {@code "e=350, c=550, i=900"} (exclusion,
 * crossover, inclusion; {@code i} before {@code e} in value gives a decreasing set), six anchors
 * {@code "e1=40, c1=60, i1=80, i2=85, c2=95, e2=100"} for bell/trapezoid (or
 * {@code i1, c1, e1, e2, c2, i2} for the inverse shape), or plain numbers {@code "550, 850"} for
 * crisp and multi-value thresholds.
 */
public record Thresholds(Map<String, Double> named, List<Double> plain) {
    public Thresholds {
        named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
        plain = List.copyOf(plain);
    }

    public static Thresholds parse(String text) {
        if (text == null || text.isBlank()) throw QcaInputException.parameter("thresholds", 0, "no thresholds given");
        Map<String, Double> named = new LinkedHashMap<>();
        List<Double> plain = new ArrayList<>();
        int offset = 0;
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            int col = offset + part.indexOf(p.isEmpty() ? " " : p.substring(0, 1)) + 1;
            offset += part.length() + 1;
            if (p.isEmpty()) throw QcaInputException.parameter("thresholds", col, "empty threshold in '" + text + "'");
            String name = null, value = p;
            int eq = p.indexOf('=');
            if (eq >= 0) {
                name = p.substring(0, eq).trim();
                value = p.substring(eq + 1).trim();
                if (!name.matches("[eci][12]?")) throw QcaInputException.parameter("thresholds", col, "unknown anchor '" + name + "' (use e, c, i or e1, c1, i1, i2, c2, e2)");
            }
            double v;
            try {
                v = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw QcaInputException.parameter("thresholds", col, "'" + value + "' is not a number");
            }
            if (name == null) plain.add(v);
            else if (named.put(name, v) != null) throw QcaInputException.parameter("thresholds", col, "anchor '" + name + "' given twice");
        }
        if (!named.isEmpty() && !plain.isEmpty()) throw QcaInputException.parameter("thresholds", 0, "either name every anchor (e=, c=, i=) or none");
        return new Thresholds(named, plain);
    }

    /** All values in the order written. */
    public double[] values() {
        List<Double> l = named.isEmpty() ? plain : new ArrayList<>(named.values());
        double[] v = new double[l.size()];
        for (int i = 0; i < v.length; i++) v[i] = l.get(i);
        return v;
    }

    double get(String name) {
        Double v = named.get(name);
        if (v == null) throw QcaInputException.parameter("thresholds", 0, "anchor '" + name + "' missing");
        return v;
    }
}
