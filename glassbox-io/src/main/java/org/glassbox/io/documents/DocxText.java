package org.glassbox.io.documents;

import org.glassbox.io.guard.EntryNames;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document's body text, by POI's XWPF: each paragraph a line with a blank line after it, each
 * table row a line (its cells apart by a tab, a cell's own paragraphs joined by a space), content controls
 * by their text. Headers, footers, footnotes and comments are not part of the body and are not imported.
 *
 * <p>Before POI opens the package its zip is checked: no entry may name a path outside it (absolute, a
 * drive, {@code ..}). POI's {@link ZipSecureFile} limits are set explicitly (JVM-wide, as POI keeps them):
 * an entry may expand at most to {@value #MAX_ENTRY_BYTES} bytes and to no more than 1 / {@value #MIN_RATIO}
 * times its compressed size, and a package holds at most {@value #MAX_ENTRIES} entries; beyond them is a
 * zip bomb. POI's XML parsing refuses DTDs and never resolves external entities. An encrypted (password)
 * document is an OLE2 container, not a zip, and is named as such.
 */
final class DocxText {
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final double MIN_RATIO = 0.01;
    static final int MAX_ENTRIES = 1000;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private DocxText() {
    }

    static String read(Path file, byte[] bytes) throws DocumentImportException {
        if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
            throw ole2(file, bytes);
        }
        checkEntries(file);
        StringBuilder sb = new StringBuilder();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument doc = new XWPFDocument(pkg)) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append("\n\n");
                } else if (e instanceof XWPFTable t) {
                    table(t, sb);
                    sb.append('\n');
                } else if (e instanceof XWPFSDT sdt) {
                    sb.append(sdt.getContent().getText()).append("\n\n");
                }
            }
        } catch (IOException | InvalidFormatException | RuntimeException | StackOverflowError e) {
            throw failure(file, e);
        }
        return sb.toString();
    }

    private static void table(XWPFTable t, StringBuilder sb) {
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> parts = new ArrayList<>();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    String s = p.getText().strip();
                    if (!s.isEmpty()) {
                        parts.add(s);
                    }
                }
                for (XWPFTable inner : cell.getTables()) {
                    StringBuilder nested = new StringBuilder();
                    table(inner, nested);
                    parts.add(nested.toString().strip().replace('\n', ' ').replace('\t', ' '));
                }
                cells.add(String.join(" ", parts));
            }
            sb.append(String.join("\t", cells)).append('\n');
        }
    }

    /** Refuses a zip with an entry named outside it; a file that is no zip at all is left for POI to name. */
    private static void checkEntries(Path file) throws DocumentImportException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (EntryNames.escapes(name)) {
                    throw new DocumentImportException(file, DocumentImportException.Reason.ENTRY_ESCAPES,
                            "the zip entry '" + name + "' names a path outside the document; refused");
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentImportException d) {
                throw d;
            }
            throw new DocumentImportException(file, DocumentImportException.Reason.MALFORMED,
                    "not a readable .docx (its zip is broken or truncated): " + DocumentImport.describe(e), e);
        }
    }


    private static DocumentImportException ole2(Path file, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new DocumentImportException(file, DocumentImportException.Reason.PASSWORD_PROTECTED,
                        "the document is password-protected (encrypted); remove the password in Word and import it again");
            }
        } catch (IOException | RuntimeException e) {
            return new DocumentImportException(file, DocumentImportException.Reason.MALFORMED,
                    "an OLE2 file that cannot be read (broken or truncated?): " + DocumentImport.describe(e), e);
        }
        return new DocumentImportException(file, DocumentImportException.Reason.MALFORMED,
                "an OLE2 file (an old Word .doc?), not a .docx; save it as .docx and import that");
    }

    private static DocumentImportException failure(Path file, Throwable e) {
        String all = chain(e).toLowerCase(Locale.ROOT);
        if (all.contains("zip bomb") || all.contains("max number of entries") || all.contains("exceeded the max")) {
            return new DocumentImportException(file, DocumentImportException.Reason.ZIP_BOMB,
                    "refused: an entry expands beyond the limits (a zip bomb?): " + DocumentImport.describe(e), e);
        }
        if (all.contains("doctype") || all.contains("entity") || all.contains("dtd")) {
            return new DocumentImportException(file, DocumentImportException.Reason.XML_ENTITIES,
                    "refused: its XML declares a DTD or entities, which are never resolved", e);
        }
        return new DocumentImportException(file, DocumentImportException.Reason.MALFORMED,
                "not a readable .docx (broken, truncated, or another format?): " + DocumentImport.describe(e), e);
    }

    private static String chain(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 10_000; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t).append(' ');
        }
        return sb.toString();
    }
}
