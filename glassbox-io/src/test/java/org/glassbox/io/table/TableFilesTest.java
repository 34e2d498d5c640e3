package org.glassbox.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One table three ways: CSV, booktabs LaTeX (escaped) and Word (Chinese kept, East-Asian font set). */
class TableFilesTest {
    @TempDir
    Path tmp;

    static final Table T = new Table("t", "Dual authority & 50% of 行政 cases",
            List.of("metric", "value"),
            List.of(List.of("structure.matrix.dual_authority_min", "0.25"), List.of("名称 {x} #1 $ ~ ^ \\", "3"),
                    List.of("a, \"quoted\"", "")));

    @Test
    void latexEscapesEverySpecialCharacterAndRightAlignsNumbers() {
        String tex = TableFiles.tex(T);
        assertThat(tex).contains("\\caption{Dual authority \\& 50\\% of 行政 cases}")
                .contains("structure.matrix.dual\\_authority\\_min & 0.25 \\\\")
                .contains("名称 \\{x\\} \\#1 \\$ \\textasciitilde{} \\textasciicircum{} \\textbackslash{} & 3 \\\\")
                .contains("\\begin{tabular}{lr}");
        String body = tex.substring(tex.indexOf("\\midrule"), tex.indexOf("\\bottomrule"));
        assertThat(body.lines().filter(l -> l.endsWith("\\\\")).count()).isEqualTo(3);
    }

    @Test
    void csvQuotesWhatNeedsQuotes() {
        assertThat(TableFiles.csv(T)).isEqualTo("metric,value\r\nstructure.matrix.dual_authority_min,0.25\r\n"
                + "名称 {x} #1 $ ~ ^ \\,3\r\n\"a, \"\"quoted\"\"\",\r\n");
    }

    @Test
    void wordKeepsChineseAndSetsTheEastAsianFont() throws Exception {
        List<Path> files = TableFiles.write(T, tmp);
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("t.csv", "t.tex", "t.docx");
        try (InputStream in = Files.newInputStream(tmp.resolve("t.docx")); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTable table = d.getTables().get(0);
            assertThat(table.getRow(2).getCell(0).getText()).isEqualTo("名称 {x} #1 $ ~ ^ \\");
            var rpr = table.getRow(2).getCell(0).getParagraphs().get(0).getRuns().get(0).getCTR().getRPr();
            assertThat(rpr.getRFontsArray(0).getEastAsia()).isEqualTo(TableFiles.EAST_ASIAN_FONT);
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo(T.caption());
        }
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> new Table("x", "c", List.of("a", "b"), List.of(List.of("1", "2"), List.of("1"))))
                .hasMessageContaining("row 2").hasMessageContaining("1 cells, 2 columns");
    }
}
