package org.glassbox.qca;

import java.util.ArrayList;
import java.util.List;

/**
 * Condition and outcome set memberships of the cases, ready for QCA.
 *
 * <p>A condition is <em>fuzzy</em> when any of its values is not an integer (values must then lie
 * in [0, 1]); otherwise it is crisp with {@code levels = max + 1} categories (two for crisp sets,
 * more for multi-value sets). The membership of a case in the literal "condition at level v" is
 * {@code x} (v = 1) or {@code 1 - x} (v = 0) for fuzzy conditions and the indicator
 * {@code x == v} for crisp and multi-value ones (Ragin 2008; Dusa 2019, ch. 3).
 *
 * @param cases       case labels
 * @param conditions  condition names
 * @param values      values[j][i]: value of case i on condition j
 * @param levels      number of levels of each condition (2 for fuzzy)
 * @param fuzzy       whether each condition is fuzzy
 * @param outcomeName outcome as written, e.g. {@code SURV} or {@code ~SURV}
 * @param outcome     outcome membership of each case, already negated when the outcome is negated
 */
public record SetData(List<String> cases, List<String> conditions, double[][] values, int[] levels,
                      boolean[] fuzzy, String outcomeName, double[] outcome) {

    public SetData {
        cases = List.copyOf(cases);
        conditions = List.copyOf(conditions);
        double[][] v = new double[values.length][];
        for (int j = 0; j < values.length; j++) v[j] = values[j].clone();
        values = v;
        levels = levels.clone();
        fuzzy = fuzzy.clone();
        outcome = outcome == null ? null : outcome.clone();
        if (values.length != conditions.size() || levels.length != conditions.size() || fuzzy.length != conditions.size()) {
            throw new IllegalArgumentException("conditions, values, levels and fuzzy flags differ in length");
        }
    }

    /**
     * Builds set data from a table: {@code outcome} may be negated with {@code ~}; a multi-value
     * outcome may name its level as {@code Y[2]}; {@code conditions} empty means every column but
     * the outcome.
     */
    public static SetData of(DataTable table, String outcome, List<String> conditions) {
        List<String> conds = new ArrayList<>();
        String outName = null;
        boolean negate = false;
        int outLevel = -1;
        if (outcome != null && !outcome.isBlank()) {
            String o = outcome.trim();
            if (o.startsWith("~")) { negate = true; o = o.substring(1).trim(); }
            if (o.endsWith("]") && o.contains("[")) {
                String lv = o.substring(o.indexOf('[') + 1, o.length() - 1).trim();
                o = o.substring(0, o.indexOf('[')).trim();
                try {
                    outLevel = Integer.parseInt(lv);
                } catch (NumberFormatException e) {
                    throw QcaInputException.parameter("outcome", 0, "outcome level '" + lv + "' is not an integer");
                }
            }
            outName = o;
            if (!table.has(outName)) {
                throw QcaInputException.parameter("outcome", 0, "unknown outcome column '" + outName + "'; columns are " + table.columnNames());
            }
        }
        if (conditions == null || conditions.isEmpty()) {
            for (String c : table.columnNames()) if (!c.equals(outName)) conds.add(c);
        } else {
            for (String c : conditions) {
                String t = c.trim();
                if (!table.has(t)) throw QcaInputException.parameter("conditions", 0, "unknown condition column '" + t + "'; columns are " + table.columnNames());
                if (conds.contains(t)) throw QcaInputException.parameter("conditions", 0, "condition '" + t + "' listed twice");
                conds.add(t);
            }
        }
        int k = conds.size();
        double[][] vals = new double[k][];
        int[] lev = new int[k];
        boolean[] fz = new boolean[k];
        for (int j = 0; j < k; j++) {
            vals[j] = table.column(conds.get(j));
            boolean isFuzzy = false;
            double max = 0;
            for (int i = 0; i < vals[j].length; i++) {
                double x = vals[j][i];
                if (x != Math.rint(x)) isFuzzy = true;
                if (x < 0) throw new QcaInputException(conds.get(j), i + 2, 0, "negative value " + x + " for case " + table.cases().get(i) + " (calibrate first)");
                max = Math.max(max, x);
            }
            if (isFuzzy && max > 1) {
                throw new QcaInputException(conds.get(j), 0, 0, "condition '" + conds.get(j) + "' has fractional values above 1: calibrate it first");
            }
            fz[j] = isFuzzy;
            lev[j] = isFuzzy ? 2 : Math.max(2, (int) max + 1);
        }
        double[] y = null;
        String label = null;
        if (outName != null) {
            double[] raw = table.column(outName);
            y = new double[raw.length];
            for (int i = 0; i < raw.length; i++) {
                double x = raw[i];
                double m = outLevel >= 0 ? (x == outLevel ? 1 : 0) : x;
                if (m < 0 || m > 1) {
                    throw new QcaInputException(outName, i + 2, 0, "outcome value " + x + " for case " + table.cases().get(i)
                            + " is not a set membership in [0, 1] (name a level, e.g. " + outName + "[1])");
                }
                y[i] = negate ? 1 - m : m;
            }
            label = (negate ? "~" : "") + outName + (outLevel >= 0 ? "[" + outLevel + "]" : "");
        }
        return new SetData(table.cases(), conds, vals, lev, fz, label, y);
    }

    public int conditionCount() { return conditions.size(); }

    public int caseCount() { return cases.size(); }

    /** True when any condition has more than two levels: expressions then use {@code A[v]}. */
    public boolean multivalue() {
        for (int l : levels) if (l > 2) return true;
        return false;
    }

    /** Membership of case {@code i} in condition {@code j} at level {@code v}. */
    public double membership(int j, int v, int i) {
        double x = values[j][i];
        if (fuzzy[j]) return v == 1 ? x : 1 - x;
        return x == v ? 1 : 0;
    }

    /** A copy of the outcome memberships. */
    public double[] outcomeValues() {
        return outcome.clone();
    }
}
