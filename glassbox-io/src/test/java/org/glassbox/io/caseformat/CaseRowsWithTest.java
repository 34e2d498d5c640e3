package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseRows#with} is the store's incremental check: a seeded property test that after random
 * edits (cells set to other rows' values, to nonsense, to text with commas, quotes and line breaks,
 * rows added and deleted, case.yaml broken) the derived tables give exactly the files, the row of
 * every line and the problems of tables built from scratch, and of {@code glassbox validate} reading the
 * exported folder.
 */
class CaseRowsWithTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final String[] ODD = {"", "zz-nobody", "2019-13-40", "a, b", "say \"no\"", "two\nlines", "x\r\ny",
        " edge ", "administrative", "1.5", "-3", "p1", "市政府", "a;b;zz-x"};

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void derivedTablesEqualTablesBuiltFromScratch() throws Exception {
        for (String example : List.of("city-b", "province-a")) {
            CaseRows base = CaseRows.of(org.glassbox.io.Cases.read(EXAMPLES.resolve(example)));
            Random rnd = new Random(example.hashCode() * 31L + 7);
            int invalid = 0;
            for (int step = 0; step < 100; step++) {
                Map<String, List<Map<String, String>>> all = new LinkedHashMap<>();
                for (String t : CaseRows.TABLES) {
                    all.put(t, base.rows(t));
                }
                Map<String, List<Map<String, String>>> changed = new LinkedHashMap<>();
                int edits = 1 + rnd.nextInt(2);
                for (int e = 0; e < edits; e++) {
                    String table = CaseRows.TABLES.get(rnd.nextInt(CaseRows.TABLES.size()));
                    List<Map<String, String>> rows = changed.containsKey(table) ? changed.get(table) : new ArrayList<>(all.get(table));
                    edit(rows, table, all, rnd);
                    changed.put(table, rows);
                    all.put(table, rows);
                }
                String yaml = rnd.nextInt(20) == 0 ? base.caseYaml() + "\nperiod: nonsense\n" : base.caseYaml();
                if (rnd.nextBoolean()) {
                    base.files(); // the base rendered or not: both must give the same
                }
                CaseRows derived = base.with(yaml, base.codebookYaml(), changed);
                CaseRows scratch = new CaseRows(yaml, base.codebookYaml(), all);
                assertThat(derived.files().keySet()).containsExactlyElementsOf(scratch.files().keySet());
                derived.files().forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(scratch.files().get(name)));
                for (String t : CaseRows.TABLES) {
                    assertThat(derived.rows(t)).isEqualTo(scratch.rows(t));
                    assertThat(derived.header(t)).isEqualTo(scratch.header(t));
                    for (int line = 0; line < all.get(t).size() + 5; line++) {
                        assertThat(derived.rowAt(t, line)).isEqualTo(scratch.rowAt(t, line));
                    }
                }
                ValidationReport d = derived.validate();
                assertThat(d.problems()).isEqualTo(scratch.validate().problems());
                if (step % 5 == 0) {
                    // and as glassbox validate reads the exported folder: files parsed afresh
                    Path folder = dir.resolve(example + "-" + step).resolve(example);
                    derived.writeFolder(folder);
                    assertThat(summary(org.glassbox.io.Cases.validate(folder).problems())).isEqualTo(summary(d.problems()));
                }
                if (d.errors().isEmpty()) {
                    base = derived; // go on from a valid state, as the store does
                } else {
                    invalid++;
                }
            }
            assertThat(invalid).as("some edits of " + example + " break the case").isBetween(5, 95);
        }
    }

    /** A problem without its file's folder: file name, line, column, field, found and message. */
    private static List<String> summary(List<Problem> problems) {
        return problems.stream().map(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ":" + p.column() + ":" + p.field()
                + ":" + p.found() + ":" + p.message()).toList();
    }

    private static void edit(List<Map<String, String>> rows, String table, Map<String, List<Map<String, String>>> all, Random rnd) {
        int what = rnd.nextInt(10);
        if (what == 0 && !rows.isEmpty()) {
            rows.remove(rnd.nextInt(rows.size()));
            return;
        }
        if (what == 1 && !rows.isEmpty()) {
            Map<String, String> copy = new LinkedHashMap<>(rows.get(rnd.nextInt(rows.size())));
            copy.computeIfPresent("id", (k, v) -> v + "-n" + rnd.nextInt(1000));
            rows.add(rnd.nextInt(rows.size() + 1), copy);
            return;
        }
        if (rows.isEmpty()) {
            return;
        }
        int i = rnd.nextInt(rows.size());
        Map<String, String> r = new LinkedHashMap<>(rows.get(i));
        List<String> columns = new ArrayList<>(CaseRows.columns(table));
        columns.add("note_extra");
        String column = columns.get(rnd.nextInt(columns.size()));
        String value;
        if (rnd.nextBoolean()) {
            // a value of another row of another (or the same) table: often valid, sometimes not
            List<Map<String, String>> other = all.get(CaseRows.TABLES.get(rnd.nextInt(CaseRows.TABLES.size())));
            value = other.isEmpty() ? "" : other.get(rnd.nextInt(other.size())).values().stream()
                    .skip(rnd.nextInt(3)).findFirst().orElse("");
        } else {
            value = ODD[rnd.nextInt(ODD.length)];
        }
        if (value.isEmpty()) {
            r.remove(column);
        } else {
            r.put(column, value);
        }
        rows.set(i, r);
    }
}
