package org.glassbox.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.junit.jupiter.api.Test;

/** The passages and coverage fields of glassbox.analysis/1 (issue 14, item 2). */
class AnalysisJsonPassagesTest {
    static final String TEXT = "省大数据发展管理局与企业签订合同。Second sentence about the command.";

    static Case coded() {
        Case c = AnalysisJsonTest.small();
        String q1 = "与企业签订合同";
        String q2 = "Second sentence about the command.";
        int s1 = TEXT.codePointCount(0, TEXT.indexOf(q1));
        int s2 = TEXT.codePointCount(0, TEXT.indexOf(q2));
        List<Segment> segs = List.of(
                new Segment("g1", "d1", s1, s1 + q1.codePointCount(0, q1.length()), q1, "ann",
                        List.of(new Link(Link.Kind.EVENT, "e2"), new Link(Link.Kind.TIE, "t2")), List.of(), null, Map.of()),
                new Segment("g2", "d1", s2, s2 + q2.length(), q2, "ann", List.of(new Link(Link.Kind.TIE, "t1")), List.of(), null, Map.of()));
        Document d = new Document("d1", "s1", "documents/d1.txt", null, "zh", false, TEXT, Map.of());
        return c.withCoding(Coding.of(List.of(new Coder("ann", "Ann")), List.of(), List.of(d), segs));
    }

    private static List<JsonNode> passages(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.has("passages")) {
            n.get("passages").forEach(out::add);
        }
        n.forEach(child -> collect(child, out));
    }

    @Test
    void evidenceCarriesItsPassagesWithOffsetsQuoteCoderAndTarget() throws Exception {
        Case c = coded();
        JsonNode j = AnalysisJsonTest.json(Glassbox.analyze(c));
        List<JsonNode> all = passages(j);
        assertThat(all).isNotEmpty();
        for (JsonNode p : all) {
            assertThat(p.fieldNames()).toIterable().containsExactly("segment", "document", "start", "end", "quote", "coder", "for");
            Segment s = c.coding().segments().stream().filter(x -> x.id().equals(p.get("segment").asText())).findFirst().orElseThrow();
            assertThat(p.get("quote").asText()).isEqualTo(c.coding().document("d1").slice(p.get("start").asInt(), p.get("end").asInt()));
            assertThat(s.links().stream().map(Link::toString)).contains(p.get("for").asText());
        }
        // each evidence's passages are exactly those of its events and ties
        for (JsonNode ev : j.findParents("claim")) {
            List<String> cited = new ArrayList<>();
            ev.get("events").forEach(e -> cited.add("event:" + e.asText()));
            ev.get("ties").forEach(t -> cited.add("tie:" + t.asText()));
            List<String> fors = new ArrayList<>();
            if (ev.has("passages")) {
                ev.get("passages").forEach(p -> fors.add(p.get("for").asText()));
            }
            List<String> expected = new ArrayList<>();
            for (String l : cited) {
                for (Segment s : c.coding().segmentsFor(Link.parse(l))) {
                    expected.add(l);
                }
            }
            assertThat(fors).as(ev.get("claim").asText()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void everyPeriodHasItsCoverageWhenTheCaseHasDocuments() throws Exception {
        JsonNode j = AnalysisJsonTest.json(Glassbox.analyze(coded()));
        int events = 0;
        int with = 0;
        for (JsonNode p : j.get("periods")) {
            JsonNode cov = p.get("coverage");
            assertThat(cov.get("events").asInt()).isEqualTo(p.get("events").asInt());
            events += cov.get("events").asInt();
            with += cov.get("eventsWithPassage").asInt();
            assertThat(cov.get("tiesWithPassage").asInt()).isLessThanOrEqualTo(cov.get("ties").asInt());
        }
        assertThat(events).isEqualTo(2);
        assertThat(with).isEqualTo(1);
        // t1 (command, undated) is valid in both years, t2 from 2021: each year has t1, 2021 has t2 too
        assertThat(j.at("/periods/0/coverage/tiesWithPassage").asInt()).isEqualTo(1);
        assertThat(j.at("/periods/1/coverage/tiesWithPassage").asInt()).isEqualTo(2);
        for (JsonNode p : j.get("phases")) {
            assertThat(p.has("coverage")).isTrue();
        }
    }

    @Test
    void aCaseWithoutCodingHasNeitherPassagesNorCoverage() throws Exception {
        CaseAnalysis a = Glassbox.analyze(AnalysisJsonTest.small());
        JsonNode j = AnalysisJsonTest.json(a);
        assertThat(j.findParents("passages")).isEmpty();
        // a period's coverage (the formalism diagnostics have a coverage of their own)
        for (String list : List.of("periods", "phases")) {
            j.get(list).forEach(p -> assertThat(p.has("coverage")).isFalse());
        }
    }
}
