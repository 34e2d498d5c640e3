package org.glassbox.core.analysis;

import java.util.Objects;
import org.glassbox.core.model.Link;

/**
 * A coded passage cited by an {@link Evidence}: code points [start, end) of a source document, the
 * quote found there and who coded it, resolved from the case's segments.csv (case format 1.1) for
 * one event or tie the evidence names.
 *
 * @param segment  the segments.csv id
 * @param document the documents.csv id
 * @param start    first code point of the passage in the document's text (inclusive)
 * @param end      code point after the passage (exclusive), {@code start < end}
 * @param quote    the text at those offsets
 * @param coder    the coder id of case.yaml {@code coders}
 * @param target   the event or tie of the evidence the passage is coded for ({@code event:e12})
 */
public record Passage(String segment, String document, int start, int end, String quote, String coder, Link target) {
    public Passage {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(target, "target");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("passage " + segment + " spans [start, end) with 0 ≤ start < end, not ["
                    + start + ", " + end + ")");
        }
    }
}
