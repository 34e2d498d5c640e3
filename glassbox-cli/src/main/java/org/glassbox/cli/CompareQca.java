package org.glassbox.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glassbox.app.qca.ComparisonDataTable;
import org.glassbox.app.qca.ComparisonQca;
import org.glassbox.app.qca.ComparisonQcaException;
import org.glassbox.app.qca.ComparisonQcaJson;
import org.glassbox.app.qca.ComparisonQcaOptions;
import org.glassbox.app.qca.ComparisonQcaResult;
import org.glassbox.cli.qca.QcaFlags;
import org.glassbox.cli.qca.QcaOutput;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.truth.TruthTableOptions;
import org.glassbox.report.QcaXyPage;

/**
 * The command-line side of {@code glassbox compare --qca}: the flags of {@link QcaLinkOptions} to
 * {@link ComparisonQcaOptions}, then {@link ComparisonQca} builds the data table (written as CSV),
 * the truth table and the solutions, printed as {@code glassbox qca minimize} prints them; the
 * library's parameter names become flags in the messages.
 */
final class CompareQca {
    private CompareQca() {
    }

    /**
     * Builds the table, writes it, prints the truth table and the solutions; returns the {@code qca} object of the
     * comparison's JSON. A path or option that names nothing is a usage error, a case the table cannot take bad input.
     */
    static ObjectNode run(Comparison cmp, QcaLinkOptions o, String json, PrintWriter out, PrintWriter err) throws IOException {
        PrintWriter say = "-".equals(json) ? err : out;
        ComparisonQcaOptions options;
        ComparisonDataTable table;
        try {
            options = ComparisonQcaOptions.builder().outcome(o.outcome).conditions(o.conditions).calibrations(o.calibrate).build();
            table = ComparisonQca.table(cmp.cases(), options);
        } catch (ComparisonQcaException e) {
            throw e.caseLabel() == null ? CommandFailure.usage(message(e)) : CommandFailure.badInput(message(e));
        }
        Path file = o.table != null ? o.table
                : json != null && !"-".equals(json) ? Path.of(json).toAbsolutePath().resolveSibling("qca-table.csv")
                : Path.of("qca-table.csv");
        try {
            ComparisonQca.writeCsv(table.data(), file);
        } catch (IOException e) {
            throw new IOException("cannot write the data table " + file + ": " + e.getMessage(), e);
        }
        ComparisonQcaResult r;
        try {
            r = ComparisonQca.solve(table, tableOptions(o));
        } catch (QcaInputException e) {
            say.println("QCA data table (" + table.data().size() + " cases) written to " + file.toAbsolutePath().normalize());
            say.flush();
            throw e;
        }
        if (!"-".equals(json)) {
            print(r, out);
        }
        say.println("QCA data table (" + table.data().size() + " cases × " + table.conditions().size()
                + " conditions and the outcome) written to " + file.toAbsolutePath().normalize());
        if (o.html != null) {
            try {
                QcaXyPage.write(r.plots(), "QCA: " + table.outcome().name() + " — " + String.join(", ", table.conditionNames()),
                        Main.Version.version(), o.html);
            } catch (IOException | RuntimeException e) {
                throw new IOException("cannot write " + o.html + ": " + e.getMessage(), e);
            }
            say.println("QCA XY plots written to " + o.html.toAbsolutePath().normalize() + " (self-contained; open it in a browser)");
        }
        say.flush();
        return ComparisonQcaJson.tree(r, file);
    }

    /** The message in the command line's words: flags for the library's parameter names. */
    static String message(ComparisonQcaException e) {
        if (e.missing() && e.parameter().equals("outcome")) {
            return "--qca needs --outcome PATH=VALUE (e.g. model.verdict=market) or a numeric PATH";
        }
        if (e.missing() && e.parameter().equals("conditions")) {
            return "--qca needs --conditions PATH,... (e.g. lastPhase.embedding.index,lastPhase.structure.metrics.dualAuthorityRatio)";
        }
        return QcaFlags.text(e.getMessage());
    }

    private static TruthTableOptions tableOptions(QcaLinkOptions o) {
        double[] ic = TruthTableOptions.parseInclCut(o.inclCut);
        return new TruthTableOptions(ic[0], ic[1], o.nCut, 0, Set.of());
    }

    private static void print(ComparisonQcaResult r, PrintWriter out) {
        DataTable table = r.table().data();
        out.println("QCA data table:");
        List<String> cols = table.columnNames();
        int w = Math.max(4, table.cases().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-" + w + "s", "case"));
        for (String c : cols) {
            h.append(String.format(Locale.ROOT, "  %" + Math.max(6, c.length()) + "s", c));
        }
        out.println(h);
        for (int i = 0; i < table.size(); i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-" + w + "s", table.cases().get(i)));
            for (String c : cols) {
                row.append(String.format(Locale.ROOT, "  %" + Math.max(6, c.length()) + ".3f", table.columns().get(c)[i]));
            }
            out.println(row);
        }
        out.println();
        out.println("Truth table (" + r.truthTable().data().outcomeName() + "):");
        QcaOutput.printTruthTable(r.truthTable(), out);
        out.println("Complex solution:");
        QcaOutput.printSolution(r.complex(), out);
        out.println("Parsimonious solution (logical remainders ? included):");
        QcaOutput.printSolution(r.parsimonious(), out);
    }
}
