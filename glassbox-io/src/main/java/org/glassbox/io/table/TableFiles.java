package org.glassbox.io.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * Writes a {@link Table} three ways, side by side: {@code NAME.csv} (RFC 4180, UTF-8 with a byte
 * order mark so that Excel reads Chinese), {@code NAME.tex} (a {@code table} float with a booktabs
 * {@code tabular}: {@code \toprule}, {@code \midrule}, {@code \bottomrule}; every LaTeX special
 * character escaped; numeric columns right-aligned; needs the booktabs package, and
 * {@code xeCJK} or {@code ctex} for Chinese) and {@code NAME.docx} (a Word table through Apache POI,
 * header row bold, every run with a Latin font and an East-Asian font — {@value #LATIN_FONT} and
 * {@value #EAST_ASIAN_FONT} — so that Chinese text shows in Word as written).
 */
public final class TableFiles {
    /** The Latin font of the Word tables. */
    public static final String LATIN_FONT = "Times New Roman";
    /** The East-Asian font of the Word tables (Word's usual Chinese body font). */
    public static final String EAST_ASIAN_FONT = "SimSun";

    private TableFiles() {
    }

    /** Writes {@code NAME.csv}, {@code NAME.tex} and {@code NAME.docx} into {@code dir} (created when missing); returns them. */
    public static List<Path> write(Table t, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path csv = dir.resolve(t.name() + ".csv");
        Files.writeString(csv, "\uFEFF" + csv(t), StandardCharsets.UTF_8);
        Path tex = dir.resolve(t.name() + ".tex");
        Files.writeString(tex, tex(t), StandardCharsets.UTF_8);
        Path docx = dir.resolve(t.name() + ".docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            docx(t, out);
        }
        return List.of(csv, tex, docx);
    }

    /** The table as CSV (RFC 4180: CRLF line ends, a cell with a comma, quote or line break quoted). */
    public static String csv(Table t) {
        StringBuilder sb = new StringBuilder();
        csvRow(sb, t.columns());
        t.rows().forEach(r -> csvRow(sb, r));
        return sb.toString();
    }

    private static void csvRow(StringBuilder sb, List<String> cells) {
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                sb.append(',');
            }
            String c = cells.get(j);
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }

    /** The table as a LaTeX booktabs float: one body line (ending in {@code \\}) per row. */
    public static String tex(Table t) {
        StringBuilder sb = new StringBuilder();
        sb.append("% ").append(t.name()).append(": written by Glassbox; needs \\usepackage{booktabs}\n");
        sb.append("\\begin{table}[htbp]\n\\centering\n");
        sb.append("\\caption{").append(escapeTex(t.caption())).append("}\n");
        sb.append("\\label{tab:").append(t.name()).append("}\n");
        sb.append("\\begin{tabular}{");
        for (int j = 0; j < t.columns().size(); j++) {
            sb.append(t.numeric(j) ? 'r' : 'l');
        }
        sb.append("}\n\\toprule\n");
        texRow(sb, t.columns());
        sb.append("\\midrule\n");
        t.rows().forEach(r -> texRow(sb, r));
        sb.append("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
        return sb.toString();
    }

    private static void texRow(StringBuilder sb, List<String> cells) {
        for (int j = 0; j < cells.size(); j++) {
            if (j > 0) {
                sb.append(" & ");
            }
            sb.append(escapeTex(cells.get(j)));
        }
        sb.append(" \\\\\n");
    }

    /** Text with LaTeX's special characters ({@code \ & % $ # _ { } ~ ^}) escaped and line breaks as spaces. */
    public static String escapeTex(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\n', '\r' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The table as a Word document: the caption as a paragraph, then the table, header row bold. */
    public static void docx(Table t, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph cap = doc.createParagraph();
            XWPFRun cr = cap.createRun();
            cr.setBold(true);
            text(cr, t.caption());
            XWPFTable table = doc.createTable(t.rows().size() + 1, t.columns().size());
            table.setWidth("100%");
            fill(table.getRow(0), t.columns(), true, t);
            for (int i = 0; i < t.rows().size(); i++) {
                fill(table.getRow(i + 1), t.rows().get(i), false, t);
            }
            doc.write(out);
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean head, Table t) {
        for (int j = 0; j < cells.size(); j++) {
            XWPFTableCell cell = row.getCell(j);
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (!head && t.numeric(j)) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun r = p.createRun();
            r.setBold(head);
            r.setFontSize(10);
            text(r, cells.get(j));
        }
    }

    private static void text(XWPFRun r, String s) {
        r.setText(s);
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        f.setEastAsia(EAST_ASIAN_FONT);
        f.setCs(LATIN_FONT);
        // w:lang w:eastAsia="zh-CN" tells Word to shape the text as Chinese
        (pr.sizeOfLangArray() > 0 ? pr.getLangArray(0) : pr.addNewLang()).setEastAsia("zh-CN");
    }
}
