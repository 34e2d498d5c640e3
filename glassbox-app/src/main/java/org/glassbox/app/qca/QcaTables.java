package org.glassbox.app.qca;

import java.util.ArrayList;
import java.util.List;
import org.glassbox.io.table.Table;
import org.glassbox.qca.SufficiencyFit;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.Model;
import org.glassbox.qca.minimize.TermFit;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableRow;

/**
 * The QCA result of {@code compare --qca} as paper tables ({@code --export DIR/tables/}):
 * {@code qca-truth-table} (row number, each condition's value, OUT, n, incl, PRI, the cases) and
 * {@code qca-solutions} (for the complex and the parsimonious solution, every model's terms with
 * inclS, PRI, covS and covU, then the model's overall fit — the parameters of fit of
 * {@link SufficiencyFit}, Ragin 2006). Numbers at full precision, as the JSON writes them.
 */
public final class QcaTables {
    private QcaTables() {
    }

    /** The truth table's rows. */
    public static Table truthTable(ComparisonQcaResult r) {
        TruthTable t = r.truthTable();
        List<String> cols = new ArrayList<>();
        cols.add("row");
        cols.addAll(t.conditions());
        cols.addAll(List.of("OUT", "n", "incl", "PRI", "cases"));
        List<List<String>> rows = new ArrayList<>();
        for (TruthTableRow row : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(row.number()));
            for (int j = 0; j < t.conditions().size(); j++) {
                cells.add(Integer.toString(row.level(j)));
            }
            cells.add(row.out());
            cells.add(Integer.toString(row.n()));
            cells.add(num(row.incl()));
            cells.add(num(row.pri()));
            cells.add(String.join(", ", row.cases()));
            rows.add(cells);
        }
        return new Table("qca-truth-table", "QCA truth table of " + t.data().outcomeName() + " (conditions "
                + String.join(", ", t.conditions()) + ")", cols, rows);
    }

    /** The complex and the parsimonious solution: per model its terms and its overall fit. */
    public static Table solutions(ComparisonQcaResult r) {
        List<List<String>> rows = new ArrayList<>();
        add(rows, "complex", r.complex());
        add(rows, "parsimonious", r.parsimonious());
        return new Table("qca-solutions", "QCA solutions for " + r.complex().outcome() + ": parameters of fit",
                List.of("solution", "model", "term", "inclS", "PRI", "covS", "covU", "cases"), rows);
    }

    private static void add(List<List<String>> rows, String solution, MinimizationResult m) {
        for (int k = 0; k < m.models().size(); k++) {
            Model model = m.models().get(k);
            String id = "M" + (k + 1);
            for (TermFit tf : model.termFits()) {
                rows.add(row(solution, id, tf.term(), tf.fit(), tf.cases()));
            }
            rows.add(row(solution, id, model.expression(), model.fit(), ""));
        }
    }

    private static List<String> row(String solution, String model, String term, SufficiencyFit f, String cases) {
        return List.of(solution, model, term, num(f.inclS()), num(f.pri()), num(f.covS()), num(f.covU()), cases == null ? "" : cases);
    }

    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
