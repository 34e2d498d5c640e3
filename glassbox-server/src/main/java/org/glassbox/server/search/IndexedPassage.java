package org.glassbox.server.search;

/**
 * A coded passage of a document, as the index holds it: its id and its offsets in Unicode code
 * points of the document's text, from 0, end exclusive (case format 1.1, segments.csv).
 */
public record IndexedPassage(String id, int start, int end) {
    public IndexedPassage {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id: a passage id is needed");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("start, end: 0 ≤ start < end is needed, not " + start + ", " + end + " (passage " + id + ")");
        }
    }
}
