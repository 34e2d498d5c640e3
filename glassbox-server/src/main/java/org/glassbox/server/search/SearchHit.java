package org.glassbox.server.search;

import java.util.List;

/**
 * One place where a search matched: in a document's text ({@code passage} null) or in a coded
 * passage ({@code passage} its id, {@code start}/{@code end} the passage's own offsets).
 * {@code start}, {@code end}, {@code snippetStart} and every mark are code points of the
 * document's stored text, end exclusive; {@code snippet} is the text from {@code snippetStart},
 * and {@code marks} are the matched terms inside it.
 */
public record SearchHit(String kase, String document, String passage, int start, int end,
                        String snippet, int snippetStart, List<Span> marks) {
    public SearchHit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("start, end: 0 ≤ start ≤ end, not " + start + ", " + end);
        }
        marks = List.copyOf(marks);
    }

    /** A code-point range {@code [start, end)} of the document's text. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("start, end: 0 ≤ start ≤ end, not " + start + ", " + end);
            }
        }
    }
}
