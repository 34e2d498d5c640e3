package org.glassbox.qca.truth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SetData;

/**
 * The truth table of a set of conditions for an outcome (Ragin 1987, 2008; Dusa 2019, ch. 7).
 *
 * <p>Each case lies in the row of its crisp values, or, for fuzzy conditions, of the side of 0.5
 * it is on; a case with a fuzzy membership of exactly 0.5 lies in no row (a warning says so). For
 * every observed row, inclS and PRI are computed over <em>all</em> cases with the row's membership
 * min over conditions. Output values: {@code ?} if n &lt; n.cut, else {@code 1} if inclS ≥ incl.cut
 * (and PRI ≥ pri.cut), {@code C} if inclS ≥ the second incl.cut, else {@code 0}; rows listed in
 * {@code exclude} are 0. Rows not observed are logical remainders and are not stored; use
 * {@link #isRemainder(int[])}.
 *
 * <p>Cost: O(rows × cases × conditions) for fuzzy data, O(cases × conditions) for crisp data.
 */
public final class TruthTable {
    private static final double EPS = 1e-12;

    private final SetData data;
    private final TruthTableOptions options;
    private final List<TruthTableRow> rows;
    private final Map<Long, TruthTableRow> byNumber;
    private final List<String> warnings;
    private final long[] multiplier;

    private TruthTable(SetData data, TruthTableOptions options, List<TruthTableRow> rows, List<String> warnings) {
        this.data = data;
        this.options = options;
        this.rows = List.copyOf(rows);
        this.warnings = List.copyOf(warnings);
        this.byNumber = new HashMap<>();
        for (TruthTableRow r : rows) byNumber.put(r.number(), r);
        this.multiplier = multipliers(data.levels());
    }

    static long[] multipliers(int[] levels) {
        long[] m = new long[levels.length];
        long x = 1;
        for (int j = levels.length - 1; j >= 0; j--) {
            m[j] = x;
            if (x > Long.MAX_VALUE / Math.max(1, levels[j])) throw new QcaInputException("too many conditions for row numbers");
            x *= levels[j];
        }
        return m;
    }

    /** Builds the truth table; the data must have an outcome. */
    public static TruthTable build(SetData data, TruthTableOptions options) {
        if (data.outcome() == null) throw QcaInputException.parameter("outcome", 0, "a truth table needs an outcome");
        int k = data.conditionCount();
        if (k == 0) throw QcaInputException.parameter("conditions", 0, "no conditions");
        int n = data.caseCount();
        long[] mult = multipliers(data.levels());
        List<String> warnings = new ArrayList<>();
        LinkedHashMap<Long, List<Integer>> members = new LinkedHashMap<>();
        Map<Long, int[]> configs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] cfg = new int[k];
            boolean half = false;
            for (int j = 0; j < k; j++) {
                double x = data.values()[j][i];
                if (data.fuzzy()[j]) {
                    if (x == 0.5) {
                        half = true;
                        warnings.add("case '" + data.cases().get(i) + "' has a membership of exactly 0.5 in "
                                + data.conditions().get(j) + " and lies in no truth table row");
                    }
                    cfg[j] = x > 0.5 ? 1 : 0;
                } else {
                    cfg[j] = (int) x;
                }
            }
            if (half) continue;
            long num = 1;
            for (int j = 0; j < k; j++) num += cfg[j] * mult[j];
            members.computeIfAbsent(num, key -> new ArrayList<>()).add(i);
            configs.putIfAbsent(num, cfg);
        }
        boolean allCrisp = true;
        for (boolean f : data.fuzzy()) if (f) allCrisp = false;
        double[] y = data.outcome();
        List<Long> numbers = new ArrayList<>(members.keySet());
        numbers.sort(Comparator.naturalOrder());
        List<TruthTableRow> rows = new ArrayList<>();
        for (long num : numbers) {
            int[] cfg = configs.get(num);
            List<Integer> in = members.get(num);
            double sx = 0, sxy = 0, sxyn = 0;
            if (allCrisp) {
                for (int i : in) {
                    sx += 1;
                    sxy += y[i];
                    sxyn += Math.min(y[i], 1 - y[i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    double m = 1;
                    for (int j = 0; j < k && m > 0; j++) m = Math.min(m, data.membership(j, cfg[j], i));
                    double my = Math.min(m, y[i]);
                    sx += m;
                    sxy += my;
                    sxyn += Math.min(my, 1 - y[i]);
                }
            }
            double incl = sxy / sx;
            double pri = (sxy - sxyn) / (sx - sxyn);
            String out;
            if (options.exclude().contains(num)) out = "0";
            else if (in.size() < options.nCut()) out = "?";
            else if (incl >= options.inclCut1() - EPS) out = (options.priCut() > 0 && pri < options.priCut() - EPS) ? "0" : "1";
            else if (incl >= options.inclCut0() - EPS) out = "C";
            else out = "0";
            List<String> cases = new ArrayList<>();
            for (int i : in) cases.add(data.cases().get(i));
            rows.add(new TruthTableRow(num, cfg, out, in.size(), incl, pri, cases));
        }
        return new TruthTable(data, options, rows, warnings);
    }

    public SetData data() { return data; }

    public TruthTableOptions options() { return options; }

    /** Observed rows by ascending row number. */
    public List<TruthTableRow> rows() { return rows; }

    /** Warnings, e.g. about memberships of exactly 0.5. */
    public List<String> warnings() { return warnings; }

    public int[] levels() { return data.levels(); }

    public List<String> conditions() { return data.conditions(); }

    /** Row number of a configuration. */
    public long rowNumber(int[] config) {
        long num = 1;
        for (int j = 0; j < config.length; j++) num += config[j] * multiplier[j];
        return num;
    }

    /** Configuration of a row number. */
    public int[] configuration(long number) {
        int[] lv = data.levels();
        int[] cfg = new int[lv.length];
        long x = number - 1;
        for (int j = 0; j < lv.length; j++) {
            cfg[j] = (int) (x / multiplier[j]);
            x %= multiplier[j];
        }
        return cfg;
    }

    /** Number of rows of the complete table (product of the levels). */
    public long size() {
        return multiplier[0] * data.levels()[0];
    }

    /** The observed row of a number, or null. */
    public TruthTableRow row(long number) {
        return byNumber.get(number);
    }

    /** Whether a configuration is a logical remainder: unobserved (or below n.cut) and not excluded. */
    public boolean isRemainder(int[] config) {
        long num = rowNumber(config);
        if (options.exclude().contains(num)) return false;
        TruthTableRow r = byNumber.get(num);
        return r == null || r.out().equals("?");
    }

    /** Rows with the given output value, ascending. */
    public List<TruthTableRow> rowsWithOutput(String out) {
        List<TruthTableRow> l = new ArrayList<>();
        for (TruthTableRow r : rows) if (r.out().equals(out)) l.add(r);
        return l;
    }

    /**
     * Every row of the complete table (remainders with n = 0 and NaN fit) — only for small
     * tables: at most 2^20 rows.
     */
    public List<TruthTableRow> completeRows() {
        long size = size();
        if (size > (1 << 20)) throw new QcaInputException("the complete truth table has " + size + " rows; too many to list");
        List<TruthTableRow> all = new ArrayList<>();
        for (long num = 1; num <= size; num++) {
            TruthTableRow r = byNumber.get(num);
            if (r == null) {
                r = new TruthTableRow(num, configuration(num), options.exclude().contains(num) ? "0" : "?", 0, Double.NaN, Double.NaN, List.of());
            }
            all.add(r);
        }
        return all;
    }

    /**
     * Rows ordered for printing: {@code sortBy} is a comma list of {@code incl}, {@code n},
     * {@code PRI}, {@code out} (each decreasing; append {@code +} for increasing); remainders last.
     * A stable sort, so ties keep row-number order.
     */
    public static List<TruthTableRow> sorted(List<TruthTableRow> rows, String sortBy) {
        List<TruthTableRow> l = new ArrayList<>(rows);
        if (sortBy == null || sortBy.isBlank()) return l;
        Comparator<TruthTableRow> cmp = Comparator.comparing(r -> r.n() == 0 ? 1 : 0);
        for (String key : sortBy.split(",")) {
            String kk = key.trim();
            boolean asc = kk.endsWith("+");
            if (asc) kk = kk.substring(0, kk.length() - 1);
            Comparator<TruthTableRow> c = switch (kk.toLowerCase()) {
                case "incl" -> Comparator.comparingDouble(r -> Double.isNaN(r.incl()) ? -1 : r.incl());
                case "n" -> Comparator.comparingInt(TruthTableRow::n);
                case "pri" -> Comparator.comparingDouble(r -> Double.isNaN(r.pri()) ? -1 : r.pri());
                case "out" -> Comparator.comparingInt(r -> switch (r.out()) { case "1" -> 3; case "C" -> 2; case "0" -> 1; default -> 0; });
                default -> throw QcaInputException.parameter("sortBy", 0, "unknown sort key '" + kk + "' (use incl, n, PRI, out)");
            };
            cmp = cmp.thenComparing(asc ? c : c.reversed());
        }
        l.sort(cmp);
        return l;
    }
}
