package org.glassbox.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One coded passage (segments.csv, case format 1.1): code points [start, end) of a document, the
 * quote found there, who coded it, what it is evidence for and the codes given to it.
 */
public record Segment(String id, String document, int start, int end, String quote, String coder,
                      List<Link> links, List<String> codes, String memo, Map<String, String> attributes) {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(coder, "coder");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("passage " + id + " spans [start, end) with 0 ≤ start < end, not ["
                    + start + ", " + end + ")");
        }
        links = Frozen.list(links);
        codes = Frozen.list(codes);
        attributes = Frozen.map(attributes);
    }

    /** Whether this passage is evidence for {@code link}. */
    public boolean supports(Link link) {
        return links.contains(link);
    }
}
