package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glassbox.core.agreement.Level;
import org.glassbox.core.agreement.ReliabilityData;

/**
 * Reads reliability data from a CSV file in the layout of R's {@code irr} package: one row per
 * unit, one column per coder, an empty cell where the coder did not code the unit; the first row
 * names the coders. When the first header cell is {@code unit} (any case), the first column holds
 * the units' ids (distinct, non-empty); otherwise units are numbered 1, 2, … in row order. Blank
 * lines are skipped. The file is UTF-8 (a byte-order mark is skipped), RFC 4180 quoting.
 *
 * <p>Values: text at the nominal level; numbers (a decimal point, optional exponent) at the
 * ordinal, interval and ratio levels, non-negative at the ratio level; at the MASI level a
 * {@code ;} list of labels, read as a set ({@code ;} alone is the empty set).
 *
 * <p>Every problem is reported at once with its line and column: a row with more or fewer cells
 * than the header, a value that is not a number where one is needed, fewer than two coders, a
 * blank or repeated coder name, a missing or repeated unit id.
 */
public final class ReliabilityTableReader {
    /** The header cell that makes the first column the units' ids. */
    public static final String UNIT_COLUMN = "unit";

    private ReliabilityTableReader() {
    }

    /**
     * The table at {@code file}, its values typed for {@code level}: {@link String} (nominal),
     * {@link Double} (ordinal, interval, ratio) or {@code Set<String>} (MASI).
     *
     * @throws ReliabilityTableException with every problem
     * @throws IOException               when the file cannot be opened
     */
    public static ReliabilityData<?> read(Path file, Level level) throws ReliabilityTableException, IOException {
        String name = file.toString();
        List<Problem> problems = new ArrayList<>();
        ReliabilityData<?> data;
        try (InputStream in = Files.newInputStream(file)) {
            data = read(name, in, level, problems);
        }
        if (!problems.isEmpty() || data == null) {
            throw new ReliabilityTableException(problems);
        }
        return data;
    }

    private static ReliabilityData<?> read(String name, InputStream in, Level level, List<Problem> problems) throws IOException {
        CsvParser p = new CsvParser(in, (line, column, message, found, expected) ->
                problems.add(problem(name, line, column, found, expected, message)));
        List<String> header = null;
        int headerLine = 0;
        boolean idColumn = false;
        List<String> coders = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Integer> unitLine = new HashMap<>();
        try {
            while (p.next()) {
                if (p.size() == 1 && p.field(0).isBlank()) {
                    continue;
                }
                int line = p.rowLine();
                if (header == null) {
                    header = new ArrayList<>();
                    for (int i = 0; i < p.size(); i++) {
                        header.add(p.field(i).strip());
                    }
                    headerLine = line;
                    idColumn = !header.isEmpty() && header.get(0).toLowerCase(Locale.ROOT).equals(UNIT_COLUMN);
                    Set<String> seen = new LinkedHashSet<>();
                    for (int i = idColumn ? 1 : 0; i < header.size(); i++) {
                        String c = header.get(i);
                        if (c.isEmpty()) {
                            problems.add(problem(name, line, i + 1, null, "a coder's name", "a coder column has no name"));
                        } else if (!seen.add(c)) {
                            problems.add(problem(name, line, i + 1, c, "distinct coder names", "coder " + c + " is named twice"));
                        }
                        coders.add(c);
                    }
                    continue;
                }
                if (p.size() != header.size()) {
                    problems.add(problem(name, line, Math.min(p.size(), header.size()) + 1, p.size() + " cells",
                            header.size() + " cells, one per header column",
                            "the row has " + p.size() + (p.size() == 1 ? " cell" : " cells") + " but the header has " + header.size()));
                    continue;
                }
                String unit;
                if (idColumn) {
                    unit = p.field(0).strip();
                    if (unit.isEmpty()) {
                        problems.add(problem(name, line, 1, null, "a unit id", "the unit has no id"));
                    } else if (unitLine.containsKey(unit)) {
                        problems.add(problem(name, line, 1, unit, "distinct unit ids",
                                "unit " + unit + " appears twice (first on line " + unitLine.get(unit) + ")"));
                    } else {
                        unitLine.put(unit, line);
                    }
                } else {
                    unit = Integer.toString(rows.size() + 1);
                }
                List<Object> row = new ArrayList<>();
                for (int i = idColumn ? 1 : 0; i < header.size(); i++) {
                    row.add(value(p.field(i).strip(), level, name, line, i + 1, problems));
                }
                units.add(unit);
                rows.add(row);
            }
        } catch (CsvException e) {
            problems.add(problem(name, e.line(), e.column(), e.found(), e.expected(), e.getMessage()));
            return null;
        }
        if (header == null) {
            problems.add(problem(name, 0, 0, null, "a header row naming the coders", "the file is empty"));
            return null;
        }
        if (coders.size() < 2) {
            problems.add(problem(name, headerLine, 1, String.join(",", header), "at least two coder columns",
                    "agreement needs at least two coders; the header names " + coders.size()));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ReliabilityData<>(coders, units, rows);
    }

    private static Object value(String text, Level level, String file, int line, int column, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        switch (level) {
            case NOMINAL:
                return text;
            case MASI: {
                Set<String> s = new TreeSet<>();
                for (String part : text.split(";", -1)) {
                    if (!part.isBlank()) {
                        s.add(part.strip());
                    }
                }
                return s;
            }
            default: {
                Double d = number(text);
                if (d == null) {
                    problems.add(problem(file, line, column, text, "a number",
                            "values at the " + level.word() + " level are numbers"));
                    return null;
                }
                if (level == Level.RATIO && d < 0) {
                    problems.add(problem(file, line, column, text, "a number ≥ 0",
                            "values at the ratio level are not negative"));
                    return null;
                }
                return d;
            }
        }
    }

    private static Double number(String t) {
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double d = Double.parseDouble(t);
        return Double.isFinite(d) ? d : null;
    }

    private static Problem problem(String file, int line, int column, String found, String expected, String message) {
        return new Problem(file, line, column, null, null, found, expected, message, Problem.Severity.ERROR);
    }
}
