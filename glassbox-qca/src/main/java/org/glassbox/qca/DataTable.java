package org.glassbox.qca;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases by named numeric columns: the one input representation of every QCA analysis.
 *
 * @param cases   case labels, one per row, in data order (the order in which cases are listed)
 * @param columns column name to values, one value per case; iteration order is column order
 */
public record DataTable(List<String> cases, Map<String, double[]> columns) {
    public DataTable {
        cases = List.copyOf(cases);
        LinkedHashMap<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : columns.entrySet()) {
            if (e.getValue().length != cases.size()) {
                throw new QcaInputException("column " + e.getKey() + " has " + e.getValue().length
                        + " values for " + cases.size() + " cases");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        columns = Collections.unmodifiableMap(copy);
    }

    /** Column names in order. */
    public List<String> columnNames() {
        return new ArrayList<>(columns.keySet());
    }

    public int size() {
        return cases.size();
    }

    /** A copy of one column's values; unknown names are bad input. */
    public double[] column(String name) {
        double[] v = columns.get(name);
        if (v == null) {
            throw new QcaInputException("option", 0, 0, "unknown column '" + name + "'; columns are " + columnNames());
        }
        return v.clone();
    }

    public boolean has(String name) {
        return columns.containsKey(name);
    }

    /** This table with one column added or replaced. */
    public DataTable with(String name, double[] values) {
        LinkedHashMap<String, double[]> m = new LinkedHashMap<>(columns);
        m.put(name, values);
        return new DataTable(cases, m);
    }
}
