package org.glassbox.app.qca;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.glassbox.io.json.AnalysisPath;
import org.glassbox.io.json.AnalysisPathException;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.calibrate.Thresholds;
import org.glassbox.qca.truth.TruthTableOptions;

/**
 * What {@link ComparisonQca} is asked: the outcome, the conditions and the truth table's cut-offs
 * (defaults: {@code inclCut} 1, {@code nCut} 1, as the R package QCA).
 *
 * <p>Build it from the column specifications with {@link #builder()}:
 * {@code outcome("[NAME:]PATH[=VALUE]")}, {@code condition("[NAME:]PATH")}, and
 * {@code calibrate("PATH=e,c,i")} (PATH may be the column's name). A crisp outcome {@code PATH=VALUE}
 * is named VALUE in capitals ({@code model.verdict=market} gives {@code MARKET}); other columns
 * the path's last key in capitals ({@code lastPhase.embedding.index} gives {@code INDEX}; a
 * condition whose name is taken gets the last two keys, {@code EMBEDDING_INDEX}).
 *
 * @param outcome    the outcome column
 * @param conditions the condition columns (at least one; names distinct and not the outcome's)
 * @param truthTable the truth table's cut-offs
 */
public record ComparisonQcaOptions(QcaColumn outcome, List<QcaColumn> conditions, TruthTableOptions truthTable) {
    public ComparisonQcaOptions {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(truthTable, "truthTable");
        conditions = List.copyOf(conditions);
        if (conditions.isEmpty()) {
            throw ComparisonQcaException.missing("conditions", "`conditions` is missing: give at least one path");
        }
        Set<String> names = new HashSet<>();
        names.add(outcome.name());
        for (QcaColumn c : conditions) {
            if (!names.add(c.name())) {
                throw ComparisonQcaException.option("conditions", "`conditions`: the name " + c.name() + " is used twice");
            }
        }
    }

    /** The same options with other cut-offs. */
    public ComparisonQcaOptions withTruthTable(TruthTableOptions t) {
        return new ComparisonQcaOptions(outcome, conditions, t);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the specifications; {@link #build()} reads them and reports the first problem. */
    public static final class Builder {
        private String outcome;
        private final List<String> conditions = new ArrayList<>();
        private final List<String> calibrations = new ArrayList<>();
        private TruthTableOptions truthTable = TruthTableOptions.defaults();

        private Builder() {
        }

        /** {@code [NAME:]PATH=VALUE} (crisp: 1 when the value at PATH equals VALUE) or {@code [NAME:]PATH} (a number). */
        public Builder outcome(String spec) {
            this.outcome = spec;
            return this;
        }

        /** One condition, {@code [NAME:]PATH}; blank ones are skipped. */
        public Builder condition(String spec) {
            conditions.add(Objects.requireNonNull(spec, "condition"));
            return this;
        }

        public Builder conditions(List<String> specs) {
            specs.forEach(this::condition);
            return this;
        }

        /** Direct-method calibration of a column: {@code PATH=e,c,i} or {@code NAME=e=..,c=..,i=..}. */
        public Builder calibrate(String spec) {
            calibrations.add(Objects.requireNonNull(spec, "calibrate"));
            return this;
        }

        public Builder calibrations(List<String> specs) {
            specs.forEach(this::calibrate);
            return this;
        }

        public Builder truthTable(TruthTableOptions options) {
            this.truthTable = Objects.requireNonNull(options, "truthTable");
            return this;
        }

        /**
         * The options; a {@link ComparisonQcaException} names the first parameter at fault, in
         * this order: the outcome, each condition, then the calibrations.
         */
        public ComparisonQcaOptions build() {
            QcaColumn out = outcomeColumn();
            List<QcaColumn> conds = conditionColumns(out);
            return new ComparisonQcaOptions(out, conds, truthTable);
        }

        private QcaColumn outcomeColumn() {
            if (outcome == null || outcome.isBlank()) {
                throw ComparisonQcaException.missing("outcome",
                        "`outcome` is missing: give PATH=VALUE (e.g. model.verdict=market) or a numeric PATH");
            }
            String s = outcome.trim();
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
                throw ComparisonQcaException.option("outcome", "`outcome`: no path in '" + outcome + "'");
            }
            AnalysisPath p = parse("outcome", path);
            if (name == null) {
                name = value != null ? upper(value) : derivedName(p);
            }
            checkName(name, "outcome");
            return new QcaColumn(name, p, value, calibration(name, path));
        }

        private List<QcaColumn> conditionColumns(QcaColumn outcomeColumn) {
            List<QcaColumn> l = new ArrayList<>();
            Set<String> names = new HashSet<>();
            names.add(outcomeColumn.name());
            for (String raw : conditions) {
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
                AnalysisPath p = parse("conditions", s);
                if (name == null) {
                    name = derivedName(p);
                    if (names.contains(name)) {
                        name = derivedName2(p);
                    }
                }
                checkName(name, "conditions");
                if (!names.add(name)) {
                    throw ComparisonQcaException.option("conditions",
                            "`conditions`: the name " + name + " is used twice; name the columns, e.g. EMB:" + s);
                }
                l.add(new QcaColumn(name, p, null, calibration(name, s)));
            }
            if (l.isEmpty()) {
                throw ComparisonQcaException.missing("conditions", "`conditions` is missing: give PATH,... (e.g. "
                        + "lastPhase.embedding.index,lastPhase.structure.metrics.dualAuthorityRatio)");
            }
            Set<String> known = new HashSet<>();
            for (QcaColumn c : l) {
                known.add(c.name());
                known.add(c.path().text());
            }
            known.add(outcomeColumn.name());
            known.add(outcomeColumn.path().text());
            for (String c : calibrations) {
                int eq = firstEqualsOutsideBrackets(c);
                String key = eq < 0 ? c : c.substring(0, eq).trim();
                if (!known.contains(key)) {
                    throw ComparisonQcaException.option("calibrate",
                            "`calibrate` " + c + ": '" + key + "' is neither a condition nor the outcome (by path or name)");
                }
            }
            return l;
        }

        /** The anchors of the first calibration naming the column (by name or path), as {@code e=.., c=.., i=..}; null when none. */
        private String calibration(String name, String path) {
            for (String c : calibrations) {
                int eq = firstEqualsOutsideBrackets(c);
                if (eq < 0) {
                    throw ComparisonQcaException.option("calibrate", "`calibrate` " + c + ": write PATH=e,c,i (exclusion, crossover, inclusion)");
                }
                String key = c.substring(0, eq).trim();
                if (key.equals(name) || key.equals(path)) {
                    String anchors = c.substring(eq + 1).trim();
                    String[] p = anchors.split(",");
                    if (p.length == 3 && !anchors.contains("=")) {
                        anchors = "e=" + p[0].trim() + ", c=" + p[1].trim() + ", i=" + p[2].trim();
                    }
                    try {
                        Thresholds.parse(anchors);
                    } catch (QcaInputException e) {
                        throw ComparisonQcaException.option("calibrate", "`calibrate` " + c + ": " + e.getMessage());
                    }
                    return anchors;
                }
            }
            return null;
        }

        private static AnalysisPath parse(String parameter, String path) {
            try {
                return AnalysisPath.parse(path);
            } catch (AnalysisPathException e) {
                throw ComparisonQcaException.path(parameter, null, path, e.getMessage());
            }
        }
    }

    static int firstEqualsOutsideBrackets(String s) {
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

    private static void checkName(String name, String parameter) {
        if (!QcaColumn.validName(name)) {
            throw ComparisonQcaException.option(parameter, "`" + parameter + "`: '" + name
                    + "' cannot name a QCA column (letters, digits and _ , starting with a letter)");
        }
    }

    /** Letters and digits in capitals, other runs as {@code _}; an X in front when it would not start with a letter. */
    static String upper(String s) {
        String u = s.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        return u.isEmpty() || !Character.isLetter(u.charAt(0)) ? "X" + u : u;
    }

    /** The last key of a path in capitals: {@code lastPhase.embedding.index} gives {@code INDEX}. */
    static String derivedName(AnalysisPath path) {
        List<String> keys = path.keys();
        return keys.isEmpty() ? upper(path.text()) : upper(keys.get(keys.size() - 1));
    }

    /** The last two keys: {@code EMBEDDING_INDEX}. */
    static String derivedName2(AnalysisPath path) {
        List<String> keys = path.keys();
        return keys.size() < 2 ? derivedName(path) : upper(keys.get(keys.size() - 2) + "_" + keys.get(keys.size() - 1));
    }
}
