package org.glassbox.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The qualitative layer of a case (case format 1.1): who codes ({@code coders} of case.yaml), the
 * codes they code with (codebook.yaml {@code codes}), the source documents and the coded passages.
 * Immutable; a version 1 case has {@link #empty()}.
 */
public final class Coding {
    private static final Coding EMPTY = new Coding(List.of(), List.of(), List.of(), List.of());

    private final List<Coder> coders;
    private final List<Code> codes;
    private final List<Document> documents;
    private final List<Segment> segments;
    private final Map<String, Document> documentById;
    private final Map<Link, List<Segment>> segmentsByLink;

    private Coding(List<Coder> coders, List<Code> codes, List<Document> documents, List<Segment> segments) {
        this.coders = List.copyOf(coders);
        this.codes = List.copyOf(codes);
        this.documents = List.copyOf(documents);
        this.segments = List.copyOf(segments);
        Map<String, Document> byId = new LinkedHashMap<>();
        for (Document d : this.documents) {
            byId.putIfAbsent(d.id(), d);
        }
        this.documentById = Collections.unmodifiableMap(byId);
        Map<Link, List<Segment>> byLink = new HashMap<>();
        for (Segment s : this.segments) {
            for (Link l : s.links()) {
                byLink.computeIfAbsent(l, k -> new ArrayList<>()).add(s);
            }
        }
        byLink.replaceAll((k, v) -> List.copyOf(v));
        this.segmentsByLink = Collections.unmodifiableMap(byLink);
    }

    public static Coding of(List<Coder> coders, List<Code> codes, List<Document> documents, List<Segment> segments) {
        return new Coding(coders, codes, documents, segments);
    }

    /** No coders, codes, documents or passages: a version 1 case. */
    public static Coding empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return coders.isEmpty() && codes.isEmpty() && documents.isEmpty() && segments.isEmpty();
    }

    public List<Coder> coders() {
        return coders;
    }

    public List<Code> codes() {
        return codes;
    }

    public List<Document> documents() {
        return documents;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The document with id {@code id}, or null. */
    public Document document(String id) {
        return documentById.get(id);
    }

    /** The passages coded as evidence for {@code link}, in file order; empty when none. */
    public List<Segment> segmentsFor(Link link) {
        return segmentsByLink.getOrDefault(link, List.of());
    }

    /** A copy with other passages (e.g. one coder's), the rest kept. */
    public Coding withSegments(List<Segment> other) {
        return new Coding(coders, codes, documents, other);
    }
}
