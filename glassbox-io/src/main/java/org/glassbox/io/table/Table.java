package org.glassbox.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of text cells as a paper shows it: a file name, a caption, the column headings and the
 * rows (every row as long as the headings; a missing value is the empty string).
 *
 * @param name    the file name without extension (letters, digits, '.', '_', '-')
 * @param caption the caption (LaTeX {@code \caption}, the Word table's title)
 * @param columns the column headings
 * @param rows    the rows
 */
public record Table(String name, String caption, List<String> columns, List<List<String>> rows) {
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caption, "caption");
        if (!name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("table name " + name + ": only letters, digits, '.', '_' and '-'");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + ": no columns");
        }
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ", row " + (i + 1) + ": " + r.size() + " cells, "
                        + columns.size() + " columns");
            }
            List<String> cells = new ArrayList<>();
            r.forEach(c -> cells.add(c == null ? "" : c));
            copy.add(List.copyOf(cells));
        }
        rows = List.copyOf(copy);
    }

    /** Whether every non-empty cell of column {@code j} is a number (such columns are right-aligned). */
    public boolean numeric(int j) {
        boolean any = false;
        for (List<String> r : rows) {
            String c = r.get(j);
            if (c.isEmpty()) {
                continue;
            }
            try {
                Double.parseDouble(c);
                any = true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return any;
    }
}
