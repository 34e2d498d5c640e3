package org.glassbox.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glassbox.cli.qca.QcaOutput;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.io.json.AnalysisJson;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.NecessityFit;
import org.glassbox.qca.Qca;
import org.glassbox.qca.QcaInputException;
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
 * Each condition and the outcome name a value in every case's analysis JSON (the tree
 * {@code analyze --json} writes, {@link AnalysisJson#tree(CaseAnalysis)}) by a dotted path; the
 * values become one row per case of a {@link DataTable} (calibrated with the direct method where
 * asked), which is written as CSV for R, then {@link Qca#truthTable} and {@link Qca#minimize} give
 * the complex and the parsimonious (remainders {@code ?}) solutions, printed as
 * {@code glassbox qca minimize} prints them.
 *
 * <p>Paths: keys separated by dots; after a key, {@code [i]} picks an array element ({@code -1} or
 * {@code last} the last, {@code first} the first), {@code [key=value]} the first element whose
 * {@code key} has that value, {@code ["a.b"]} an object key with dots. Shortcuts for the first
 * key: {@code lastPhase} = {@code phases[last]}, {@code firstPhase} = {@code phases[0]},
 * {@code lastYear} = {@code periods[last]}. Numbers are used as they are, booleans as 1 and 0.
 *
 * <p>Complexity: O(cases × paths × path length) to build the table, then the QCA algorithms'.
 */
final class CompareQca {
    private CompareQca() {
    }

    /** A path that cannot be written, or a value that cannot serve; {@code caseLabel} null for a syntax error. */
    static final class PathException extends RuntimeException {
        private final String caseLabel;
        private final String path;

        PathException(String caseLabel, String path, String message) {
            super(message);
            this.caseLabel = caseLabel;
            this.path = path;
        }

        String caseLabel() {
            return caseLabel;
        }

        String path() {
            return path;
        }

        String format() {
            return (caseLabel == null ? "" : "case " + caseLabel + ": ") + "path '" + path + "': " + getMessage();
        }
    }

    /** One column of the data table: its name, the path of its value, the outcome's compared value, the calibration anchors. */
    record Column(String name, String path, String equals, String calibration) {
    }

    /**
     * Builds the table, writes it, prints the truth table and the solutions and keeps the result
     * in {@code o.result}. Returns 0, 1 for bad input (a missing path, an uncalibrated value
     * outside [0, 1], nothing to minimise) or 2 for a usage error.
     */
    static int run(Comparison cmp, QcaLinkOptions o, String json, PrintWriter out, PrintWriter err) {
        PrintWriter say = "-".equals(json) ? err : out;
        List<Column> columns;
        Column outcome;
        try {
            outcome = outcomeColumn(o);
            columns = conditionColumns(o, outcome);
        } catch (IllegalArgumentException e) {
            err.println("glassbox compare --qca: " + e.getMessage());
            return 2;
        } catch (PathException e) {
            err.println("glassbox compare --qca: " + e.format());
            return 2;
        }
        DataTable table;
        try {
            table = table(cmp.cases(), columns, outcome);
        } catch (PathException e) {
            err.println("glassbox compare --qca: " + e.format());
            return e.caseLabel() == null ? 2 : 1;
        } catch (QcaInputException e) {
            err.println("glassbox compare --qca: " + e.getMessage());
            return 1;
        }
        Path file = o.table != null ? o.table
                : json != null && !"-".equals(json) ? Path.of(json).toAbsolutePath().resolveSibling("qca-table.csv")
                : Path.of("qca-table.csv");
        try {
            writeCsv(table, file);
        } catch (IOException e) {
            err.println("glassbox compare --qca: cannot write the data table " + file + ": " + e.getMessage());
            return 1;
        }
        List<String> names = columns.stream().map(Column::name).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("outcome", describe(outcome));
        result.put("conditions", columns.stream().map(CompareQca::describe).toList());
        result.put("tableFile", file.toAbsolutePath().normalize().toString());
        result.put("table", tableJson(table));
        TruthTable tt;
        MinimizationResult complex;
        MinimizationResult parsimonious;
        try {
            TruthTableOptions tto = tableOptions(o);
            tt = Qca.truthTable(table, outcome.name(), names, tto);
            result.put("truthTable", QcaOutput.truthTableJson(tt));
            complex = Qca.minimize(table, outcome.name(), names, tto, MinimizeOptions.complex());
            parsimonious = Qca.minimize(table, outcome.name(), names, tto, MinimizeOptions.parsimonious());
        } catch (QcaInputException e) {
            say.println("QCA data table (" + table.size() + " cases) written to " + file.toAbsolutePath().normalize());
            err.println("glassbox compare --qca: " + e.getMessage());
            return 1;
        }
        result.put("complex", QcaOutput.solutionJson(complex));
        result.put("parsimonious", QcaOutput.solutionJson(parsimonious));
        List<QcaXyPage.Plot> plots = plots(tt, complex, parsimonious);
        result.put("xy", plots.stream().map(CompareQca::plotJson).toList());
        o.result = result;
        if (!"-".equals(json)) {
            print(table, tt, complex, parsimonious, out);
        }
        say.println("QCA data table (" + table.size() + " cases × " + columns.size() + " conditions and the outcome) written to "
                + file.toAbsolutePath().normalize());
        if (o.html != null) {
            try {
                QcaXyPage.write(plots, "QCA: " + outcome.name() + " — " + String.join(", ", names), Main.Version.version(), o.html);
            } catch (IOException | RuntimeException e) {
                err.println("glassbox compare --qca: cannot write " + o.html + ": " + e.getMessage());
                return 1;
            }
            say.println("QCA XY plots written to " + o.html.toAbsolutePath().normalize() + " (self-contained; open it in a browser)");
        }
        say.flush();
        return 0;
    }

    private static void print(DataTable table, TruthTable tt, MinimizationResult complex, MinimizationResult parsimonious, PrintWriter out) {
        out.println("QCA data table:");
        List<String> cols = table.columnNames();
        int w = Math.max(4, table.cases().stream().mapToInt(String::length).max().orElse(4));
        StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "  %-" + w + "s", "case"));
        for (String c : cols) {
            h.append(String.format(Locale.ROOT, "  %" + Math.max(6, c.length()) + "s", c));
        }
        out.println(h);
        for (int i = 0; i < table.size(); i++) {
            StringBuilder r = new StringBuilder(String.format(Locale.ROOT, "  %-" + w + "s", table.cases().get(i)));
            for (String c : cols) {
                r.append(String.format(Locale.ROOT, "  %" + Math.max(6, c.length()) + ".3f", table.columns().get(c)[i]));
            }
            out.println(r);
        }
        out.println();
        out.println("Truth table (" + tt.data().outcomeName() + "):");
        QcaOutput.printTruthTable(tt, out);
        out.println("Complex solution:");
        QcaOutput.printSolution(complex, out);
        out.println("Parsimonious solution (logical remainders ? included):");
        QcaOutput.printSolution(parsimonious, out);
    }

    // ---- the options -------------------------------------------------------------------------

    private static Column outcomeColumn(QcaLinkOptions o) {
        if (o.outcome == null || o.outcome.isBlank()) {
            throw new IllegalArgumentException("--qca needs --outcome PATH=VALUE (e.g. model.verdict=market) or a numeric PATH");
        }
        String s = o.outcome.trim();
        String name = null;
        int colon = s.indexOf(':');
        int br = s.indexOf('[');
        if (colon > 0 && (br < 0 || colon < br)) {
            name = s.substring(0, colon).trim();
            s = s.substring(colon + 1).trim();
        }
        int eq = firstEqualsOutsideBrackets(s);
        String path = eq < 0 ? s : s.substring(0, eq).trim();
        String value = eq < 0 ? null : s.substring(eq + 1).trim();
        if (path.isEmpty()) {
            throw new IllegalArgumentException("--outcome: no path in '" + o.outcome + "'");
        }
        steps(path);
        if (name == null) {
            name = value != null ? upper(value) : derivedName(path);
        }
        checkName(name, "--outcome");
        return new Column(name, path, value, calibration(o, name, path));
    }

    private static List<Column> conditionColumns(QcaLinkOptions o, Column outcome) {
        List<Column> l = new ArrayList<>();
        Set<String> names = new HashSet<>();
        names.add(outcome.name());
        for (String raw : o.conditions) {
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            String name = null;
            int colon = s.indexOf(':');
            int br = s.indexOf('[');
            if (colon > 0 && (br < 0 || colon < br)) {
                name = s.substring(0, colon).trim();
                s = s.substring(colon + 1).trim();
            }
            steps(s);
            if (name == null) {
                name = derivedName(s);
                if (names.contains(name)) {
                    name = derivedName2(s);
                }
            }
            checkName(name, "--conditions");
            if (!names.add(name)) {
                throw new IllegalArgumentException("--conditions: the name " + name + " is used twice; name the columns, e.g. EMB:" + s);
            }
            l.add(new Column(name, s, null, calibration(o, name, s)));
        }
        if (l.isEmpty()) {
            throw new IllegalArgumentException("--qca needs --conditions PATH,... (e.g. lastPhase.embedding.index,lastPhase.structure.metrics.dualAuthorityRatio)");
        }
        Set<String> known = new HashSet<>();
        for (Column c : l) {
            known.add(c.name());
            known.add(c.path());
        }
        known.add(outcome.name());
        known.add(outcome.path());
        for (String c : o.calibrate) {
            int eq = firstEqualsOutsideBrackets(c);
            String key = eq < 0 ? c : c.substring(0, eq).trim();
            if (!known.contains(key)) {
                throw new IllegalArgumentException("--calibrate " + c + ": '" + key + "' is neither a condition nor the outcome (by path or name)");
            }
        }
        return l;
    }

    /** The anchors {@code --calibrate} gives for a column, as {@code e=..,c=..,i=..}; null when none. */
    private static String calibration(QcaLinkOptions o, String name, String path) {
        for (String c : o.calibrate) {
            int eq = firstEqualsOutsideBrackets(c);
            if (eq < 0) {
                throw new IllegalArgumentException("--calibrate " + c + ": write PATH=e,c,i (exclusion, crossover, inclusion)");
            }
            String key = c.substring(0, eq).trim();
            if (key.equals(name) || key.equals(path)) {
                String anchors = c.substring(eq + 1).trim();
                String[] p = anchors.split(",");
                if (p.length == 3 && !anchors.contains("=")) {
                    anchors = "e=" + p[0].trim() + ", c=" + p[1].trim() + ", i=" + p[2].trim();
                }
                try {
                    org.glassbox.qca.calibrate.Thresholds.parse(anchors);
                } catch (QcaInputException e) {
                    throw new IllegalArgumentException("--calibrate " + c + ": " + e.getMessage());
                }
                return anchors;
            }
        }
        return null;
    }

    private static TruthTableOptions tableOptions(QcaLinkOptions o) {
        double[] ic = TruthTableOptions.parseInclCut(o.inclCut);
        return new TruthTableOptions(ic[0], ic[1], o.nCut, 0, Set.of());
    }

    private static int firstEqualsOutsideBrackets(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '[') {
                depth++;
            } else if (ch == ']') {
                depth--;
            } else if (ch == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void checkName(String name, String option) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException(option + ": '" + name + "' cannot name a QCA column (letters, digits and _ , starting with a letter)");
        }
    }

    private static String upper(String s) {
        String u = s.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        return u.isEmpty() || !Character.isLetter(u.charAt(0)) ? "X" + u : u;
    }

    /** The last key of a path in capitals: {@code lastPhase.embedding.index} gives {@code INDEX}. */
    static String derivedName(String path) {
        List<Step> st = steps(path);
        for (int i = st.size() - 1; i >= 0; i--) {
            if (st.get(i).key() != null) {
                return upper(st.get(i).key());
            }
        }
        return upper(path);
    }

    /** The last two keys: {@code EMBEDDING_INDEX}. */
    private static String derivedName2(String path) {
        List<String> keys = new ArrayList<>();
        for (Step s : steps(path)) {
            if (s.key() != null) {
                keys.add(s.key());
            }
        }
        return keys.size() < 2 ? derivedName(path) : upper(keys.get(keys.size() - 2) + "_" + keys.get(keys.size() - 1));
    }

    // ---- the table ---------------------------------------------------------------------------

    /** The data table: one row per case, the conditions then the outcome, calibrated where asked. */
    static DataTable table(List<CaseAnalysis> cases, List<Column> conditions, Column outcome) {
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
        List<Column> all = new ArrayList<>(conditions);
        all.add(outcome);
        for (Column c : all) {
            double[] v = new double[cases.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode n = resolve(trees.get(i), c.path(), labels.get(i));
                v[i] = c.equals() != null ? (matches(n, c.equals()) ? 1 : 0) : number(n, c.path(), labels.get(i));
            }
            if (c.calibration() != null) {
                v = Qca.calibrate(v, c.calibration(), Calibration.FuzzyOptions.defaults());
            } else if (c.equals() == null) {
                for (int i = 0; i < v.length; i++) {
                    if (!(v[i] >= 0 && v[i] <= 1)) {
                        throw new PathException(labels.get(i), c.path(), String.format(Locale.ROOT,
                                "value %s lies outside [0, 1], so it is not a set membership; calibrate it, e.g. --calibrate %s=e,c,i "
                                        + "(exclusion, crossover, inclusion)", num(v[i]), c.path()));
                    }
                }
            }
            cols.put(c.name(), v);
        }
        return new DataTable(labels, cols);
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

    private static double number(JsonNode n, String path, String label) {
        if (n.isNumber()) {
            return n.asDouble();
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? 1 : 0;
        }
        if (n.isNull()) {
            throw new PathException(label, path, "the value is null (not computed for this case)");
        }
        if (n.isTextual()) {
            throw new PathException(label, path, "the value is the text '" + n.asText() + "', not a number; compare it in the outcome, e.g. --outcome "
                    + path + "=" + n.asText());
        }
        throw new PathException(label, path, "the value is " + (n.isArray() ? "an array of " + n.size() + " elements"
                : "an object with keys " + keys(n)) + ", not a number; continue the path");
    }

    private static void writeCsv(DataTable t, Path file) throws IOException {
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
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Integers without a decimal point, other numbers exactly (they read back to the same double). */
    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Map<String, Object> describe(Column c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("path", c.path());
        if (c.equals() != null) {
            m.put("equals", c.equals());
        }
        if (c.calibration() != null) {
            m.put("calibration", c.calibration());
        }
        return m;
    }

    private static Map<String, Object> tableJson(DataTable t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cases", t.cases());
        Map<String, Object> cols = new LinkedHashMap<>();
        t.columns().forEach((k, v) -> cols.put(k, v.clone()));
        m.put("columns", cols);
        return m;
    }

    // ---- the XY plots --------------------------------------------------------------------------

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

    private static Map<String, Object> plotJson(QcaXyPage.Plot p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relation", p.relation());
        m.put("title", p.title());
        m.put("x", p.xName());
        m.put("y", p.yName());
        m.put("cases", p.cases());
        m.put("xValues", p.x());
        m.put("yValues", p.y());
        m.put(p.inclName(), Double.isFinite(p.incl()) ? p.incl() : null);
        m.put(p.covName(), Double.isFinite(p.cov()) ? p.cov() : null);
        return m;
    }

    // ---- the paths ---------------------------------------------------------------------------

    /** One step of a path: a key, an index (negative from the end), or the element whose {@code matchKey} has {@code matchValue}. */
    record Step(String key, Integer index, String matchKey, String matchValue, String text) {
    }

    /** Parses a path into steps, expanding the shortcuts; a syntax error is a {@link PathException} without a case. */
    static List<Step> steps(String path) {
        List<Step> l = new ArrayList<>();
        int i = 0;
        int n = path.length();
        boolean first = true;
        while (i < n) {
            int start = i;
            while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
                i++;
            }
            String key = path.substring(start, i).trim();
            if (key.isEmpty()) {
                throw new PathException(null, path, "empty key at column " + (start + 1));
            }
            {
                if (first && key.equals("lastPhase")) {
                    l.add(new Step("phases", null, null, null, "phases"));
                    l.add(new Step(null, -1, null, null, "[last]"));
                } else if (first && key.equals("firstPhase")) {
                    l.add(new Step("phases", null, null, null, "phases"));
                    l.add(new Step(null, 0, null, null, "[0]"));
                } else if (first && key.equals("lastYear")) {
                    l.add(new Step("periods", null, null, null, "periods"));
                    l.add(new Step(null, -1, null, null, "[last]"));
                } else {
                    l.add(new Step(key, null, null, null, key));
                }
            }
            first = false;
            while (i < n && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new PathException(null, path, "'[' at column " + (i + 1) + " is not closed");
                }
                String sel = path.substring(i + 1, close).trim();
                String text = path.substring(i, close + 1);
                if (sel.length() >= 2 && (sel.charAt(0) == '"' || sel.charAt(0) == '\'') && sel.charAt(sel.length() - 1) == sel.charAt(0)) {
                    l.add(new Step(sel.substring(1, sel.length() - 1), null, null, null, text));
                } else if (sel.equals("last")) {
                    l.add(new Step(null, -1, null, null, text));
                } else if (sel.equals("first")) {
                    l.add(new Step(null, 0, null, null, text));
                } else if (sel.matches("-?[0-9]+")) {
                    l.add(new Step(null, Integer.parseInt(sel), null, null, text));
                } else if (sel.indexOf('=') > 0) {
                    l.add(new Step(null, null, sel.substring(0, sel.indexOf('=')).trim(), sel.substring(sel.indexOf('=') + 1).trim(), text));
                } else {
                    throw new PathException(null, path, "'" + text + "' at column " + (i + 1)
                            + " is not an index: use [2], [-1], [last], [first], [key=value] or [\"key\"]");
                }
                i = close + 1;
            }
            if (i < n) {
                if (path.charAt(i) != '.') {
                    throw new PathException(null, path, "expected '.' or '[' at column " + (i + 1));
                }
                i++;
                if (i == n) {
                    throw new PathException(null, path, "the path ends with '.'");
                }
            }
        }
        if (l.isEmpty()) {
            throw new PathException(null, path, "empty path");
        }
        return l;
    }

    /** The node at {@code path} in {@code root}; a missing step names the nearest existing keys. */
    static JsonNode resolve(JsonNode root, String path, String caseLabel) {
        JsonNode node = root;
        StringBuilder where = new StringBuilder();
        for (Step s : steps(path)) {
            String at = where.length() == 0 ? "the top level" : where.toString();
            if (s.key() != null) {
                if (!node.isObject()) {
                    throw new PathException(caseLabel, path, at + " is " + kind(node) + ", which has no key '" + s.key() + "'");
                }
                JsonNode next = node.get(s.key());
                if (next == null) {
                    List<String> near = nearest(s.key(), keys(node));
                    throw new PathException(caseLabel, path, "no key '" + s.key() + "' in " + at + "; nearest: " + String.join(", ", near)
                            + (keys(node).size() > near.size() ? " (keys there: " + String.join(", ", keys(node)) + ")" : ""));
                }
                node = next;
                where.append(where.length() == 0 || s.text().startsWith("[") ? "" : ".").append(s.text());
            } else if (s.index() != null) {
                if (!node.isArray()) {
                    throw new PathException(caseLabel, path, at + " is " + kind(node) + ", not an array, so " + s.text() + " does not apply"
                            + (node.isObject() ? "; keys there: " + String.join(", ", keys(node)) : ""));
                }
                int k = s.index() < 0 ? node.size() + s.index() : s.index();
                if (k < 0 || k >= node.size()) {
                    throw new PathException(caseLabel, path, at + " has " + node.size() + " elements; " + s.text() + " is out of range");
                }
                node = node.get(k);
                where.append(s.text());
            } else {
                if (!node.isArray()) {
                    throw new PathException(caseLabel, path, at + " is " + kind(node) + ", not an array, so " + s.text() + " does not apply");
                }
                JsonNode found = null;
                List<String> values = new ArrayList<>();
                for (JsonNode e : node) {
                    JsonNode v = e.get(s.matchKey());
                    if (v != null && v.isValueNode()) {
                        values.add(v.asText());
                        if (found == null && v.asText().equals(s.matchValue())) {
                            found = e;
                        }
                    }
                }
                if (found == null) {
                    throw new PathException(caseLabel, path, "no element of " + at + " has " + s.matchKey() + " = '" + s.matchValue() + "'"
                            + (values.isEmpty() ? " (its elements have no key '" + s.matchKey() + "')" : "; values there: " + String.join(", ", values)));
                }
                node = found;
                where.append(s.text());
            }
        }
        return node;
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "an array" : n.isObject() ? "an object" : n.isNull() ? "null" : "the value " + n.asText();
    }

    private static List<String> keys(JsonNode n) {
        List<String> l = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            l.add(it.next());
        }
        return l;
    }

    /** Up to five keys closest to {@code key} by edit distance (case ignored), nearest first. */
    static List<String> nearest(String key, List<String> keys) {
        String k = key.toLowerCase(Locale.ROOT);
        return keys.stream()
                .sorted(Comparator.comparingInt((String s) -> distance(k, s.toLowerCase(Locale.ROOT))).thenComparing(s -> s))
                .limit(5).toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
