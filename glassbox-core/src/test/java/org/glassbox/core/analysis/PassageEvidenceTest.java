package org.glassbox.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasureTest;
import org.glassbox.core.analysis.outcome.EvidenceLink;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.junit.jupiter.api.Test;

/** Evidence down to the quote (issue 14, item 2): passages on every evidence link, coverage per period. */
class PassageEvidenceTest {
    /** 𠀀 lies outside the BMP: code-point offsets and UTF-16 offsets differ after it. */
    static final String TEXT = "𠀀 The firm co-decides the platform. 政府与企业签订合同。 Unrelated sentence.";

    static Segment segment(String id, String quote, String coder, Link... links) {
        int from = TEXT.indexOf(quote);
        int start = TEXT.codePointCount(0, from);
        return new Segment(id, "d1", start, start + quote.codePointCount(0, quote.length()), quote, coder,
                List.of(links), List.of(), null, Map.of());
    }

    static Case coded(Case c, List<Segment> segments) {
        Document d = new Document("d1", "s1", "documents/d1.txt", null, "zh", false, TEXT, Map.of());
        return c.withCoding(Coding.of(List.of(new Coder("ann", "Ann"), new Coder("bo", "Bo")), List.of(), List.of(d), segments));
    }

    private static List<Evidence> everyEvidence(CaseAnalysis a) {
        List<Evidence> all = new ArrayList<>();
        for (PeriodAnalysis p : a.years()) {
            all.add(p.structure().verdict().evidence());
            all.add(p.embedding().evidence());
        }
        for (PeriodAnalysis p : a.phases()) {
            all.add(p.structure().verdict().evidence());
            all.add(p.embedding().evidence());
        }
        all.add(a.trajectory().evidence());
        a.model().evidence().forEach(l -> all.add(l.evidence()));
        return all;
    }

    @Test
    void everyEvidenceThatCitesACodedEventOrTieCarriesItsPassagesAndNoOther() {
        Case plain = EmbeddingMeasureTest.embedded().build();
        CaseAnalysis before = Glassbox.analyze(plain);
        Evidence cited = before.model().evidence().stream().map(EvidenceLink::evidence)
                .filter(e -> !e.eventIds().isEmpty()).findFirst().orElseThrow();
        String event = cited.eventIds().get(0);
        String tie = plain.ties().id(0);
        Segment onEvent = segment("g1", "The firm co-decides the platform.", "ann", new Link(Link.Kind.EVENT, event));
        Segment onBoth = segment("g2", "政府与企业签订合同。", "bo", new Link(Link.Kind.EVENT, event), new Link(Link.Kind.TIE, tie));
        Segment elsewhere = segment("g3", "Unrelated sentence.", "ann", new Link(Link.Kind.ACTOR, "g"));
        CaseAnalysis a = Glassbox.analyze(coded(plain, List.of(onEvent, onBoth, elsewhere)));

        assertThat(everyEvidence(before)).allSatisfy(e -> assertThat(e.passages()).isEmpty());
        int withPassages = 0;
        for (Evidence e : everyEvidence(a)) {
            List<Passage> expected = new ArrayList<>();
            if (e.eventIds().contains(event)) {
                expected.add(new Passage("g1", "d1", onEvent.start(), onEvent.end(), onEvent.quote(), "ann", new Link(Link.Kind.EVENT, event)));
                expected.add(new Passage("g2", "d1", onBoth.start(), onBoth.end(), onBoth.quote(), "bo", new Link(Link.Kind.EVENT, event)));
            }
            if (e.tieIds().contains(tie)) {
                expected.add(new Passage("g2", "d1", onBoth.start(), onBoth.end(), onBoth.quote(), "bo", new Link(Link.Kind.TIE, tie)));
            }
            assertThat(e.passages()).as(e.claim()).containsExactlyElementsOf(expected);
            withPassages += e.passages().isEmpty() ? 0 : 1;
        }
        assertThat(withPassages).isGreaterThan(1);
        assertThat(a.model().evidence()).anySatisfy(l -> assertThat(l.evidence().passages()).isNotEmpty());
        // the quote is the document's text at the code-point offsets (not at UTF-16 offsets)
        Passage p = a.model().evidence().stream().flatMap(l -> l.evidence().passages().stream()).findFirst().orElseThrow();
        Document d = coded(plain, List.of()).coding().document("d1");
        assertThat(d.slice(p.start(), p.end())).isEqualTo(p.quote());
        assertThat(TEXT.substring(p.start(), p.end())).isNotEqualTo(p.quote());
    }

    @Test
    void coverageCountsThePeriodsEventsAndTiesThatHaveAPassage() {
        Case plain = EmbeddingMeasureTest.embedded().build();
        Set<String> linkedEvents = Set.of(plain.events().id(0), plain.events().id(plain.events().size() - 1));
        List<Segment> segs = new ArrayList<>();
        for (String e : linkedEvents) {
            segs.add(segment("s-" + e, "Unrelated sentence.", "ann", new Link(Link.Kind.EVENT, e)));
        }
        segs.add(segment("s-tie", "Unrelated sentence.", "bo", new Link(Link.Kind.TIE, plain.ties().id(0))));
        CaseAnalysis a = Glassbox.analyze(coded(plain, segs));
        int yearEvents = 0;
        int yearEventsWith = 0;
        for (PeriodAnalysis p : a.years()) {
            DocumentationCoverage c = p.coverage();
            assertThat(c).isNotNull();
            assertThat(c.events()).isEqualTo(p.period().events());
            assertThat(c.ties()).isGreaterThanOrEqualTo(c.tiesWithPassage());
            yearEvents += c.events();
            yearEventsWith += c.eventsWithPassage();
            // the tie without dates is valid in every period
            assertThat(c.tiesWithPassage()).isEqualTo(1);
        }
        assertThat(yearEvents).isEqualTo(plain.events().size());
        assertThat(yearEventsWith).isEqualTo(linkedEvents.size());
        assertThat(a.phases().stream().mapToInt(p -> p.coverage().eventsWithPassage()).sum()).isEqualTo(linkedEvents.size());

        CaseAnalysis none = Glassbox.analyze(plain);
        assertThat(none.years()).allSatisfy(p -> assertThat(p.coverage()).isNull());
        assertThat(none.phases()).allSatisfy(p -> assertThat(p.coverage()).isNull());
    }

    @Test
    void coverageIsValidated() {
        DocumentationCoverage c = new DocumentationCoverage(41, 29, 5, 0);
        assertThat(c.eventsWithoutPassage()).isEqualTo(12);
        assertThat(c.tiesWithoutPassage()).isEqualTo(5);
        assertThat(c.eventShare()).isEqualTo(29 / 41.0);
        assertThat(new DocumentationCoverage(0, 0, 0, 0).eventShare()).isZero();
        assertThatThrownBy(() -> new DocumentationCoverage(3, 4, 0, 0)).hasMessageContaining("eventsWithPassage");
        assertThatThrownBy(() -> new DocumentationCoverage(3, 1, 1, 2)).hasMessageContaining("tiesWithPassage");
        assertThatThrownBy(() -> new Passage("s", "d", 4, 4, "", "c", new Link(Link.Kind.EVENT, "e")))
                .hasMessageContaining("[4, 4)");
    }
}
