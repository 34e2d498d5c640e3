package org.glassbox.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reliability data in Krippendorff's canonical form, turned so that rows are units: one row per
 * unit, one column per coder, {@code null} where a coder did not code the unit (a missing value).
 * This is the layout of R's {@code irr} package and of Krippendorff's (2011) examples transposed.
 *
 * @param coders names of the coders, one per column, distinct, at least one
 * @param units  ids of the units, one per row, distinct
 * @param values {@code values.get(u).get(c)}: the value coder c gave unit u, or null
 * @param <V>    the value type (text for nominal data, numbers for the metric levels, sets for MASI)
 */
public record ReliabilityData<V>(List<String> coders, List<String> units, List<List<V>> values) {
    public ReliabilityData {
        coders = List.copyOf(coders);
        units = List.copyOf(units);
        if (coders.isEmpty()) {
            throw new AgreementException("coders", "at least one coder is needed");
        }
        if (new HashSet<>(coders).size() != coders.size()) {
            throw new AgreementException("coders", "coder names must be distinct: " + coders);
        }
        if (new HashSet<>(units).size() != units.size()) {
            throw new AgreementException("units", "unit ids must be distinct");
        }
        Objects.requireNonNull(values, "values");
        if (values.size() != units.size()) {
            throw new AgreementException("values", values.size() + " rows of values for " + units.size() + " units");
        }
        List<List<V>> rows = new ArrayList<>(values.size());
        for (int u = 0; u < values.size(); u++) {
            List<V> row = values.get(u);
            if (row == null || row.size() != coders.size()) {
                throw new AgreementException("values", u, -1, "unit " + units.get(u) + " has "
                        + (row == null ? 0 : row.size()) + " values for " + coders.size() + " coders");
            }
            rows.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        values = Collections.unmodifiableList(rows);
    }

    /** Units numbered 1..N when the data have no ids of their own. */
    public static <V> ReliabilityData<V> of(List<String> coders, List<List<V>> values) {
        List<String> ids = new ArrayList<>(values.size());
        for (int i = 1; i <= values.size(); i++) {
            ids.add(Integer.toString(i));
        }
        return new ReliabilityData<>(coders, ids, values);
    }

    /** The value coder {@code c} gave unit {@code u}, null when missing. */
    public V value(int u, int c) {
        return values.get(u).get(c);
    }

    public int unitCount() {
        return units.size();
    }

    public int coderCount() {
        return coders.size();
    }

    /** Whether every coder coded every unit. */
    public boolean complete() {
        for (List<V> row : values) {
            for (V v : row) {
                if (v == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Number of units that at least two coders coded (the pairable units). */
    public int pairableUnits() {
        int n = 0;
        for (List<V> row : values) {
            int m = 0;
            for (V v : row) {
                if (v != null) {
                    m++;
                }
            }
            if (m >= 2) {
                n++;
            }
        }
        return n;
    }

    /** The distinct non-missing values. */
    public Set<V> distinctValues() {
        Set<V> s = new java.util.LinkedHashSet<>();
        for (List<V> row : values) {
            for (V v : row) {
                if (v != null) {
                    s.add(v);
                }
            }
        }
        return s;
    }
}
