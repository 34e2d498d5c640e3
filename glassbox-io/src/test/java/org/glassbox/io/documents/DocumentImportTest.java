package org.glassbox.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.io.documents.SampleDocuments.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format read to its text, Chinese first; the normalisation every text gets. */
class DocumentImportTest {
    @TempDir
    Path tmp;

    private static final String ZH_1 = "省大数据发展管理局于2018年成立。";
    private static final String ZH_2 = "“最多跑一次”改革由省政府推动。";

    @Test
    void utf8TextIsKeptAsItIsWithItsLanguageGuessed() throws Exception {
        String text = ZH_1 + "\n\n" + ZH_2 + "\n";
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "d01.txt", text));
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(t.language()).isEqualTo("zh");
        assertThat(t.codePoints()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(t.pages()).isZero();
        assertThat(t.notes()).isEmpty();
    }

    @Test
    void gb18030TextIsDetectedConvertedAndNoted() throws Exception {
        String text = ZH_1 + "\r\n" + ZH_2;
        byte[] gb = text.getBytes(Charset.forName("GB18030"));
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "gb.txt", gb));
        assertThat(t.text()).isEqualTo(ZH_1 + "\n" + ZH_2);
        assertThat(t.notes()).singleElement().asString().contains("GB18030")
                // 0xCA 0xA1 (省) happen to be a UTF-8 sequence; the next byte is where UTF-8 breaks
                .contains("from byte 2");
        assertThat(t.language()).isEqualTo("zh");
    }

    @Test
    void latin1TextIsRefusedAtTheFirstByteThatIsNotUtf8() throws Exception {
        byte[] latin1 = "Le café de la mairie".getBytes(StandardCharsets.ISO_8859_1);
        Path f = SampleDocuments.write(tmp, "fr.txt", latin1);
        assertThatThrownBy(() -> DocumentImport.extract(f))
                .isInstanceOfSatisfying(DocumentImportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DocumentImportException.Reason.UNDECODABLE);
                    assertThat(e.byteOffset()).isEqualTo(6);
                    assertThat(e.file()).isEqualTo(f);
                    assertThat(e.getMessage()).startsWith(f + ", byte 6: ").contains("0xE9").contains("UTF-8");
                });
    }

    @Test
    void everyTextIsNormalisedNfcLfWithoutBomOrControlCharacters() throws Exception {
        // BOM, CR LF and a lone CR, NUL, BEL, a decomposed é, a character outside the BMP (one code point)
        String raw = "\uFEFFCafe\u0301\r\n行政\u0000审批\u0007\r𠀀局\tend";
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "n.md", raw));
        assertThat(t.text()).isEqualTo("Café\n行政审批\n𠀀局\tend");
        assertThat(t.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(t.codePoints()).isEqualTo(16);
        // NUL and BEL; the BOM went with the decoding
        assertThat(t.notes()).singleElement().asString().startsWith("removed 2 control characters");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws Exception {
        byte[] le = ("\uFEFF" + ZH_1).getBytes(StandardCharsets.UTF_16LE);
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "w.txt", le));
        assertThat(t.text()).isEqualTo(ZH_1);
        assertThat(t.notes()).singleElement().asString().contains("UTF-16LE");
    }

    @Test
    void markdownIsKeptAsText() throws Exception {
        String md = "# 浙江省数字化改革\n\n- 一网通办\n- 最多跑一次\n\n| 年 | 事件 |\n|---|---|\n| 2018 | 成立 |\n";
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "r.md", md));
        assertThat(t.text()).isEqualTo(md);
    }

    @Test
    void htmlKeepsItsStructureAndDropsScriptsAndStyles() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><meta charset="gb2312"><title>标题不算正文</title>
                <style>p { color: red }</style><script>var secret = "脚本";</script></head>
                <body><h1>关于  数字政府
                建设的通知</h1>
                <p>各市<b>人民政府</b>：<br>现将有关事项通知如下。</p>
                <ul><li>一、统一平台</li><li>二、数据共享</li></ul>
                <table><tr><th>单位</th><th>职责</th></tr><tr><td>省大数据局</td><td> 统筹 </td></tr></table>
                <div hidden>隐藏</div><noscript>无脚本</noscript>
                <p>Zhejiang &amp; Guangdong</p></body></html>""";
        byte[] gb = html.getBytes(Charset.forName("GB2312"));
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "notice.html", gb));
        assertThat(t.text()).isEqualTo("""
                关于 数字政府 建设的通知

                各市人民政府：
                现将有关事项通知如下。

                一、统一平台
                二、数据共享

                单位\t职责
                省大数据局\t统筹

                Zhejiang & Guangdong""");
        assertThat(t.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(t.language()).isEqualTo("zh");
    }

    @Test
    void anHtmlPageInGbkWithoutACharsetIsDetectedAsGb18030() throws Exception {
        String html = "<html><body><p>" + ZH_1 + "</p><p>" + ZH_2 + "</p></body></html>";
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "old.htm", html.getBytes("GBK")));
        assertThat(t.text()).isEqualTo(ZH_1 + "\n\n" + ZH_2);
        assertThat(t.notes()).singleElement().asString().contains("GB18030");
        // declared UTF-8, and UTF-8: no note
        ExtractedText u = DocumentImport.extract(SampleDocuments.write(tmp, "new.htm", html));
        assertThat(u.text()).isEqualTo(t.text());
        assertThat(u.notes()).isEmpty();
    }

    @Test
    void docxGivesParagraphsAndTablesRowByRow() throws Exception {
        byte[] docx = SampleDocuments.docx(List.of(ZH_1, "", ZH_2),
                List.of(List.of("年份", "事件"), List.of("2018", "省大数据发展管理局成立")));
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "w.docx", docx));
        assertThat(t.text()).isEqualTo(ZH_1 + "\n\n" + ZH_2 + "\n\n年份\t事件\n2018\t省大数据发展管理局成立");
        assertThat(t.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(t.language()).isEqualTo("zh");
    }

    @Test
    void pdfTextComesInReadingOrderWithPagesApartByABlankLine() throws Exception {
        // page 1 draws its lower line first and the right half of the top line before its left half
        byte[] pdf = SampleDocuments.pdf(null, List.of(
                List.of(new Line(72, 600, "The second line"), new Line(200, 700, "the city."),
                        new Line(72, 700, "Minutes of")),
                List.of(new Line(72, 700, "Page two of the minutes"))));
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "m.pdf", pdf));
        assertThat(t.text()).isEqualTo("Minutes of the city.\nThe second line\n\nPage two of the minutes");
        int two = "Minutes of the city.\nThe second line\n\n".length();
        assertThat(t.pageStarts()).containsExactly(0, two);
        assertThat(t.pageOf(two - 1)).isEqualTo(1);
        assertThat(t.pageOf(two)).isEqualTo(2);
        assertThat(t.language()).isEqualTo("en");
    }

    @Test
    void chinesePdfInAStandardCjkFontComesInReadingOrder() throws Exception {
        // the lower line drawn first
        byte[] pdf = SampleDocuments.pdfChinese(List.of(
                List.of(new Line(72, 650, ZH_2), new Line(72, 700, ZH_1)),
                List.of(new Line(72, 700, "第二页"))));
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "zh.pdf", pdf));
        assertThat(t.text()).isEqualTo(ZH_1 + "\n" + ZH_2 + "\n\n第二页");
        assertThat(t.pages()).isEqualTo(2);
        assertThat(t.pageStarts().get(1)).isEqualTo(ZH_1.length() + 1 + ZH_2.length() + 2);
        assertThat(t.language()).isEqualTo("zh");
    }

    @Test
    void chinesePdfWithAnEmbeddedCjkFont() throws Exception {
        Path font = SampleDocuments.cjkFont();
        assumeTrue(font != null, "no CJK font (Debian fonts-noto-cjk) on this machine: the embedded-font variant"
                + " is skipped; the standard-font Chinese PDF above still runs");
        byte[] pdf;
        try {
            pdf = SampleDocuments.pdf(font, List.of(List.of(new Line(72, 700, ZH_1))));
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // PDFBox 3.0 can neither subset a CFF-outline OpenType face nor embed a whole collection (.ttc)
            assumeTrue(false, "PDFBox cannot embed " + font + " (" + e.getMessage() + "): skipped");
            return;
        }
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "zh-embedded.pdf", pdf));
        assertThat(t.text()).isEqualTo(ZH_1);
    }

    @Test
    void aPageWithoutTextAmongPagesWithTextIsNoted() throws Exception {
        byte[] pdf = SampleDocuments.pdf(null, List.of(List.of(new Line(72, 700, "Text")), List.of()));
        ExtractedText t = DocumentImport.extract(SampleDocuments.write(tmp, "half.pdf", pdf));
        assertThat(t.text()).isEqualTo("Text\n\n");
        assertThat(t.pageStarts()).containsExactly(0, 6);
        assertThat(t.notes()).containsExactly("page 2 has no text layer (scanned? run OCR for them)");
    }

    @Test
    void theExtensionDecidesCaseInsensitively() {
        assertThat(DocumentFormat.of(Path.of("a/B.PDF"))).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.of(Path.of("x.htm"))).isEqualTo(DocumentFormat.HTML);
        assertThat(DocumentFormat.of(Path.of("x.doc"))).isNull();
        assertThat(DocumentFormat.of(Path.of("noext"))).isNull();
    }
}
