package org.glassbox.cli.qca;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableRow;

/**
 * The text layouts of {@code glassbox qca truth} and {@code glassbox qca minimize}, for commands
 * outside this package that end in a QCA result (e.g. {@code glassbox compare --qca}), so that the
 * same result always reads the same; the JSON is {@link org.glassbox.qca.json.QcaJson}'s.
 */
public final class QcaOutput {
    private QcaOutput() {
    }

    /** The truth table's rows with cases, as {@code glassbox qca truth} prints them. */
    public static void printTruthTable(TruthTable t, PrintWriter out) {
        out.println();
        out.println("  OUT: output value");
        out.println("    n: number of cases in configuration");
        out.println(" incl: sufficiency inclusion score");
        out.println("  PRI: proportional reduction in inconsistency");
        out.println();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(t.conditions());
        header.addAll(List.of("OUT", "n", "incl", "PRI", "cases"));
        List<List<String>> body = new ArrayList<>();
        for (TruthTableRow r : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Long.toString(r.number()));
            for (int j = 0; j < t.conditions().size(); j++) {
                cells.add(Integer.toString(r.level(j)));
            }
            cells.add(r.out());
            cells.add(Integer.toString(r.n()));
            cells.add(Format.num(r.incl()));
            cells.add(Format.num(r.pri()));
            cells.add(String.join(",", r.cases()));
            body.add(cells);
        }
        for (String line : Format.table(header, body, false)) {
            out.println(line);
        }
        out.println();
    }

    /** Every model with its fit table, as {@code glassbox qca minimize} prints it. */
    public static void printSolution(MinimizationResult r, PrintWriter out) {
        MinimizeCommand.print(r, out);
    }
}
