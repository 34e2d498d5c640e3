package org.glassbox.app.qca;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glassbox.qca.DataTable;

/**
 * The data table of a comparison: one row per case (labelled by case id, {@code _2}, {@code _3}
 * added to repeated ids), the conditions then the outcome, calibrated where asked.
 *
 * @param outcome    the outcome column
 * @param conditions the condition columns, in order
 * @param data       the values, columns named as the columns
 */
public record ComparisonDataTable(QcaColumn outcome, List<QcaColumn> conditions, DataTable data) {
    public ComparisonDataTable {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(data, "data");
        conditions = List.copyOf(conditions);
        List<String> expected = new ArrayList<>(conditionNames(conditions));
        expected.add(outcome.name());
        if (!data.columnNames().equals(expected)) {
            throw new IllegalArgumentException("the data's columns " + data.columnNames() + " are not the conditions then the outcome " + expected);
        }
    }

    /** The condition names, in order. */
    public List<String> conditionNames() {
        return conditionNames(conditions);
    }

    private static List<String> conditionNames(List<QcaColumn> l) {
        return l.stream().map(QcaColumn::name).toList();
    }
}
