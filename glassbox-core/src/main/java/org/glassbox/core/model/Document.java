package org.glassbox.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * One source document of a case (documents.csv and its text file under {@code documents/}, case
 * format 1.1). The text is UTF-8, NFC, LF line ends, no byte-order mark; passages address it by
 * <em>code points</em>, from 0, end exclusive — {@link #length()} and {@link #slice} count the same way.
 *
 * @param source     the sources.csv id of the bibliographic record this document is
 * @param textPath   path of the text file inside the case, e.g. {@code documents/d01.txt}
 * @param original   path of the original file (.pdf, .docx, .html) inside the case, or null
 * @param language   BCP 47 tag, or null
 * @param restricted true when {@code access} is {@code restricted} (only owners and assigned coders see it)
 * @param text       the text itself
 * @param attributes extra columns, kept as text
 */
public record Document(String id, String source, String textPath, String original, String language,
                       boolean restricted, String text, Map<String, String> attributes) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        attributes = Frozen.map(attributes);
    }

    /** Length of the text in code points. */
    public int length() {
        return text.codePointCount(0, text.length());
    }

    /** The text between code points {@code start} (inclusive) and {@code end} (exclusive). */
    public String slice(int start, int end) {
        if (start < 0 || end < start || end > length()) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") outside the " + length()
                    + " code points of document " + id);
        }
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        return text.substring(from, to);
    }

    /** {@code access} as the file writes it. */
    public String access() {
        return restricted ? "restricted" : "open";
    }
}
