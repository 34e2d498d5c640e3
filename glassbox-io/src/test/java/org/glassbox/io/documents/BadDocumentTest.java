package org.glassbox.io.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.glassbox.io.documents.DocumentImportException.Reason;
import org.glassbox.io.documents.SampleDocuments.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 item 6: every document that cannot be imported is a typed exception naming the file and where. */
class BadDocumentTest {
    @TempDir
    Path tmp;

    private static DocumentImportException refused(ThrowingCallable call, Reason reason, Path file) {
        DocumentImportException[] caught = new DocumentImportException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(DocumentImportException.class, e -> {
            assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.getMessage()).startsWith(file.toString());
            caught[0] = e;
        });
        return caught[0];
    }

    private byte[] docx() throws Exception {
        return SampleDocuments.docx(List.of("省政府办公厅通知"), List.of());
    }

    @Test
    void aPdfWithoutATextLayerSaysScannedAndOcr() throws Exception {
        Path f = SampleDocuments.write(tmp, "scan.pdf", SampleDocuments.pdfWithoutText(3));
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.NO_TEXT_LAYER, f);
        assertThat(e.getMessage()).contains("no text layer on any of its 3 pages").contains("scanned? run OCR first");
    }

    @Test
    void aPasswordProtectedPdfIsNamedSo() throws Exception {
        Path f = SampleDocuments.write(tmp, "locked.pdf", SampleDocuments.encryptedPdf("user-secret"));
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.PASSWORD_PROTECTED, f);
        assertThat(e.getMessage()).contains("password-protected");
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsReadLikeAnyReaderOpensIt() throws Exception {
        Path f = SampleDocuments.write(tmp, "owner.pdf", SampleDocuments.encryptedPdf(""));
        assertThat(DocumentImport.extract(f).text()).isEqualTo("Confidential minutes");
    }

    @Test
    void aPasswordProtectedDocxIsNamedSo() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        try (OutputStream os = enc.getDataStream(fs)) {
            os.write(docx());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        fs.close();
        Path f = SampleDocuments.write(tmp, "locked.docx", out.toByteArray());
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.PASSWORD_PROTECTED, f);
        assertThat(e.getMessage()).contains("password-protected");
    }

    @Test
    void truncatedFilesAreMalformed() throws Exception {
        byte[] pdf = SampleDocuments.pdf(null, List.of(List.of(new Line(72, 700, "Minutes"))));
        Path p = SampleDocuments.write(tmp, "cut.pdf", Arrays.copyOf(pdf, 60));
        refused(() -> DocumentImport.extract(p), Reason.MALFORMED, p);
        byte[] docx = docx();
        Path d = SampleDocuments.write(tmp, "cut.docx", Arrays.copyOf(docx, docx.length / 2));
        DocumentImportException e = refused(() -> DocumentImport.extract(d), Reason.MALFORMED, d);
        assertThat(e.getMessage()).contains("not a readable .docx");
    }

    @Test
    void aFileOfAnotherFormatUnderTheExtensionIsMalformed() throws Exception {
        Path p = SampleDocuments.write(tmp, "notes.pdf", "just text, not a PDF");
        refused(() -> DocumentImport.extract(p), Reason.MALFORMED, p);
        Path d = SampleDocuments.write(tmp, "notes.docx", SampleDocuments.pdfWithoutText(1));
        refused(() -> DocumentImport.extract(d), Reason.MALFORMED, d);
        // a zip, but not a Word package
        Path z = SampleDocuments.write(tmp, "other.docx", SampleDocuments.rezip(docx(), (n, b) -> b, List.of(), List.of()));
        assertThat(DocumentImport.extract(z).text()).isEqualTo("省政府办公厅通知"); // the control: rezipping keeps it valid
        byte[] noWord = SampleDocuments.rezip(docx(), (n, b) -> n.equals("word/document.xml") ? "<x/>".getBytes() : b,
                List.of(), List.of());
        Path w = SampleDocuments.write(tmp, "broken.docx", noWord);
        refused(() -> DocumentImport.extract(w), Reason.MALFORMED, w);
    }

    @Test
    void anOldWordDocUnderDocxIsNamed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
        Path f = SampleDocuments.write(tmp, "old.docx", out.toByteArray());
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.MALFORMED, f);
        assertThat(e.getMessage()).contains("old Word .doc");
    }

    @Test
    void aDocxZipBombIsRefusedByPoisLimits() throws Exception {
        // 8 MiB of blanks inside document.xml compress about 1000 to 1: past the minimum inflate ratio of 0.01
        byte[] bomb = SampleDocuments.rezip(docx(), (n, b) -> {
            if (!n.equals("word/document.xml")) {
                return b;
            }
            String xml = new String(b, StandardCharsets.UTF_8);
            int at = xml.indexOf("?>") + 2;
            return (xml.substring(0, at) + " ".repeat(8 << 20) + xml.substring(at)).getBytes(StandardCharsets.UTF_8);
        }, List.of(), List.of());
        assertThat(bomb.length).isLessThan(200_000);
        Path f = SampleDocuments.write(tmp, "bomb.docx", bomb);
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.ZIP_BOMB, f);
        assertThat(e.getMessage()).contains("zip bomb");
    }

    @Test
    void aDocxEntryEscapingThePackageIsRefused() throws Exception {
        byte[] zip = SampleDocuments.rezip(docx(), (n, b) -> b, List.of("../../etc/cron.d/evil"), List.of(new byte[] {1}));
        Path f = SampleDocuments.write(tmp, "escape.docx", zip);
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.ENTRY_ESCAPES, f);
        assertThat(e.getMessage()).contains("'../../etc/cron.d/evil'");
        assertThat(org.glassbox.io.guard.EntryNames.escapes("/abs")).isTrue();
        assertThat(org.glassbox.io.guard.EntryNames.escapes("C:\\x")).isTrue();
        assertThat(org.glassbox.io.guard.EntryNames.escapes("word\\..\\..\\x")).isTrue();
        assertThat(org.glassbox.io.guard.EntryNames.escapes("word/document.xml")).isFalse();
        assertThat(org.glassbox.io.guard.EntryNames.escapes("word/..notes.xml")).isFalse();
    }

    @Test
    void externalEntitiesInDocxXmlAreNeverResolved() throws Exception {
        Path secret = SampleDocuments.write(tmp, "secret.txt", "TOP-SECRET-TOKEN");
        byte[] xxe = SampleDocuments.rezip(docx(), (n, b) -> {
            if (!n.equals("word/document.xml")) {
                return b;
            }
            String xml = new String(b, StandardCharsets.UTF_8);
            int at = xml.indexOf("?>") + 2;
            String dtd = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
            return (xml.substring(0, at) + dtd + xml.substring(at)).replace("省政府办公厅通知", "&xxe;")
                    .getBytes(StandardCharsets.UTF_8);
        }, List.of(), List.of());
        Path f = SampleDocuments.write(tmp, "xxe.docx", xxe);
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.XML_ENTITIES, f);
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET-TOKEN").contains("never resolved");
    }

    @Test
    void anUnknownExtensionNamesTheSupportedOnes() throws Exception {
        Path f = SampleDocuments.write(tmp, "minutes.rtf", "{\\rtf1 hello}");
        DocumentImportException e = refused(() -> DocumentImport.extract(f), Reason.UNSUPPORTED_FORMAT, f);
        assertThat(e.getMessage()).contains(".txt").contains(".md").contains(".html").contains(".pdf").contains(".docx");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path f = SampleDocuments.write(tmp, "big.txt", "数".repeat(400));
        DocumentImportException e = refused(() -> DocumentImport.extract(f, 1000), Reason.TOO_LARGE, f);
        assertThat(e.getMessage()).contains("1200 bytes, more than the limit of 1000 bytes");
        assertThat(DocumentImport.extract(f, 1200).codePoints()).isEqualTo(400);
    }

    @Test
    void aMissingFileOrAFolderIsUnreadable() throws Exception {
        Path missing = tmp.resolve("none.txt");
        refused(() -> DocumentImport.extract(missing), Reason.UNREADABLE, missing);
        Path folder = Files.createDirectory(tmp.resolve("folder.pdf"));
        refused(() -> DocumentImport.extract(folder), Reason.UNREADABLE, folder);
    }
}
