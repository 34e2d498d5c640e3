package org.glassbox.qca;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a comma-separated table of cases into a {@link DataTable}. The case column is the column
 * named {@code case} when present, otherwise a first column that is not numeric; every other column
 * must be numeric ({@code NA} and empty cells are rejected with their position). Fields may be
 * double-quoted with {@code ""} as an escaped quote.
 */
public final class CsvDataReader {
    private CsvDataReader() {}

    public static DataTable read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new QcaInputException(file.toString(), 0, 0, "cannot read file (" + e.getMessage() + ")");
        }
        return parse(file.getFileName().toString(), text);
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static DataTable parse(String source, String text) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNos = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            rows.add(split(source, i + 1, lines[i]));
            lineNos.add(i + 1);
        }
        if (rows.isEmpty()) throw new QcaInputException(source, 1, 0, "empty file: no header line");
        String[] header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            if (rows.get(r).length != header.length) {
                throw new QcaInputException(source, lineNos.get(r), 0, "expected " + header.length
                        + " fields as in the header, found " + rows.get(r).length);
            }
        }
        int caseCol = -1;
        for (int c = 0; c < header.length; c++) if (header[c].equals("case")) caseCol = c;
        if (caseCol < 0 && rows.size() > 1 && header.length > 0) {
            boolean numeric = true;
            for (int r = 1; r < rows.size() && numeric; r++) numeric = isNumber(rows.get(r)[0]);
            if (!numeric || header[0].isEmpty()) caseCol = 0;
        }
        List<String> cases = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) cases.add(caseCol >= 0 ? rows.get(r)[caseCol] : String.valueOf(r));
        Map<String, double[]> cols = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            if (c == caseCol) continue;
            if (cols.containsKey(header[c])) throw new QcaInputException(source, lineNos.get(0), c + 1, "duplicate column '" + header[c] + "'");
            double[] v = new double[rows.size() - 1];
            for (int r = 1; r < rows.size(); r++) {
                String cell = rows.get(r)[c].trim();
                if (!isNumber(cell)) {
                    throw new QcaInputException(source, lineNos.get(r), c + 1, "column '" + header[c]
                            + "': value '" + cell + "' is not a number");
                }
                v[r - 1] = Double.parseDouble(cell);
            }
            cols.put(header[c], v);
        }
        return new DataTable(cases, cols);
    }

    private static boolean isNumber(String s) {
        String t = s.trim();
        if (t.isEmpty()) return false;
        try {
            double d = Double.parseDouble(t);
            return !Double.isNaN(d) && !Double.isInfinite(d);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String[] split(String source, int lineNo, String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                    else quoted = false;
                } else cur.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(ch);
        }
        if (quoted) throw new QcaInputException(source, lineNo, out.size() + 1, "unterminated quoted field");
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
