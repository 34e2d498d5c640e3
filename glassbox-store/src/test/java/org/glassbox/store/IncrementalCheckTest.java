package org.glassbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.io.caseformat.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store checks a write against its cached, already checked state of the case, re-rendering only
 * the edited table. A seeded property test that this verdict is the one {@code glassbox validate}
 * gives: before each random edit (rows replaced with other rows' values or nonsense, added, deleted;
 * case.yaml sometimes broken) the case as it is in the database, with the edit applied, is exported
 * as a folder and validated by {@link org.glassbox.io.Cases#validate(Path)}; the store must accept
 * the edit exactly when that validation has no error, and afterwards the case it reads back (from its
 * cache) must be the case in the database.
 */
class IncrementalCheckTest {
    private static final String[] ODD = {"", "zz-nobody", "2019-13-40", "a, b", "say \"no\"", "two\nlines", " edge ",
        "administrative", "1.5", "-3", "p1", "市政府", "a;b;zz-x"};

    @TempDir
    Path dir;

    @Test
    void everyVerdictIsTheFullValidationOfTheExportedCase() throws Exception {
        check("city-b", List.of("actors", "ties", "events", "events", "indicators", "sources"), 80, 20261202L);
    }

    /** The same on the coded example: format 1.1's objects, documents (with their files) and segments too. */
    @Test
    void everyVerdictIsTheFullValidationOfTheExportedCodedCase() throws Exception {
        check("county-c-coded", CaseRows.TABLES, 25, 20261203L);
    }

    private void check(String caseId, List<String> tables, int steps, long seed) throws Exception {
        Random rnd = new Random(seed);
        try (Workspace ws = Workspace.embedded(dir.resolve("ws-" + caseId))) {
            ws.accounts().add("alice", "correct horse".toCharArray(), false);
            ws.projects().create("p", "P", "alice");
            ws.cases().importCase("p", StoreContract.demo(caseId), "alice");
            int accepted = 0;
            int refused = 0;
            for (int step = 0; step < steps; step++) {
                Map<String, List<StoredRow>> stored = new LinkedHashMap<>();
                Map<String, List<Map<String, String>>> all = new LinkedHashMap<>();
                for (String t : CaseRows.TABLES) {
                    stored.put(t, ws.cases().rows("p", caseId, t));
                    all.put(t, new ArrayList<>(stored.get(t).stream().map(StoredRow::values).toList()));
                }
                CaseRecord record = ws.cases().record("p", caseId);
                String table = tables.get(rnd.nextInt(tables.size()));
                List<Map<String, String>> rows = all.get(table);
                List<StoredRow> srows = stored.get(table);
                String yaml = record.caseYaml();
                Runnable write;
                int what = rnd.nextInt(12);
                if (what == 0) {
                    String broken = yaml + "\nperiod: nonsense\n";
                    yaml = broken;
                    write = () -> ws.cases().replaceRecord("p", caseId, broken, record.recordVersion(), "alice");
                } else if (what <= 2 && !rows.isEmpty()) {
                    int i = rnd.nextInt(rows.size());
                    StoredRow old = srows.get(i);
                    rows.remove(i);
                    write = () -> ws.cases().deleteRow("p", caseId, table, "row:" + old.row(), old.version(), "alice");
                } else if (what <= 4 && !rows.isEmpty()) {
                    Map<String, String> copy = mutate(new LinkedHashMap<>(rows.get(rnd.nextInt(rows.size()))), table, all, rnd);
                    copy.computeIfPresent("id", (k, v) -> v + "-n" + rnd.nextInt(1000));
                    rows.add(copy);
                    write = () -> ws.cases().addRow("p", caseId, table, copy, "alice");
                } else if (!rows.isEmpty()) {
                    int i = rnd.nextInt(rows.size());
                    StoredRow old = srows.get(i);
                    Map<String, String> v = mutate(new LinkedHashMap<>(rows.get(i)), table, all, rnd);
                    rows.set(i, v);
                    write = () -> ws.cases().replaceRow("p", caseId, table, "row:" + old.row(), old.version(), v, "alice");
                } else {
                    continue;
                }
                Path folder = Files.createDirectories(dir.resolve("export-" + caseId + "-" + step).resolve(caseId));
                new CaseRows(yaml, record.codebookYaml(), all, ws.cases().snapshot("p", caseId).tables().allDocumentFiles())
                        .writeFolder(folder);
                ValidationReport full = org.glassbox.io.Cases.validate(folder);
                boolean ok;
                try {
                    write.run();
                    ok = true;
                } catch (InvalidCaseException e) {
                    ok = false;
                }
                assertThat(ok).as("step %d (%s of %s): the store's verdict against validate's errors %s", step, what, table,
                        full.errors()).isEqualTo(full.errors().isEmpty());
                if (ok) {
                    accepted++;
                } else {
                    refused++;
                }
                CaseSnapshot snap = ws.cases().snapshot("p", caseId);
                for (String t : CaseRows.TABLES) {
                    assertThat(snap.tables().rows(t)).as(t)
                            .isEqualTo(ws.cases().rows("p", caseId, t).stream().map(StoredRow::values).toList());
                }
                assertThat(snap.tables().caseYaml()).isEqualTo(ws.cases().record("p", caseId).caseYaml());
            }
            assertThat(accepted).as("accepted edits").isGreaterThanOrEqualTo(steps / 8);
            assertThat(refused).as("refused edits").isGreaterThanOrEqualTo(steps / 8);
        }
    }

    private static Map<String, String> mutate(Map<String, String> r, String table, Map<String, List<Map<String, String>>> all, Random rnd) {
        List<String> columns = new ArrayList<>(CaseRows.columns(table));
        columns.add("note_extra");
        String column = columns.get(rnd.nextInt(columns.size()));
        String value;
        if (rnd.nextBoolean()) {
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
        return r;
    }
}
