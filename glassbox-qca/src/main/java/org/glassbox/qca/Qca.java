package org.glassbox.qca;

import java.util.List;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.minimize.Minimizer;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableOptions;

/**
 * The QCA facade: one flat, documented call per analysis, taking a {@link DataTable} (case names
 * and named numeric columns) and returning immutable results. The outcome may be negated
 * ({@code ~Y}); {@code conditions} null or empty means every column but the outcome.
 */
public final class Qca {
    private Qca() {}

    /** The truth table (reference: {@code truthTable}). */
    public static TruthTable truthTable(DataTable data, String outcome, List<String> conditions, TruthTableOptions options) {
        return TruthTable.build(SetData.of(data, outcome, conditions), options);
    }

    /** Boolean minimisation of the truth table (reference: {@code minimize(truthTable(...))}). */
    public static MinimizationResult minimize(DataTable data, String outcome, List<String> conditions,
                                              TruthTableOptions tableOptions, MinimizeOptions options) {
        return Minimizer.minimize(truthTable(data, outcome, conditions, tableOptions), options);
    }
}
