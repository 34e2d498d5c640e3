package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glassbox.core.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same hand-made case as a workbook, built here with POI. */
class WorkbookTest {
    @TempDir
    Path tmp;

    private static List<String[]> rows(String csv) throws Exception {
        List<String[]> out = new java.util.ArrayList<>();
        CsvParser p = new CsvParser(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), (l, c, m, f, e) -> {
            throw new AssertionError(m);
        });
        while (p.next()) {
            out.add(p.row());
        }
        return out;
    }

    private static void sheet(XSSFWorkbook wb, String name, String csv, CellStyle dateStyle) throws Exception {
        Sheet s = wb.createSheet(name);
        List<String[]> rows = rows(csv);
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            String[] f = rows.get(r);
            for (int c = 0; c < f.length; c++) {
                if (f[c].isEmpty()) {
                    continue;
                }
                Cell cell = row.createCell(c);
                String header = rows.get(0)[c];
                if (r > 0 && header.equals("value")) {
                    cell.setCellValue(Double.parseDouble(f[c]));
                } else if (r > 0 && f[c].matches("\\d{4}-\\d{2}-\\d{2}")) {
                    cell.setCellValue(LocalDate.parse(f[c]));
                    cell.setCellStyle(dateStyle);
                } else if (r > 0 && f[c].matches("\\d{4}")) {
                    cell.setCellValue(Integer.parseInt(f[c]));
                } else {
                    cell.setCellValue(f[c]);
                }
            }
        }
    }

    static Path workbook(Path file, Consumer<XSSFWorkbook> tweak) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet cs = wb.createSheet("case");
            Object[][] kv = {{"key", "value"}, {"id", "city-x"}, {"name", "City X"}, {"name_zh", "X市"},
                {"level", "prefectural"}, {"parent", "province-y"}, {"period.start", 2015}, {"period.end", 2021},
                {"description", "A hand-made case: with a colon"}, {"coder", "Li Wei"}, {"generated.process", "market"}};
            for (int r = 0; r < kv.length; r++) {
                Row row = cs.createRow(r);
                row.createCell(0).setCellValue((String) kv[r][0]);
                if (kv[r][1] instanceof Integer i) {
                    row.createCell(1).setCellValue(i);
                } else {
                    row.createCell(1).setCellValue((String) kv[r][1]);
                }
            }
            sheet(wb, "phases", "id,name,start,end\np1,Launch,2015-01,2017-12\np2,深化,2018,2021\n", date);
            sheet(wb, "actors", Fixtures.ACTORS, date);
            sheet(wb, "ties", Fixtures.TIES, date);
            sheet(wb, "events", Fixtures.EVENTS, date);
            sheet(wb, "indicators", Fixtures.INDICATORS, date);
            sheet(wb, "sources", Fixtures.SOURCES, date);
            tweak.accept(wb);
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        return file;
    }

    @Test
    void workbookReadsLikeTheFolder() throws Exception {
        Case folder = Cases.read(Fixtures.write(tmp.resolve("c")));
        Path book = workbook(tmp.resolve("city-x.xlsx"), wb -> { });
        Case fromBook = Cases.read(book);
        CaseAssert.assertSameCase(fromBook, folder);
    }

    @Test
    void problemsNameSheetAndCell() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> {
            wb.getSheet("ties").getRow(1).getCell(3).setCellValue("friendship");
            wb.getSheet("events").getRow(3).getCell(4).setCellValue("nobody");
        });
        List<Problem> e = Cases.validate(book).errors();
        assertThat(e).extracting(Problem::cell).containsExactly("ties!D2", "events!E4");
        assertThat(e.get(0).format()).isEqualTo(book + ":ties!D2: an unknown tie type (found 'friendship', expected "
                + String.join(", ", org.glassbox.core.model.Codebook.defaults().tieTypes().keySet()) + ")");
        assertThat(e.get(1).line()).isEqualTo(4);
        assertThat(e.get(1).column()).isEqualTo(5);
        assertThat(e.get(1).file()).isEqualTo(book.toString());
    }

    @Test
    void caseSheetProblemsNameTheirCell() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> wb.getSheet("case").getRow(4).getCell(1).setCellValue("metro"));
        assertThat(Cases.validate(book).errors()).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("case!B5");
            assertThat(p.found()).isEqualTo("metro");
        });
    }

    @Test
    void missingSheet() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> wb.removeSheetAt(wb.getSheetIndex("events")));
        assertThat(Cases.validate(book).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("a missing required sheet"));
    }

    @Test
    void externalWorkbookLinksAreRefused() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> {
            try (XSSFWorkbook other = new XSSFWorkbook()) {
                other.createSheet("Sheet1").createRow(0).createCell(0).setCellValue(3);
                wb.linkExternalWorkbook("other.xlsx", other);
                Cell c = wb.getSheet("indicators").getRow(1).createCell(6);
                c.setCellFormula("[other.xlsx]Sheet1!A1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(Cases.validate(book).errors()).anySatisfy(p -> {
            assertThat(p.message()).contains("external workbook");
            assertThat(p.found()).contains("other.xlsx");
        });
    }

    @Test
    void formulasAreReadAsCachedValuesAndNoted() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> {
            Cell c = wb.getSheet("indicators").getRow(3).getCell(2);
            c.setCellFormula("6*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
        });
        ValidationReport r = Cases.validate(book);
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).anySatisfy(p -> assertThat(p.message()).contains("1 formula cell(s) read as their cached values"));
        assertThat(Cases.read(book).indicators().get(2).value()).isEqualTo(12.0);
    }

    @Test
    void codebookBesideTheWorkbookIsRead() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> wb.getSheet("events").getRow(1).getCell(2).setCellValue("hackathon"));
        assertThat(Cases.validate(book).errors()).singleElement().satisfies(p -> assertThat(p.cell()).isEqualTo("events!C2"));
        Files.writeString(tmp.resolve("b.codebook.yaml"), "event_types:\n  hackathon: {category: collaborative}\n");
        assertThat(Cases.read(book).codebook().eventType("hackathon")).isNotNull();
    }

    @Test
    void unknownSheetsAreNotes() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> wb.createSheet("notes"));
        ValidationReport r = Cases.validate(book);
        assertThat(r.isClean()).isTrue();
        assertThat(Fixtures.otherNotes(r)).singleElement().satisfies(p -> assertThat(p.cell()).isEqualTo("notes!A1"));
    }

    @Test
    void notAWorkbookIsAProblem() throws Exception {
        Path book = tmp.resolve("junk.xlsx");
        Files.writeString(book, "this is no workbook");
        assertThat(Cases.validate(book).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a readable workbook"));
    }

    @Test
    void theWorkbookIsNeverWritten() throws Exception {
        Path book = workbook(tmp.resolve("b.xlsx"), wb -> { });
        Map<String, String> before = FolderDigest.of(tmp);
        Cases.read(book);
        Cases.validate(book);
        assertThat(FolderDigest.of(tmp)).isEqualTo(before);
    }
}
