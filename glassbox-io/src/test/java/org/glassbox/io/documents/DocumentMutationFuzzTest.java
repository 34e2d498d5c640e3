package org.glassbox.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.glassbox.io.documents.SampleDocuments.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random byte mutations of valid documents of every format: each gives normalised text or a
 * {@link DocumentImportException} naming the file, never another exception.
 */
class DocumentMutationFuzzTest {
    @TempDir
    Path tmp;

    /** Flips, inserts, deletes, duplicates and truncates bytes of {@code in}, one to six times. */
    static byte[] mutate(byte[] in, Random r) {
        byte[] b = in.clone();
        int n = 1 + r.nextInt(6);
        for (int k = 0; k < n; k++) {
            int pos = b.length == 0 ? 0 : r.nextInt(b.length);
            switch (r.nextInt(5)) {
                case 0 -> { // flip bytes
                    for (int i = 0; i < 1 + r.nextInt(4) && pos + i < b.length; i++) {
                        b[pos + i] = (byte) r.nextInt(256);
                    }
                }
                case 1 -> { // insert a random byte
                    byte[] c = new byte[b.length + 1];
                    System.arraycopy(b, 0, c, 0, pos);
                    c[pos] = (byte) r.nextInt(256);
                    System.arraycopy(b, pos, c, pos + 1, b.length - pos);
                    b = c;
                }
                case 2 -> { // delete a range
                    int len = Math.min(b.length - pos, 1 + r.nextInt(64));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, pos);
                    System.arraycopy(b, pos + len, c, pos, b.length - pos - len);
                    b = c;
                }
                case 3 -> { // duplicate a range
                    int len = Math.min(b.length - pos, 1 + r.nextInt(128));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, pos + len);
                    System.arraycopy(b, pos, c, pos + len, b.length - pos);
                    b = c;
                }
                default -> b = java.util.Arrays.copyOf(b, pos); // truncate
            }
        }
        return b;
    }

    private void check(String name, byte[] valid, int runs, long seed) throws Exception {
        Random r = new Random(seed);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < runs; i++) {
            Path f = SampleDocuments.write(tmp, i + "-" + name, mutate(valid, r));
            try {
                ExtractedText t = DocumentImport.extract(f);
                assertThat(Normalizer.isNormalized(t.text(), Normalizer.Form.NFC)).isTrue();
                assertThat(TextNormalizer.firstForbidden(t.text())).isEqualTo(-1);
                read++;
            } catch (DocumentImportException e) {
                assertThat(e.file()).isEqualTo(f);
                assertThat(e.getMessage()).startsWith(f.toString()).hasSizeGreaterThan(f.toString().length() + 5);
                refused++;
            } catch (Throwable t) {
                fail("mutation " + i + " of " + name + " (seed " + seed + ") raised " + t, t);
            }
        }
        assertThat(read + refused).isEqualTo(runs);
    }

    @Test
    void mutatedPdfs() throws Exception {
        byte[] pdf = SampleDocuments.pdfChinese(List.of(List.of(new Line(72, 700, "省大数据发展管理局成立"),
                new Line(72, 680, "最多跑一次")), List.of(new Line(72, 700, "第二页"))));
        check("m.pdf", pdf, 100, 141);
        byte[] latin = SampleDocuments.pdf(null, List.of(List.of(new Line(72, 700, "Minutes of the council"))));
        check("l.pdf", latin, 50, 142);
    }

    @Test
    void mutatedDocx() throws Exception {
        byte[] docx = SampleDocuments.docx(List.of("省政府办公厅关于数字政府建设的通知", "各市人民政府："),
                List.of(List.of("单位", "职责"), List.of("省大数据局", "统筹")));
        check("m.docx", docx, 100, 143);
    }

    @Test
    void mutatedHtmlAndText() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><script>x()</script></head><body><h1>通知</h1>"
                + "<p>各市<b>人民政府</b>：</p><ul><li>一</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>";
        check("m.html", html.getBytes(StandardCharsets.UTF_8), 150, 144);
        check("m.txt", "省大数据发展管理局\r\n成立。\uFEFF\u0000".getBytes(StandardCharsets.UTF_8), 200, 145);
        check("gb.txt", "省大数据发展管理局成立。".getBytes(Charset.forName("GB18030")), 200, 146);
    }
}
