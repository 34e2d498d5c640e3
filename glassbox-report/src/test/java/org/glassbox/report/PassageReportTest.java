package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.model.Segment;
import org.junit.jupiter.api.Test;

/** The report's data for verdict → event → passage (issue 14, item 3), without a browser. */
class PassageReportTest {

    private static JsonNode data(CodedSample s, Language lang) {
        return HtmlReport.data(ReportInput.of(s.kase, s.analysis), ReportOptions.defaults("test").withLanguage(lang),
                Messages.of(lang)).get("cases").get(0);
    }

    @Test
    void theDocumentsRunsRebuildItsTextAndEachRunNamesThePassagesCoveringIt() {
        CodedSample s = CodedSample.build();
        JsonNode doc = data(s, Language.EN).get("documents").get(0);
        StringBuilder text = new StringBuilder();
        int at = 0;
        List<Segment> segs = s.kase.coding().segments();
        for (JsonNode run : doc.get("runs")) {
            String piece = run.get(0).asText();
            int len = piece.codePointCount(0, piece.length());
            List<String> expected = new ArrayList<>();
            for (Segment g : segs) {
                if (g.start() <= at && g.end() >= at + len) {
                    expected.add(g.id());
                }
            }
            List<String> got = new ArrayList<>();
            run.get(1).forEach(k -> got.add(doc.get("segs").get(k.asInt()).get("id").asText()));
            assertThat(got).as("run at %d", at).containsExactlyElementsOf(expected);
            text.append(piece);
            at += len;
        }
        assertThat(text.toString()).isEqualTo(CodedSample.TEXT);
        assertThat(doc.get("segs")).hasSize(segs.size());
        assertThat(doc.get("segs").get(1).get("links").get(1).asText()).isEqualTo("tie:t8");
    }

    @Test
    void eventAndTieRowsListTheirPassagesAndTheChainCitesThem() {
        CodedSample s = CodedSample.build();
        JsonNode c = data(s, Language.EN);
        JsonNode row = null;
        for (JsonNode e : c.get("events")) {
            if (e.get("id").asText().equals(s.citedEvent)) {
                row = e;
            } else {
                assertThat(e.has("pas")).as(e.get("id").asText()).isFalse();
            }
        }
        assertThat(row).isNotNull();
        List<String> ids = new ArrayList<>();
        row.get("pas").forEach(p -> ids.add(p.get("s").asText()));
        assertThat(ids).containsExactly("g1", "g2", "g4");
        assertThat(row.get("pas").get(0).get("q").asText()).isEqualTo(CodedSample.SENTENCE);
        for (JsonNode t : c.get("ties")) {
            String id = t.get("id").asText();
            assertThat(t.has("pas")).as(id).isEqualTo(id.equals("t1") || id.equals("t8"));
        }
        boolean cited = false;
        for (JsonNode link : c.at("/analysis/verdict/chain")) {
            boolean citesEvent = false;
            for (JsonNode e : link.get("events")) {
                citesEvent |= e.asText().equals(s.citedEvent);
            }
            assertThat(link.has("passages")).isEqualTo(citesEvent || link.get("ties").toString().matches(".*\"t(1|8)\".*"));
            cited |= citesEvent;
        }
        assertThat(cited).isTrue();
        for (JsonNode p : c.at("/analysis/phases")) {
            assertThat(p.at("/coverage/events").asInt()).isEqualTo(p.get("events").asInt());
            assertThat(p.at("/coverage/sentence").asText()).contains(" have no coded passage");
        }
        assertThat(data(s, Language.ZH).at("/analysis/phases/0/coverage/sentence").asText()).contains("没有编码段落");
    }

    @Test
    void aCaseWithoutDocumentsHasNoneOfIt() {
        var kase = SampleCase.build();
        JsonNode c = HtmlReport.data(ReportInput.of(kase, org.glassbox.core.analysis.Glassbox.analyze(kase)),
                ReportOptions.defaults("test"), Messages.of(Language.EN)).get("cases").get(0);
        assertThat(c.has("documents")).isFalse();
        assertThat(c.findParents("pas")).isEmpty();
        assertThat(c.findParents("passages")).isEmpty();
        c.at("/analysis/phases").forEach(p -> assertThat(p.has("coverage")).isFalse());
    }

    @Test
    void aQuoteWithAScriptElementCannotCloseTheDataBlock() {
        CodedSample s = CodedSample.build();
        String html = HtmlReport.render(ReportInput.of(s.kase, s.analysis), ReportOptions.defaults("test"));
        assertThat(html).doesNotContain(CodedSample.HOSTILE).contains("\\u003cscript>window.__pwned=1\\u003c/script>");
        assertThat(html.split("</script>", -1)).hasSize(4);
    }
}
