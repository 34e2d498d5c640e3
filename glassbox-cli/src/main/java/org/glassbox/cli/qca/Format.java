package org.glassbox.cli.qca;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glassbox.qca.QcaInputException;

/** Number formatting and plain-text tables in the reference's layout. */
final class Format {
    private Format() {}

    static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
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
        return "glassbox qca: " + QcaFlags.message(e);
    }
}
