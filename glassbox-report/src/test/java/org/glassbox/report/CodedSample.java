package org.glassbox.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;

/**
 * {@link SampleCase} with a coded source document (case format 1.1): a Chinese policy text whose
 * sentences are passages for the first event the model's evidence chain cites, for a tie, and one
 * passage whose quote is a {@code <script>} element (it must stay text).
 */
final class CodedSample {
    static final String HOSTILE = "<script>window.__pwned=1</script>";
    static final String SENTENCE = "县政府与平台科技公司共同出资组建数字县域公司。";
    static final String TEXT = "示范县数字政府建设方案（节选）\n\n" + SENTENCE + "\n县委统一领导数字政府建设。\n附注：" + HOSTILE + "\n";

    final Case kase;
    final CaseAnalysis analysis;
    final String citedEvent;

    private CodedSample(Case kase, CaseAnalysis analysis, String citedEvent) {
        this.kase = kase;
        this.analysis = analysis;
        this.citedEvent = citedEvent;
    }

    static Segment segment(String id, String quote, String coder, List<Link> links, List<String> codes) {
        int from = TEXT.indexOf(quote);
        int start = TEXT.codePointCount(0, from);
        return new Segment(id, "d1", start, start + quote.codePointCount(0, quote.length()), quote, coder, links, codes, null, Map.of());
    }

    static CodedSample build() {
        Case plain = SampleCase.build();
        String cited = Glassbox.analyze(plain).model().evidence().stream().map(EvidenceLink::evidence)
                .filter(e -> !e.eventIds().isEmpty()).findFirst().orElseThrow().eventIds().get(0);
        List<Segment> segs = new ArrayList<>();
        segs.add(segment("g1", SENTENCE, "ann", List.of(new Link(Link.Kind.EVENT, cited)), List.of("embedding")));
        // overlaps g1: the marks split where the passages meet
        segs.add(segment("g2", "共同出资组建数字县域公司", "bo", List.of(new Link(Link.Kind.EVENT, cited), new Link(Link.Kind.TIE, "t8")),
                List.of("equity")));
        segs.add(segment("g3", "县委统一领导数字政府建设。", "ann", List.of(new Link(Link.Kind.TIE, "t1")), List.of()));
        segs.add(segment("g4", HOSTILE, "ann", List.of(new Link(Link.Kind.EVENT, cited)), List.of()));
        Document d = new Document("d1", "s1", "documents/d1.txt", null, "zh", false, TEXT, Map.of());
        Case coded = plain.withCoding(Coding.of(List.of(new Coder("ann", "Ann"), new Coder("bo", "Bo")), List.of(), List.of(d), segs));
        return new CodedSample(coded, Glassbox.analyze(coded), cited);
    }
}
