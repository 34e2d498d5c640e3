package org.glassbox.io.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer, page by page, by PDFBox's {@link PDFTextStripper} with {@code sortByPosition}: the
 * characters in reading order (top to bottom, left to right within a line) whatever order the content stream
 * draws them in. A PDF none of whose pages has text is refused as without a text layer (scanned, needing
 * OCR); a PDF that only some pages of lack text is read, with a note naming them.
 */
final class PdfText {
    private PdfText() {
    }

    /** The raw text of each page, page 1 first, and the notes. */
    record Pages(List<String> pages, List<String> notes) {
    }

    static Pages read(Path file, byte[] bytes) throws DocumentImportException {
        List<String> pages = new ArrayList<>();
        int page = 0;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new DocumentImportException(file, DocumentImportException.Reason.MALFORMED, "a PDF without pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd("");
            stripper.setPageStart("");
            for (page = 1; page <= n; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc));
            }
        } catch (InvalidPasswordException e) {
            throw new DocumentImportException(file, DocumentImportException.Reason.PASSWORD_PROTECTED,
                    "the PDF is password-protected; remove the password (or print it to a new PDF) and import that", e);
        } catch (DocumentImportException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports broken structure as IOExceptions and, deep in hostile input, as runtime exceptions
            throw new DocumentImportException(file, DocumentImportException.Reason.MALFORMED, page, -1,
                    "not a readable PDF (broken or truncated?): " + DocumentImport.describe(e), e);
        }
        List<Integer> empty = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).isBlank()) {
                empty.add(i + 1);
            }
        }
        if (empty.size() == pages.size()) {
            throw new DocumentImportException(file, DocumentImportException.Reason.NO_TEXT_LAYER,
                    "no text layer on any of its " + pages.size() + " page" + (pages.size() == 1 ? "" : "s")
                            + ": scanned? run OCR first (e.g. ocrmypdf) and import the result");
        }
        List<String> notes = new ArrayList<>();
        if (!empty.isEmpty()) {
            notes.add((empty.size() == 1 ? "page " : "pages ") + join(empty)
                    + (empty.size() == 1 ? " has" : " have") + " no text layer (scanned? run OCR for them)");
        }
        return new Pages(pages, notes);
    }

    private static String join(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(pages.get(i));
        }
        return sb.toString();
    }
}
