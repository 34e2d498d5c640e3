package org.glassbox.io.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Test documents made in the test itself: PDFs by PDFBox, docx by POI, the rest as bytes. */
final class SampleDocuments {
    /** Where Debian's fonts-noto-cjk puts the CJK font (.ci/run installs it). */
    static final List<Path> CJK_FONTS = List.of(
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"));

    private SampleDocuments() {
    }

    static Path cjkFont() {
        return CJK_FONTS.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }

    /** One line of a PDF page, drawn at (x, y) points from the bottom left. */
    record Line(float x, float y, String text) {
    }

    /**
     * A PDF with one page per list of lines, each line drawn in the given order (not necessarily reading
     * order); a null {@code fontFile} draws with Helvetica (Latin only).
     */
    static byte[] pdf(Path fontFile, List<List<Line>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = font(doc, fontFile);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Line l : lines) {
                        cs.beginText();
                        cs.setFont(font, 12);
                        cs.newLineAtOffset(l.x(), l.y());
                        cs.showText(l.text());
                        cs.endText();
                    }
                }
            }
            return save(doc);
        }
    }

    /** A PDF of {@code n} pages with a filled rectangle each and no text (what a scan without OCR looks like). */
    static byte[] pdfWithoutText(int n) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < n; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(50, 50, 400, 600);
                    cs.fill();
                }
            }
            return save(doc);
        }
    }

    /** A Latin text PDF that opens only with the user password. */
    static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Confidential minutes");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /**
     * A Chinese PDF the way many government offices' tools write one: the text in the non-embedded standard
     * font STSong-Light through the predefined CMap UniGB-UCS2-H (the codes are UCS-2), which every reader
     * supplies itself — so no CJK font is needed to make or to read it. Lines as in {@link #pdf}.
     */
    static byte[] pdfChinese(List<List<Line>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary cid = new COSDictionary();
            cid.setName(COSName.TYPE, "Font");
            cid.setName(COSName.SUBTYPE, "CIDFontType0");
            cid.setName(COSName.BASE_FONT, "STSong-Light");
            COSDictionary info = new COSDictionary();
            info.setString(COSName.REGISTRY, "Adobe");
            info.setString(COSName.ORDERING, "GB1");
            info.setInt(COSName.SUPPLEMENT, 2);
            cid.setItem(COSName.CIDSYSTEMINFO, info);
            COSDictionary descriptor = new COSDictionary();
            descriptor.setName(COSName.TYPE, "FontDescriptor");
            descriptor.setName(COSName.FONT_NAME, "STSong-Light");
            descriptor.setInt(COSName.FLAGS, 6);
            descriptor.setItem(COSName.FONT_BBOX, new PDRectangle(-25, -254, 1025, 1134));
            descriptor.setInt(COSName.ITALIC_ANGLE, 0);
            descriptor.setInt(COSName.ASCENT, 880);
            descriptor.setInt(COSName.DESCENT, -120);
            descriptor.setInt(COSName.CAP_HEIGHT, 880);
            descriptor.setInt(COSName.STEM_V, 93);
            cid.setItem(COSName.FONT_DESC, descriptor);
            cid.setInt(COSName.DW, 1000);
            COSDictionary type0 = new COSDictionary();
            type0.setName(COSName.TYPE, "Font");
            type0.setName(COSName.SUBTYPE, "Type0");
            type0.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
            type0.setName(COSName.ENCODING, "UniGB-UCS2-H");
            COSArray descendants = new COSArray();
            descendants.add(cid);
            type0.setItem(COSName.DESCENDANT_FONTS, descendants);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), type0);
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                StringBuilder content = new StringBuilder();
                for (Line l : lines) {
                    content.append("BT /F1 12 Tf ").append(l.x()).append(' ').append(l.y()).append(" Td <");
                    for (byte b : l.text().getBytes(StandardCharsets.UTF_16BE)) {
                        content.append(String.format("%02X", b & 0xFF));
                    }
                    content.append("> Tj ET\n");
                }
                PDStream stream = new PDStream(doc, new java.io.ByteArrayInputStream(
                        content.toString().getBytes(StandardCharsets.US_ASCII)));
                page.setContents(stream);
                doc.addPage(page);
            }
            return save(doc);
        }
    }

    private static PDFont font(PDDocument doc, Path fontFile) throws IOException {
        if (fontFile == null) {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
        TrueTypeCollection ttc = new TrueTypeCollection(fontFile.toFile());
        TrueTypeFont sc = ttc.getFontByName("NotoSansCJKsc-Regular");
        if (sc == null) {
            sc = ttc.getFontByName("NotoSerifCJKsc-Regular");
        }
        if (sc == null) {
            throw new IOException(fontFile + " has no Simplified Chinese face");
        }
        // the Noto CJK faces have CFF outlines, which PDFBox cannot subset: the face is embedded whole
        return PDType0Font.load(doc, sc, false);
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A docx with the paragraphs, then a table of the rows (cells as given). */
    static byte[] docx(List<String> paragraphs, List<List<String>> rows) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (!rows.isEmpty()) {
                XWPFTable t = doc.createTable(rows.size(), rows.get(0).size());
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** The zip {@code zip} with each entry's bytes passed through {@code change} (by name), and {@code extra} entries added. */
    static byte[] rezip(byte[] zip, java.util.function.BiFunction<String, byte[], byte[]> change, List<String> extraNames,
                        List<byte[]> extraBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] b = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(change.apply(e.getName(), b));
                z.closeEntry();
            }
            for (int i = 0; i < extraNames.size(); i++) {
                z.putNextEntry(new ZipEntry(extraNames.get(i)));
                z.write(extraBytes.get(i));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }
}
