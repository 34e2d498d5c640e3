package org.glassbox.qca.minimize;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.glassbox.qca.SetData;
import org.glassbox.qca.expr.SopExpression;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableOptions;
import org.glassbox.qca.truth.TruthTableRow;

/**
 * Rows to exclude for an enhanced standard analysis (Schneider and Wagemann 2012, ch. 8; the
 * reference's {@code findRows}):
 * <ul>
 * <li>{@link #subsetsOf}: remainders inside an expression (untenable or implausible assumptions);
 * <li>{@link #contradictorySimplifyingAssumptions}: remainders used by a parsimonious model of the
 *     outcome and by one of its negation (CSA);
 * <li>{@link #simultaneousSubsetRelations}: observed rows positive for the outcome and for its
 *     negation alike (SSR).
 * </ul>
 */
public final class CounterfactualRows {
    private CounterfactualRows() {}

    /** Remainders (row numbers, ascending) that lie in the expression. */
    public static List<Long> subsetsOf(TruthTable table, String expression) {
        SopExpression e = SopExpression.parse("expression", expression, table.conditions(), table.levels());
        List<Long> out = new ArrayList<>();
        for (TruthTableRow r : table.completeRows()) {
            if (table.isRemainder(r.config()) && e.covers(r.config())) out.add(r.number());
        }
        return out;
    }

    /** CSA: remainders in the simplifying assumptions of both the outcome's and its negation's parsimonious models. */
    public static List<Long> contradictorySimplifyingAssumptions(TruthTable table) {
        TreeSet<Long> a = assumptions(table);
        TreeSet<Long> b = assumptions(negated(table));
        a.retainAll(b);
        return new ArrayList<>(a);
    }

    /** SSR: observed rows that are positive for the outcome and for its negation. */
    public static List<Long> simultaneousSubsetRelations(TruthTable table) {
        TruthTable neg = negated(table);
        List<Long> out = new ArrayList<>();
        for (TruthTableRow r : table.rows()) {
            TruthTableRow s = neg.row(r.number());
            if (r.out().equals("1") && s != null && s.out().equals("1")) out.add(r.number());
        }
        return out;
    }

    private static TreeSet<Long> assumptions(TruthTable t) {
        TreeSet<Long> sa = new TreeSet<>();
        if (t.rowsWithOutput("1").isEmpty()) return sa;
        MinimizationResult r = Minimizer.minimize(t, MinimizeOptions.parsimonious());
        for (Model m : r.models()) sa.addAll(m.simplifyingAssumptions());
        return sa;
    }

    static TruthTable negated(TruthTable t) {
        SetData d = t.data();
        double[] y = d.outcomeValues();
        for (int i = 0; i < y.length; i++) y[i] = 1 - y[i];
        String name = d.outcomeName().startsWith("~") ? d.outcomeName().substring(1) : "~" + d.outcomeName();
        SetData nd = new SetData(d.cases(), d.conditions(), d.values(), d.levels(), d.fuzzy(), name, y);
        TruthTableOptions o = t.options();
        return TruthTable.build(nd, o);
    }
}
