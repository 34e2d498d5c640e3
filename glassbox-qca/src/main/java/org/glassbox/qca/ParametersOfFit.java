package org.glassbox.qca;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.qca.expr.SopExpression;

/**
 * Parameters of fit of single conditions or of a user-written expression for an outcome, for
 * sufficiency (inclS, PRI, covS, covU) or necessity (inclN, RoN, covN): the reference's
 * {@code pof}. An expression with several products gets one row per product and a last row
 * {@code expression} for their disjunction; covU of a product is its unique coverage within the
 * disjunction.
 */
public final class ParametersOfFit {
    private ParametersOfFit() {}

    /** Sufficiency or necessity. */
    public enum Relation { SUFFICIENCY, NECESSITY }

    /** One row: the fit for the relation asked (the other is null). */
    public record Row(String term, SufficiencyFit sufficiency, NecessityFit necessity) {}

    /** Each condition (or its negation) as a set, for the data's outcome. */
    public static List<Row> ofConditions(SetData data, boolean negated, Relation relation) {
        int k = data.conditionCount();
        double[][] ms = new double[k][];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            if (data.levels()[j] > 2) throw QcaInputException.parameter("conditions", 0, "condition '" + data.conditions().get(j) + "' is multi-value: write an expression with levels instead");
            ms[j] = new double[data.caseCount()];
            for (int i = 0; i < ms[j].length; i++) ms[j][i] = data.membership(j, negated ? 0 : 1, i);
            names.add((negated ? "~" : "") + data.conditions().get(j));
        }
        return rows(names, ms, null, data.outcome(), relation);
    }

    /**
     * Fit of an expression: {@code "A*~B + C -> Y"} (sufficiency), {@code "A + B <- Y"}
     * (necessity), or a bare expression with the relation and outcome given.
     */
    public static List<Row> ofExpression(DataTable table, String statement, String outcome, Relation relation) {
        String expr = statement;
        if (statement.contains("->") || statement.contains("<-")) {
            boolean suff = statement.contains("->");
            String[] parts = statement.split(suff ? "->" : "<-", -1);
            if (parts.length != 2) throw QcaInputException.parameter("expression", 0, "'" + statement + "': use one arrow, EXPR -> Y or EXPR <- Y");
            expr = parts[0];
            outcome = parts[1].trim();
            relation = suff ? Relation.SUFFICIENCY : Relation.NECESSITY;
        }
        if (outcome == null || outcome.isBlank()) throw QcaInputException.parameter("expression", 0, "no outcome: write EXPR -> Y or give `outcome`");
        SetData data = SetData.of(table, outcome, null);
        SopExpression e = SopExpression.parse("expression", expr, data.conditions(), data.levels());
        List<String> names = new ArrayList<>();
        double[][] ms = new double[e.products().size()][];
        for (int p = 0; p < ms.length; p++) {
            ms[p] = SopExpression.evaluate(e.products().get(p), data);
            names.add(e.productText(e.products().get(p), data.multivalue()));
        }
        double[] whole = ms.length > 1 ? e.evaluate(data) : null;
        return rows(names, ms, whole, data.outcome(), relation);
    }

    private static List<Row> rows(List<String> names, double[][] ms, double[] whole, double[] y, Relation relation) {
        List<Row> out = new ArrayList<>();
        double[] covU = ms.length > 1 ? SufficiencyFit.uniqueCoverages(ms, y) : new double[] {Double.NaN};
        for (int k = 0; k < ms.length; k++) {
            out.add(relation == Relation.SUFFICIENCY
                    ? new Row(names.get(k), SufficiencyFit.of(ms[k], y).withCovU(covU[k]), null)
                    : new Row(names.get(k), null, NecessityFit.of(ms[k], y)));
        }
        if (whole != null) {
            out.add(relation == Relation.SUFFICIENCY
                    ? new Row("expression", SufficiencyFit.of(whole, y), null)
                    : new Row("expression", null, NecessityFit.of(whole, y)));
        }
        return out;
    }

    /** Fuzzy intersection (minimum), case by case. */
    public static double[] and(double[]... sets) {
        double[] out = sets[0].clone();
        for (double[] s : sets) for (int i = 0; i < out.length; i++) out[i] = Math.min(out[i], s[i]);
        return out;
    }

    /** Fuzzy union (maximum), case by case. */
    public static double[] or(double[]... sets) {
        double[] out = sets[0].clone();
        for (double[] s : sets) for (int i = 0; i < out.length; i++) out[i] = Math.max(out[i], s[i]);
        return out;
    }

    /** Fuzzy negation 1 − x. */
    public static double[] not(double[] set) {
        double[] out = new double[set.length];
        for (int i = 0; i < out.length; i++) out[i] = 1 - set[i];
        return out;
    }
}
