package org.glassbox.app.qca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.io.guard.PartFiles;
import org.glassbox.io.json.AnalysisJson;
import org.glassbox.io.json.AnalysisPath;
import org.glassbox.io.json.AnalysisPathException;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.NecessityFit;
import org.glassbox.qca.Qca;
import org.glassbox.qca.SufficiencyFit;
import org.glassbox.qca.calibrate.Calibration;
import org.glassbox.qca.expr.SopExpression;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableOptions;
import org.glassbox.report.QcaXyPage;

/**
 * From the framework's analyses of many cases to a QCA solution ({@code glassbox compare --qca}).
 * Each condition and the outcome name a value in every case's analysis JSON
 * ({@link AnalysisJson#tree(CaseAnalysis)}) by an {@link AnalysisPath}; the values become one row
 * per case of a {@link DataTable}, calibrated with the direct method where asked (logistic,
 * {@link Qca#calibrate}; Ragin 2008, <i>Redesigning Social Inquiry</i>, ch. 5), then
 * {@link Qca#truthTable} and {@link Qca#minimize} give the complex and the parsimonious (logical
 * remainders included) solutions, and the XY plots show the sufficiency of each solution's first
 * model (inclS, covS) and the necessity of each condition (inclN, covN).
 *
 * <p>Values: numbers as they are, booleans as 1 and 0; a crisp outcome {@code PATH=VALUE} is 1
 * where the value equals VALUE (numerically for numbers) and 0 elsewhere. An uncalibrated number
 * outside [0, 1] is not a set membership and is refused.
 *
 * <p>Complexity: O(cases × paths × path length) to build the table, then the QCA algorithms'.
 */
public final class ComparisonQca {
    private ComparisonQca() {
    }

    /** The data table, the truth table, both solutions and the plots. */
    public static ComparisonQcaResult run(List<CaseAnalysis> cases, ComparisonQcaOptions options) {
        return solve(table(cases, options), options.truthTable());
    }

    /**
     * The data table alone: one row per case, the conditions then the outcome. A path that does
     * not lead to a usable value in a case is a {@link ComparisonQcaException} naming the case;
     * a calibration that cannot apply is a {@link org.glassbox.qca.QcaInputException}.
     */
    public static ComparisonDataTable table(List<CaseAnalysis> cases, ComparisonQcaOptions options) {
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ObjectNode> trees = new ArrayList<>();
        for (CaseAnalysis a : cases) {
            String label = a.caseId();
            for (int k = 2; !seen.add(label); k++) {
                label = a.caseId() + "_" + k;
            }
            labels.add(label);
            trees.add(AnalysisJson.tree(a));
        }
        Map<String, double[]> cols = new LinkedHashMap<>();
        List<QcaColumn> all = new ArrayList<>(options.conditions());
        all.add(options.outcome());
        for (QcaColumn c : all) {
            String parameter = c == options.outcome() ? "outcome" : "conditions";
            double[] v = new double[cases.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode n;
                try {
                    n = c.path().resolve(trees.get(i));
                } catch (AnalysisPathException e) {
                    throw ComparisonQcaException.path(parameter, labels.get(i), c.path().text(), e.getMessage());
                }
                v[i] = c.equals() != null ? (matches(n, c.equals()) ? 1 : 0) : number(n, c.path().text(), labels.get(i), parameter);
            }
            if (c.calibration() != null) {
                v = Qca.calibrate(v, c.calibration(), Calibration.FuzzyOptions.defaults());
            } else if (c.equals() == null) {
                for (int i = 0; i < v.length; i++) {
                    if (!(v[i] >= 0 && v[i] <= 1)) {
                        throw ComparisonQcaException.path(parameter, labels.get(i), c.path().text(), String.format(Locale.ROOT,
                                "value %s lies outside [0, 1], so it is not a set membership; calibrate it, e.g. `calibrate` %s=e,c,i "
                                        + "(exclusion, crossover, inclusion)", num(v[i]), c.path().text()));
                    }
                }
            }
            cols.put(c.name(), v);
        }
        return new ComparisonDataTable(options.outcome(), options.conditions(), new DataTable(labels, cols));
    }

    /**
     * The truth table of the data table at these cut-offs, the complex and the parsimonious
     * solutions, and the XY plots. Nothing to minimise (no positive row) is a
     * {@link org.glassbox.qca.QcaInputException}.
     */
    public static ComparisonQcaResult solve(ComparisonDataTable table, TruthTableOptions options) {
        String outcome = table.outcome().name();
        List<String> names = table.conditionNames();
        TruthTable tt = Qca.truthTable(table.data(), outcome, names, options);
        MinimizationResult complex = Qca.minimize(table.data(), outcome, names, options, MinimizeOptions.complex());
        MinimizationResult parsimonious = Qca.minimize(table.data(), outcome, names, options, MinimizeOptions.parsimonious());
        return new ComparisonQcaResult(table, tt, complex, parsimonious, plots(tt, complex, parsimonious));
    }

    /**
     * Writes the data table as CSV for R's QCA package or {@code glassbox qca}: a header
     * {@code case,...}, integers without a decimal point, other numbers exactly (they read back to
     * the same double). The file appears whole or not at all (written beside, then moved).
     */
    public static void writeCsv(DataTable t, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("case");
        for (String c : t.columnNames()) {
            sb.append(',').append(c);
        }
        sb.append('\n');
        for (int i = 0; i < t.size(); i++) {
            String label = t.cases().get(i);
            sb.append(label.matches("[^,\"\r\n]*") ? label : "\"" + label.replace("\"", "\"\"") + "\"");
            for (String c : t.columnNames()) {
                sb.append(',').append(num(t.columns().get(c)[i]));
            }
            sb.append('\n');
        }
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        PartFiles.writeString(abs, sb);
    }

    /** Sufficiency of the first model of each solution, then necessity of each condition. */
    static List<QcaXyPage.Plot> plots(TruthTable tt, MinimizationResult complex, MinimizationResult parsimonious) {
        List<QcaXyPage.Plot> l = new ArrayList<>();
        double[] y = tt.data().outcome();
        String out = tt.data().outcomeName();
        Map<String, MinimizationResult> sol = new LinkedHashMap<>();
        sol.put("complex", complex);
        sol.put("parsimonious", parsimonious);
        for (Map.Entry<String, MinimizationResult> e : sol.entrySet()) {
            if (e.getValue().models().isEmpty()) {
                continue;
            }
            String expr = e.getValue().models().get(0).expression();
            double[] x = SopExpression.parse("solution", expr, tt.conditions(), tt.levels()).evaluate(tt.data());
            SufficiencyFit f = SufficiencyFit.of(x, y);
            l.add(new QcaXyPage.Plot("sufficiency", e.getKey() + " M1: " + expr + " → " + out, expr, out, tt.data().cases(), x, y,
                    "inclS", f.inclS(), "covS", f.covS()));
        }
        for (int j = 0; j < tt.conditions().size(); j++) {
            double[] x = tt.data().values()[j];
            NecessityFit f = NecessityFit.of(x, y);
            String c = tt.conditions().get(j);
            l.add(new QcaXyPage.Plot("necessity", c + " ← " + out, c, out, tt.data().cases(), x, y, "inclN", f.inclN(), "covN", f.covN()));
        }
        return l;
    }

    private static boolean matches(JsonNode n, String value) {
        if (n.isNumber()) {
            try {
                return n.asDouble() == Double.parseDouble(value);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return n.isValueNode() && !n.isNull() && n.asText().equals(value);
    }

    private static double number(JsonNode n, String path, String label, String parameter) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? 1 : 0;
        }
        if (n.isNull()) {
            throw ComparisonQcaException.path(parameter, label, path, "the value is null (not computed for this case)");
        }
        if (n.isTextual()) {
            throw ComparisonQcaException.path(parameter, label, path, "the value is the text '" + n.asText()
                    + "', not a number; compare it in the outcome, e.g. `outcome` " + path + "=" + n.asText());
        }
        throw ComparisonQcaException.path(parameter, label, path, "the value is " + (n.isArray() ? "an array of " + n.size() + " elements"
                : "an object with keys " + AnalysisPath.keys(n)) + ", not a number; continue the path");
    }

    /** Integers without a decimal point, other numbers exactly. */
    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
