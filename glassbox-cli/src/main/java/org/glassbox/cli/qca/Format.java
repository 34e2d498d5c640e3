package org.glassbox.cli.qca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glassbox.qca.NecessityFit;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SufficiencyFit;

/** Number formatting and plain-text tables in the reference's layout; JSON maps with NaN as null. */
final class Format {
    private Format() {}

    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static Double json(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static Map<String, Object> fit(SufficiencyFit f, boolean covU) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inclS", json(f.inclS()));
        m.put("PRI", json(f.pri()));
        m.put("covS", json(f.covS()));
        if (covU) m.put("covU", json(f.covU()));
        return m;
    }

    static Map<String, Object> fit(NecessityFit f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inclN", json(f.inclN()));
        m.put("RoN", json(f.ron()));
        m.put("covN", json(f.covN()));
        return m;
    }

    /** Right-aligned columns after a left-aligned label column; {@code rule} draws dashes under the header. */
    static List<String> table(List<String> header, List<List<String>> rows, boolean rule) {
        int n = header.size();
        int[] w = new int[n];
        for (int c = 0; c < n; c++) w[c] = header.get(c).length();
        for (List<String> r : rows) for (int c = 0; c < n; c++) w[c] = Math.max(w[c], r.get(c).length());
        List<String> out = new ArrayList<>();
        out.add(line(header, w));
        int total = 0;
        for (int x : w) total += x + 2;
        if (rule) out.add("-".repeat(total));
        for (List<String> r : rows) out.add(line(r, w));
        if (rule) out.add("-".repeat(total));
        return out;
    }

    private static String line(List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String s = cells.get(c);
            boolean left = c == cells.size() - 1 && c > 0 && !looksNumeric(s) && !s.isEmpty();
            if (left) sb.append(s).append(" ".repeat(w[c] - s.length()));
            else sb.append(" ".repeat(w[c] - s.length())).append(s);
            sb.append("  ");
        }
        return sb.toString().stripTrailing();
    }

    private static boolean looksNumeric(String s) {
        return s.matches("-?[0-9.]+|-|\\(M[0-9]+\\)|membership|covU|covN");
    }

    /** A nicer message for an exception that escaped as bad input. */
    static String message(QcaInputException e) {
        return "glassbox qca: " + e.getMessage();
    }
}
