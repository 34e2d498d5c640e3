package org.glassbox.io.documents;

import java.text.Normalizer;
import java.util.List;
import java.util.Objects;

/**
 * A document's text as imported: UTF-8-ready, Unicode NFC, LF line ends, no byte-order mark, no control
 * character but LF and tab. Positions in it count <em>code points</em> from 0, as passages of case format
 * 1.1 do.
 *
 * @param text       the normalised text
 * @param language   a guess of its language as a BCP 47 tag ({@code zh}, {@code ja}, {@code ko}, {@code en}),
 *                   or null when the text does not say (see {@link DocumentImport})
 * @param format     the format it was read as
 * @param pageStarts for a PDF, the code-point offset at which each page's text starts (page 1 at index 0);
 *                   empty for formats without pages
 * @param notes      what the import did that a reader should know (a non-UTF-8 encoding converted, pages
 *                   without text, characters removed); empty when nothing
 */
public record ExtractedText(String text, String language, DocumentFormat format, List<Integer> pageStarts,
                            List<String> notes) {
    public ExtractedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        pageStarts = List.copyOf(pageStarts);
        notes = List.copyOf(notes);
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            throw new IllegalArgumentException("text is not in Unicode NFC");
        }
        int bad = TextNormalizer.firstForbidden(text);
        if (bad >= 0) {
            throw new IllegalArgumentException("text has the forbidden character U+"
                    + String.format("%04X", text.codePointAt(bad)) + " at UTF-16 index " + bad);
        }
        int length = text.codePointCount(0, text.length());
        int previous = -1;
        for (int start : pageStarts) {
            if (start < 0 || start > length || start < previous) {
                throw new IllegalArgumentException("pageStarts must rise within [0, " + length + "]: " + pageStarts);
            }
            previous = start;
        }
    }

    /** Length of the text in code points. */
    public int codePoints() {
        return text.codePointCount(0, text.length());
    }

    /** Number of pages, or 0 for a format without pages. */
    public int pages() {
        return pageStarts.size();
    }

    /** The page (1-based) that code point {@code offset} is on, or 0 for a format without pages. */
    public int pageOf(int offset) {
        if (offset < 0 || offset > codePoints()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + codePoints() + "]");
        }
        int page = 0;
        for (int i = 0; i < pageStarts.size() && pageStarts.get(i) <= offset; i++) {
            page = i + 1;
        }
        return page;
    }
}
