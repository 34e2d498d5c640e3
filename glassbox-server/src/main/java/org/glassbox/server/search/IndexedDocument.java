package org.glassbox.server.search;

import java.util.List;

/**
 * A document of a case as the index holds it: where it lives (project, case, id), its normalised
 * text and its coded passages (code-point offsets into {@code text}, each checked to lie inside it).
 */
public record IndexedDocument(String project, String kase, String id, String text, List<IndexedPassage> passages) {
    public IndexedDocument {
        need(project, "project");
        need(kase, "kase");
        need(id, "id");
        if (text == null) {
            throw new IllegalArgumentException("text: the document's text is needed (document " + id + ")");
        }
        passages = List.copyOf(passages == null ? List.of() : passages);
        int length = text.codePointCount(0, text.length());
        for (IndexedPassage p : passages) {
            if (p.end() > length) {
                throw new IllegalArgumentException("passages: passage " + p.id() + " ends at " + p.end()
                        + ", after the end of document " + id + " (" + length + " code points)");
            }
        }
    }

    private static void need(String v, String name) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + ": needed");
        }
    }
}
