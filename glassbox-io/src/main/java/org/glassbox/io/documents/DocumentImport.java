package org.glassbox.io.documents;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade for importing a source document as text (case format 1.1, documents.csv): {@link #extract}
 * reads a {@code .txt}, {@code .md}, {@code .html}, {@code .pdf} or {@code .docx} file, by its extension,
 * with a well-kept library for each (jsoup, PDFBox, POI), and returns its text normalised — Unicode NFC, LF
 * line ends, no byte-order mark, no control character but LF and tab — so that offsets count code points
 * of exactly the text that is stored. Every failure is a {@link DocumentImportException} naming the file and,
 * where there is one, the page or byte.
 */
public final class DocumentImport {
    /** The size limit of {@link #extract(Path)}: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private DocumentImport() {
    }

    /** {@link #extract(Path, long)} with the {@link #DEFAULT_MAX_BYTES} limit. */
    public static ExtractedText extract(Path file) throws DocumentImportException {
        return extract(file, DEFAULT_MAX_BYTES);
    }

    /**
     * The text of {@code file}, in the format its extension names.
     *
     * @param maxBytes the largest file read; a larger one is refused before it is read
     * @throws DocumentImportException for an unknown extension, a file too large or unreadable, and every
     *                                 document that cannot be read as text (see {@link DocumentImportException.Reason})
     */
    public static ExtractedText extract(Path file, long maxBytes) throws DocumentImportException {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        DocumentFormat format = DocumentFormat.of(file);
        if (format == null) {
            throw new DocumentImportException(file, DocumentImportException.Reason.UNSUPPORTED_FORMAT,
                    "not a document format that is read; the supported ones are "
                            + String.join(", ", DocumentFormat.allExtensions()));
        }
        byte[] bytes = bytes(file, maxBytes);
        List<String> notes = new ArrayList<>();
        List<String> pages;
        boolean tidy = true;
        switch (format) {
            case TEXT, MARKDOWN -> {
                PlainText.Decoded d = PlainText.decode(file, bytes);
                notes.addAll(d.notes());
                pages = List.of(d.text());
                tidy = false;
            }
            case HTML -> {
                HtmlText.Page p = HtmlText.read(file, bytes);
                notes.addAll(p.notes());
                pages = List.of(p.text());
            }
            case PDF -> {
                PdfText.Pages p = PdfText.read(file, bytes);
                notes.addAll(p.notes());
                pages = p.pages();
            }
            case DOCX -> pages = List.of(DocxText.read(file, bytes));
            default -> throw new IllegalStateException(format.toString());
        }
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int codePoints = 0;
        int removed = 0;
        for (String raw : pages) {
            TextNormalizer.Normalized n = TextNormalizer.normalize(raw);
            removed += n.removed();
            String page = tidy ? TextNormalizer.tidy(n.text()) : n.text();
            if (format == DocumentFormat.PDF) {
                if (!starts.isEmpty()) {
                    text.append("\n\n");
                    codePoints += 2;
                }
                starts.add(codePoints);
            }
            text.append(page);
            codePoints += page.codePointCount(0, page.length());
        }
        if (removed > 0) {
            notes.add("removed " + removed + " control character" + (removed == 1 ? "" : "s")
                    + " (and byte-order marks) the text must not hold");
        }
        String t = text.toString();
        return new ExtractedText(t, LanguageGuess.of(t), format, starts, notes);
    }

    private static byte[] bytes(Path file, long maxBytes) throws DocumentImportException {
        try {
            if (!Files.isRegularFile(file)) {
                throw new DocumentImportException(file, DocumentImportException.Reason.UNREADABLE,
                        Files.exists(file) ? "not a file" : "no such file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DocumentImportException(file, DocumentImportException.Reason.TOO_LARGE,
                        size + " bytes, more than the limit of " + maxBytes + " bytes");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > maxBytes) { // grew while being read
                throw new DocumentImportException(file, DocumentImportException.Reason.TOO_LARGE,
                        "more than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (DocumentImportException e) {
            throw e;
        } catch (IOException e) {
            throw new DocumentImportException(file, DocumentImportException.Reason.UNREADABLE,
                    "cannot be read: " + describe(e), e);
        }
    }

    /** A library's exception as a user reads it: its message, else its kind. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
