package org.glassbox.app.qca;

import java.util.List;
import java.util.Objects;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.report.QcaXyPage;

/**
 * What {@link ComparisonQca} finds: the data table, its truth table, the complex solution (no
 * remainders) and the parsimonious solution (logical remainders {@code ?} included), and the XY
 * plots: sufficiency of the first model of each solution, then necessity of each condition.
 */
public record ComparisonQcaResult(ComparisonDataTable table, TruthTable truthTable, MinimizationResult complex,
                                  MinimizationResult parsimonious, List<QcaXyPage.Plot> plots) {
    public ComparisonQcaResult {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(truthTable, "truthTable");
        Objects.requireNonNull(complex, "complex");
        Objects.requireNonNull(parsimonious, "parsimonious");
        plots = List.copyOf(plots);
    }
}
