package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Precision;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, items 10–13: what the validator used to miss or say unhelpfully. */
class ValidatorBlindSpotsTest {
    @TempDir
    Path tmp;

    // ------------------------------------------------------------ 10: sheet names in any case

    @Test
    void capitalisedSheetNamesAreReadAndNotCalledIgnored() throws Exception {
        Path book = WorkbookTest.workbook(tmp.resolve("b.xlsx"), wb -> {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String n = wb.getSheetName(i);
                wb.setSheetName(i, Character.toUpperCase(n.charAt(0)) + n.substring(1));
            }
        });
        ValidationReport r = Cases.validate(book);
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).noneSatisfy(p -> assertThat(p.message()).contains("ignored"));
        Case c = Cases.read(book);
        assertThat(c.events().size()).isEqualTo(7);
        assertThat(c.actors()).hasSize(6);
    }

    @Test
    void workbookMessagesSpeakOfSheetsAndRows() throws Exception {
        Path book = WorkbookTest.workbook(tmp.resolve("b.xlsx"), wb -> {
            Sheet ev = wb.getSheet("events");
            ev.getRow(4).getCell(0).setCellValue("e1");
            ev.getRow(2).getCell(4).setCellValue("nobody");
        });
        List<Problem> e = Cases.validate(book).errors();
        assertThat(e).extracting(Problem::format).noneMatch(s -> s.contains(".csv") || s.contains(" line "));
        assertThat(e).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("events!E3");
            assertThat(p.expected()).isEqualTo("an id from the sheet actors");
        });
        assertThat(e).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("events!A5");
            assertThat(p.message()).isEqualTo("a duplicate id, first at row 2");
        });
    }

    @Test
    void unknownSheetNamesANearOne() throws Exception {
        Path book = WorkbookTest.workbook(tmp.resolve("b.xlsx"), wb -> wb.createSheet("event"));
        assertThat(Cases.validate(book).notes()).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("event!A1");
            assertThat(p.message()).endsWith("ignored; did you mean 'events'?");
        });
    }

    // ------------------------------------------------------------ 11: dates in workbooks

    private static void restyle(XSSFWorkbook wb, int row, String format) {
        CellStyle st = wb.createCellStyle();
        st.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat(format));
        wb.getSheet("events").getRow(row).getCell(1).setCellStyle(st);
    }

    @Test
    void dateCellsKeepThePrecisionTheirFormatShows() throws Exception {
        Path book = WorkbookTest.workbook(tmp.resolve("b.xlsx"), wb -> {
            restyle(wb, 2, "mmm-yy");        // e2, 2015-06-01
            restyle(wb, 4, "yyyy-mm");       // e4, 2017-05-20
            restyle(wb, 5, "yyyy\"年\"m\"月\""); // e5 is text "2018-02"; restyle is harmless there
            wb.getSheet("events").getRow(7).getCell(1).setCellValue(java.time.LocalDate.of(2019, 9, 30));
            restyle(wb, 7, "yyyy");          // e7
            Cell e6 = wb.getSheet("events").getRow(6).getCell(1);
            e6.setCellValue(java.time.LocalDate.of(2018, 2, 14));
            restyle(wb, 6, "[$-804]yyyy\"年\"m\"月\"d\"日\"");
        });
        Case c = Cases.read(book);
        assertThat(c.events().date(1).toString()).isEqualTo("2015-06");
        assertThat(c.events().date(1).precision()).isEqualTo(Precision.MONTH);
        assertThat(c.events().date(3).toString()).isEqualTo("2017-05");
        assertThat(c.events().date(5).toString()).isEqualTo("2018-02-14");
        assertThat(c.events().date(6).toString()).isEqualTo("2019");
    }

    @Test
    void formatsAreReadForTheirPrecision() {
        assertThat(WorkbookSource.precision("mmm-yy")).isEqualTo(Precision.MONTH);
        assertThat(WorkbookSource.precision("yyyy-mm")).isEqualTo(Precision.MONTH);
        assertThat(WorkbookSource.precision("mmmm yyyy")).isEqualTo(Precision.MONTH);
        assertThat(WorkbookSource.precision("yyyy")).isEqualTo(Precision.YEAR);
        assertThat(WorkbookSource.precision("yyyy\"年\"")).isEqualTo(Precision.YEAR);
        assertThat(WorkbookSource.precision("yyyy-mm-dd")).isEqualTo(Precision.DAY);
        assertThat(WorkbookSource.precision("d-mmm-yy")).isEqualTo(Precision.DAY);
        assertThat(WorkbookSource.precision("m/d/yy h:mm")).isEqualTo(Precision.DAY);
        assertThat(WorkbookSource.precision("[Red]yyyy\"-\"mm")).isEqualTo(Precision.MONTH);
    }

    @Test
    void anExcelSerialNumberInATextCellIsNamed() throws Exception {
        Path book = WorkbookTest.workbook(tmp.resolve("b.xlsx"),
                wb -> wb.getSheet("events").getRow(3).getCell(1).setCellValue("45292"));
        assertThat(Cases.validate(book).errors()).singleElement().satisfies(p -> {
            assertThat(p.cell()).isEqualTo("events!B4");
            assertThat(p.message()).contains("Excel serial").contains("2024-01-01");
        });
        // and in a CSV saved from such a sheet
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv", Fixtures.EVENTS.replace("e3,2016,", "e3,42370,"));
        assertThat(Cases.validate(d).errors()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Excel serial").contains("2016-01-01"));
        assertThat(CaseLoader.excelSerial("2016")).isEmpty();
        assertThat(CaseLoader.excelSerial("20160101")).isEmpty();
    }

    // ------------------------------------------------------------ 12: taking part outside joined..left

    @Test
    void anActorTakingPartBeforeItJoinedIsANoteWithBothPositions() throws Exception {
        // Fixtures: bigdata joined 2016-03; e1 (2015-03, events.csv line 2) targets it; ent:cloud left 2020-12-31
        String events = Fixtures.EVENTS.replace("e7,2019,assessment,administrative,gov,bigdata",
                "e7,2021,assessment,administrative,gov,ent:cloud");
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv", events);
        ValidationReport r = Cases.validate(d);
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("events.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(6);
            assertThat(p.found()).isEqualTo("bigdata");
            assertThat(p.message()).isEqualTo("actor 'bigdata' takes part on 2015-03, before it joined (2016-03); "
                    + "see actors.csv line 3");
        });
        assertThat(r.notes()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("'ent:cloud'").contains("after it left (2020-12-31)")
                    .endsWith("actors.csv line 5");
        });
        // e3 (2016) and bigdata (2016-03): not definitely before, no note
        assertThat(r.notes()).noneSatisfy(p -> assertThat(p.line()).isEqualTo(4));
        ValidationReport strict = Cases.validate(d, true);
        assertThat(strict.errors()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("takes part on"));
        assertThat(strict.isClean()).isFalse();
    }

    @Test
    void inAWorkbookTheActorsRowIsNamedAsASheetRow() throws Exception {
        Path book = WorkbookTest.workbook(tmp.resolve("b.xlsx"), wb -> { });
        assertThat(Cases.validate(book).notes()).anySatisfy(p -> {
            assertThat(p.cell()).isEqualTo("events!F2");
            assertThat(p.message()).endsWith("see sheet actors, row 3");
        });
    }

    // ------------------------------------------------------------ 13: typos and encodings

    @Test
    void typosNameTheNearestKnownWords() throws Exception {
        String events = Fixtures.EVENTS.replace("e2,2015-06-01,procurement,,gov,ent:cloud",
                "e2,2015-06-01,procurment,markte,gov,ent:clowd");
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv", events);
        Files.writeString(d.resolve("actors.csv"), Fixtures.ACTORS.replace("public,Citizens,市民,public", "public,Citizens,市民,pubic"));
        List<Problem> e = Cases.validate(d).errors();
        assertThat(e).anySatisfy(p -> assertThat(p.message()).isEqualTo("an unknown sector; did you mean 'public'?"));
        assertThat(e).anySatisfy(p -> assertThat(p.message()).isEqualTo("an unknown event type; did you mean 'procurement'?"));
        assertThat(e).anySatisfy(p -> assertThat(p.message()).isEqualTo("an unknown mechanism; did you mean 'market'?"));
        assertThat(e).anySatisfy(p -> assertThat(p.message()).isEqualTo("an unknown actor id; did you mean 'ent:cloud'?"));
    }

    @Test
    void aWordFarFromEveryKnownOneGetsNoSuggestion() {
        assertThat(Suggestions.hint("friendship", List.of("command", "contract", "equity"))).isEmpty();
        assertThat(Suggestions.nearest("gvo", List.of("gov", "tax", "go"))).containsExactly("gov", "go");
    }

    @Test
    void distanceIsTheOptimalStringAlignmentDistance() {
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3); // OSA, not unrestricted Damerau (2)
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        Random rnd = new Random(12);
        for (int i = 0; i < 300; i++) {
            String a = word(rnd);
            String b = word(rnd);
            String c = word(rnd);
            int ab = Suggestions.distance(a, b);
            assertThat(ab).isEqualTo(Suggestions.distance(b, a));
            assertThat(ab).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
            assertThat(Suggestions.distance(a, a)).isZero();
            // one edit away is at distance at most 1
            String edited = b.isEmpty() ? "x" : b.substring(1);
            assertThat(Suggestions.distance(b, edited)).isLessThanOrEqualTo(1);
            assertThat(ab == 0).isEqualTo(a.equals(b));
            assertThat(Suggestions.distance(a, c)).isGreaterThanOrEqualTo(0);
        }
    }

    private static String word(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(7);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + rnd.nextInt(3)));
        }
        return sb.toString();
    }

    @Test
    void aGb18030FileSaysSoAndHowToSaveAsCsvUtf8() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        Files.write(d.resolve("actors.csv"), Fixtures.ACTORS.getBytes(Charset.forName("GB18030")));
        assertThat(Cases.validate(d).errors()).anySatisfy(p -> {
            assertThat(p.file()).endsWith("actors.csv");
            assertThat(p.message()).contains("not UTF-8").contains("GB18030").contains("CSV UTF-8");
        });
        Path y = Fixtures.write(tmp.resolve("y"));
        Files.write(y.resolve("case.yaml"), Fixtures.CASE_YAML.getBytes(Charset.forName("GB18030")));
        assertThat(Cases.validate(y).errors()).anySatisfy(p -> assertThat(p.message()).contains("GB18030"));
        // Latin-1 text is not taken for GB18030
        Path l = Fixtures.write(tmp.resolve("l"));
        Files.write(l.resolve("actors.csv"),
                "id,name,sector\ngov,Caf\u00e9 government,government\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(Cases.validate(l).errors()).anySatisfy(p -> assertThat(p.message()).contains("not UTF-8")
                .doesNotContain("GB18030"));
    }
}
