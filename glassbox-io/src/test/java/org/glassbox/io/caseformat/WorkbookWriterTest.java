package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook written by {@link WorkbookWriter} reads back to the same case, field for field. */
class WorkbookWriterTest {
    @TempDir
    Path tmp;

    @Test
    void theFixtureCaseRoundTripsThroughAWorkbook() throws Exception {
        Case c = Cases.read(Fixtures.write(tmp.resolve("fixture")));
        Path xlsx = tmp.resolve("fixture.xlsx");
        assertThat(WorkbookWriter.write(c, xlsx)).startsWith(xlsx);
        ValidationReport r = Cases.validate(xlsx);
        assertThat(r.errors()).isEmpty();
        CaseAssert.assertSameCase(Cases.read(xlsx), c);
    }

    @Test
    void theDemoCasesAndGeneratedCasesRoundTrip() throws Exception {
        for (String id : new String[] {"city-b", "province-a"}) {
            Case c = Cases.read(Path.of("..", "examples", id));
            Path xlsx = tmp.resolve(id + ".xlsx");
            WorkbookWriter.write(c, xlsx);
            CaseAssert.assertSameCase(Cases.read(xlsx), c);
            assertThat(CaseRows.of(Cases.read(xlsx)).files().get("events.csv"))
                    .isEqualTo(CaseRows.of(c).files().get("events.csv"));
        }
        Random r = new Random(20261201);
        for (int k = 0; k < 3; k++) {
            Case c = CaseGenerator.generate(CaseGenerator.Options.of(50 + r.nextInt(300), CaseGenerator.MIN_ACTORS + r.nextInt(40))
                    .withSeed(r.nextLong()));
            Path xlsx = tmp.resolve("g" + k + ".xlsx");
            WorkbookWriter.write(c, xlsx);
            CaseAssert.assertSameCase(Cases.read(xlsx), c);
        }
    }

    @Test
    void caseTablesValidateInMemoryAndMapLinesBackToRows() throws Exception {
        Case c = Cases.read(Path.of("..", "examples", "city-b"));
        CaseRows t = CaseRows.of(c);
        assertThat(t.validate().errors()).isEmpty();
        var rows = t.rows("events");
        rows.get(3).put("title", "a title\nover two lines");
        rows.get(5).put("date", "2019-13");
        var tables = new java.util.LinkedHashMap<String, java.util.List<java.util.Map<String, String>>>();
        for (String n : CaseRows.TABLES) {
            tables.put(n, n.equals("events") ? rows : t.rows(n));
        }
        CaseRows broken = new CaseRows(t.caseYaml(), t.codebookYaml(), tables);
        var errors = broken.validate().errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo("events.csv");
        assertThat(errors.get(0).field()).isEqualTo("date");
        assertThat(broken.rowAt("events", errors.get(0).line())).isEqualTo(5);
        assertThat(broken.rowAt("events", 1)).isEqualTo(-1);
    }
}
