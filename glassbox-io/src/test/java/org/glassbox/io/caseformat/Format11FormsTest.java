package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format 1.1 additions read from a zip and from a workbook (built here with POI) as from a folder. */
class Format11FormsTest {
    @TempDir
    Path tmp;

    private static void zip(Map<String, String> files, String top, Path zip) throws Exception {
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(os)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(top + e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
    }

    private static void sameCoding(Case a, Case b) {
        assertThat(b.coding().coders()).isEqualTo(a.coding().coders());
        assertThat(b.coding().codes()).isEqualTo(a.coding().codes());
        assertThat(b.coding().documents()).isEqualTo(a.coding().documents());
        assertThat(b.coding().segments()).isEqualTo(a.coding().segments());
        assertThat(b.objects()).isEqualTo(a.objects());
    }

    @Test
    void zipWithAndWithoutTopFolderReadsTheDocuments() throws Exception {
        Case folder = Cases.read(Fixtures11.write(tmp.resolve("c")));
        for (String top : List.of("", "city-x/")) {
            Path z = tmp.resolve("c" + top.length() + ".zip");
            zip(Fixtures11.files(), top, z);
            ValidationReport r = Cases.validate(z);
            assertThat(r.errors()).isEmpty();
            assertThat(r.notes()).noneSatisfy(n -> assertThat(n.file()).contains("documents/"));
            sameCoding(folder, Cases.read(z));
        }
    }

    @Test
    void zipTextProblemsNameTheEntry() throws Exception {
        Map<String, String> files = Fixtures11.files();
        files.put("documents/d2.txt", "行一\r\n");
        Path z = tmp.resolve("c.zip");
        zip(files, "city-x/", z);
        assertThat(Cases.validate(z).errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(z + "!/city-x/documents/d2.txt");
            assertThat(p.message()).startsWith("the text has Windows (CR LF) line ends");
        });
    }

    private static List<String[]> rows(String csv) throws Exception {
        List<String[]> out = new ArrayList<>();
        CsvParser p = new CsvParser(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), (l, c, m, f, e) -> {
            throw new AssertionError(m);
        });
        while (p.next()) {
            out.add(p.row());
        }
        return out;
    }

    private static void sheet(XSSFWorkbook wb, String name, List<String[]> rows) {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            Row row = s.createRow(r);
            for (int c = 0; c < rows.get(r).length; c++) {
                if (!rows.get(r)[c].isEmpty()) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
        }
    }

    /** The 1.1 case as a workbook: the version 1 sheets by WorkbookWriter, the additions added here. */
    private Path workbook(Case c, Path dir, String segments) throws Exception {
        Files.createDirectories(dir.resolve("documents"));
        Path book = dir.resolve("city-x.xlsx");
        java.io.ByteArrayOutputStream base = new java.io.ByteArrayOutputStream();
        WorkbookWriter.write(Case.of(c.info(), c.actors(), c.ties().ties(), c.events(), c.indicators(), c.sources(),
                c.codebook()), base);
        try (InputStream in = new ByteArrayInputStream(base.toByteArray()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            sheet(wb, "coders", List.of(new String[] {"id", "name"}, new String[] {"lw", "Li Wei"},
                    new String[] {"zm", "张敏"}));
            sheet(wb, "objects", rows(Fixtures11.OBJECTS));
            sheet(wb, "documents", rows(Fixtures11.DOCUMENTS));
            sheet(wb, "segments", rows(segments));
            List<String[]> yaml = new ArrayList<>();
            for (String l : Fixtures11.CODEBOOK.split("\n")) {
                yaml.add(new String[] {l});
            }
            sheet(wb, "codebook.yaml", yaml);
            try (OutputStream os = Files.newOutputStream(book)) {
                wb.write(os);
            }
        }
        Files.writeString(dir.resolve("documents/d1.txt"), Fixtures11.D1);
        Files.writeString(dir.resolve("documents/d2.txt"), Fixtures11.D2);
        return book;
    }

    @Test
    void workbookSheetsAndDocumentsBesideIt() throws Exception {
        Case folder = Cases.read(Fixtures11.write(tmp.resolve("c")));
        Path book = workbook(folder, tmp.resolve("w"), Fixtures11.segments());
        ValidationReport r = Cases.validate(book);
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).noneSatisfy(n -> assertThat(n.message()).contains("not part of the case format"));
        Case c = Cases.read(book);
        sameCoding(folder, c);
        assertThat(c.events().event(5).attributes()).isEqualTo(folder.events().event(5).attributes());
    }

    @Test
    void workbookProblemsNameSheetAndCell() throws Exception {
        Case folder = Cases.read(Fixtures11.write(tmp.resolve("c")));
        String seg = Fixtures11.segments().replace(",zm,tie:t1", ",zz,tie:t1");
        Path book = workbook(folder, tmp.resolve("w"), seg);
        Files.writeString(book.resolveSibling("city-x.codebook.yaml"), "codes: []\n");
        List<Problem> e = Cases.validate(book).errors();
        assertThat(e).extracting(p -> p.cell() + ":" + p.message()).containsExactlyInAnyOrder(
                "codebook.yaml!A1:the workbook has a codebook sheet and a codebook file beside it",
                "segments!F3:an unknown coder; did you mean 'zm'?",
                // without a codebook, the codes the passages give are unknown
                "segments!H4:an unknown code",
                "segments!H4:an unknown code",
                "segments!H2:an unknown code");
    }

    @Test
    void theCodedExampleValidatesCleanWithEveryAddition() throws Exception {
        Path dir = null;
        for (Path d = Path.of("").toAbsolutePath(); d != null && dir == null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("examples/county-c-coded"))) {
                dir = d.resolve("examples/county-c-coded");
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "examples/county-c-coded not found; skipping");
        ValidationReport r = Cases.validate(dir);
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).isEmpty();
        Case c = Cases.read(dir);
        assertThat(c.coding().documents()).hasSize(3);
        assertThat(c.coding().segments()).hasSize(10).allSatisfy(s ->
                assertThat(c.coding().document(s.document()).slice(s.start(), s.end())).isEqualTo(s.quote()));
        assertThat(c.coding().coders()).hasSize(2);
        assertThat(c.objects()).allSatisfy(o -> assertThat(o.nameZh()).isNotBlank());
    }
}
