package org.glassbox.io.caseformat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header of one table resolved against the format's columns: where each known column is,
 * which required ones are missing (logged), and the unknown columns kept as attributes.
 */
final class Columns {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Integer> extra = new ArrayList<>();
    private final List<Integer> unnamed = new ArrayList<>();
    private final boolean complete;

    Columns(Table t, Set<String> known, List<String> required, ProblemLog log) {
        List<String> header = t.header();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            if (h.isEmpty()) {
                unnamed.add(i);
                continue;
            }
            Integer first = index.get(h);
            if (first != null) {
                log.error(t.headerPos(i), h, h, "each column once (first in column " + (first + 1) + ")",
                        "a duplicate column");
                continue;
            }
            index.put(h, i);
            if (!known.contains(h)) {
                extra.add(i);
            }
        }
        boolean ok = !header.isEmpty();
        if (ok) {
            for (String r : required) {
                if (!index.containsKey(r)) {
                    ok = false;
                    log.error(t.headerPos(0).line() > 0 ? new Pos(t.file(), t.headerPos(0).line(), 0,
                                    t.headerPos(0).cell() == null ? null : sheetRow(t.headerPos(0).cell())) : t.headerPos(0),
                            r, null, "a column named " + r, "a missing required column '" + r + "'");
                }
            }
        }
        complete = ok;
    }

    /** {@code events!A1} → {@code events!1} (a whole header row). */
    private static String sheetRow(String cell) {
        int bang = cell.indexOf('!');
        int i = bang + 1;
        while (i < cell.length() && Character.isLetter(cell.charAt(i))) {
            i++;
        }
        return cell.substring(0, bang + 1) + cell.substring(i);
    }

    /** True when the header has every required column. */
    boolean complete() {
        return complete;
    }

    /** The position of column {@code name}, -1 when absent. */
    int of(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    List<Integer> extra() {
        return extra;
    }

    List<Integer> unnamed() {
        return unnamed;
    }
}
