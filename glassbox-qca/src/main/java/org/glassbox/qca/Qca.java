package org.glassbox.qca;

import java.util.List;
import org.glassbox.qca.calibrate.Calibration;
import org.glassbox.qca.calibrate.ThresholdFinder;
import org.glassbox.qca.calibrate.Thresholds;
import org.glassbox.qca.minimize.CounterfactualRows;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.minimize.Minimizer;
import org.glassbox.qca.minimize.TheoryEvaluation;
import org.glassbox.qca.necessity.NecessityTerm;
import org.glassbox.qca.necessity.SuperSubset;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableOptions;

/**
 * The QCA facade: one flat, documented call per analysis. Each call takes a {@link DataTable}
 * (case names and named numeric columns, e.g. the framework's metrics of many coded cases) and
 * returns immutable results. The outcome may be negated ({@code ~Y}); {@code conditions} null or
 * empty means every column but the outcome. Bad input raises {@link QcaInputException}, which
 * carries its position.
 *
 * <pre>{@code
 * DataTable t = new DataTable(caseNames, Map.of("DEV", dev, "STB", stb, "SURV", surv));
 * MinimizationResult r = Qca.minimize(t, "SURV", List.of(), TruthTableOptions.defaults().withInclCut(0.8),
 *         MinimizeOptions.parsimonious());
 * r.models().get(0).terms();   // ["DEV*STB"]
 * }</pre>
 */
public final class Qca {
    private Qca() {}

    /** The truth table (reference: {@code truthTable}). */
    public static TruthTable truthTable(DataTable data, String outcome, List<String> conditions, TruthTableOptions options) {
        return TruthTable.build(SetData.of(data, outcome, conditions), options);
    }

    /** Boolean minimisation of the truth table (reference: {@code minimize(truthTable(...))}): complex, parsimonious or intermediate. */
    public static MinimizationResult minimize(DataTable data, String outcome, List<String> conditions,
                                              TruthTableOptions tableOptions, MinimizeOptions options) {
        return Minimizer.minimize(truthTable(data, outcome, conditions, tableOptions), options);
    }

    /** Necessary conjunctions and disjunctions (reference: {@code superSubset}); depth 0 means all conditions. */
    public static List<NecessityTerm> necessity(DataTable data, String outcome, List<String> conditions,
                                                double inclCut, double covCut, double ronCut, int depth) {
        return new SuperSubset(SetData.of(data, outcome, conditions), inclCut, covCut, ronCut, depth).result();
    }

    /** Fit of an expression such as {@code "A*~B + C -> Y"} or {@code "A + B <- Y"} (reference: {@code pof}). */
    public static List<ParametersOfFit.Row> fit(DataTable data, String statement) {
        return ParametersOfFit.ofExpression(data, statement, null, null);
    }

    /** Fit of an expression for the given outcome and relation. */
    public static List<ParametersOfFit.Row> fit(DataTable data, String expression, String outcome, ParametersOfFit.Relation relation) {
        return ParametersOfFit.ofExpression(data, expression, outcome, relation);
    }

    /** Direct-method calibration, e.g. {@code "e=350, c=550, i=900"} (reference: {@code calibrate}). */
    public static double[] calibrate(double[] values, String thresholds, Calibration.FuzzyOptions options) {
        return Calibration.fuzzy(values, Thresholds.parse(thresholds), options);
    }

    /** Crisp or multi-value calibration by thresholds (reference: {@code calibrate(type = "crisp")}). */
    public static double[] calibrateCrisp(double[] values, double... thresholds) {
        return Calibration.crisp(values, thresholds);
    }

    /** Suggested crisp thresholds (reference: {@code findTh}). */
    public static double[] findThresholds(double[] values, int n) {
        return ThresholdFinder.find(values, n);
    }

    /**
     * Rows for an enhanced standard analysis: contradictory simplifying assumptions and simultaneous
     * subset relations (reference: {@code findRows(type = c(2, 3))}); pass them as
     * {@link TruthTableOptions#withExclude}.
     */
    public static List<Long> untenableRows(TruthTable table) {
        java.util.TreeSet<Long> s = new java.util.TreeSet<>(CounterfactualRows.contradictorySimplifyingAssumptions(table));
        s.addAll(CounterfactualRows.simultaneousSubsetRelations(table));
        return List.copyOf(s);
    }

    /** Theory evaluation of a model (reference: {@code modelFit}). */
    public static TheoryEvaluation evaluateTheory(DataTable data, String outcome, List<String> conditions, List<String> modelTerms, String theory) {
        return TheoryEvaluation.evaluate(SetData.of(data, outcome, conditions), modelTerms, theory);
    }
}
