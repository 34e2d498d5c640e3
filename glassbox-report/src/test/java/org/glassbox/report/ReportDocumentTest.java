package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseObject;
import org.junit.jupiter.api.Test;

/**
 * The report as a document (issue 12 items 3, 4 and 7): the bibliography with what cites each
 * source, the case's extra columns kept, every event the evidence cites listed beside the drawn
 * sample of a large case, and each name in one language (the other as fallback).
 */
class ReportDocumentTest {

    static JsonNode caseData(Case kase, CaseAnalysis a, ReportOptions o) throws Exception {
        return HtmlReportTest.embedded(HtmlReport.render(ReportInput.of(kase, a), o)).path("cases").get(0);
    }

    @Test
    void theSourcesCarryTitleKindDateUrlQuoteAndWhatCitesThem() throws Exception {
        Case kase = SampleCase.build();
        JsonNode c = caseData(kase, null, ReportOptions.defaults("t"));
        JsonNode s1 = c.path("sources").path("s1");
        assertThat(s1.path("title").asText()).isEqualTo("County plan 2016");
        assertThat(s1.path("kind").asText()).isNotEmpty();
        assertThat(s1.path("date").asText()).isEqualTo("2016-02");
        assertThat(s1.path("quote").asText()).isEqualTo("build the county cloud by 2018");
        assertThat(s1.path("attrs").path("archive").asText()).isEqualTo("county records office");
        List<String> ev = new ArrayList<>();
        s1.path("events").forEach(x -> ev.add(x.asText()));
        assertThat(ev).containsExactly("e01", "e02");
        assertThat(s1.path("ties").get(0).asText()).isEqualTo("t1");
        assertThat(c.path("sources").path("s4").path("url").asText()).isEqualTo("https://example.org/notice");
        // the page's script draws the section and links the ids of the tables to it
        String js = HtmlReport.resource("org/glassbox/report/report.js");
        assertThat(js).contains("'section.sources'", "-src-");
    }

    @Test
    void extraColumnsOfEventsAndTiesAreKeptForTheTables() throws Exception {
        Case kase = SampleCase.build();
        JsonNode c = caseData(kase, null, ReportOptions.defaults("t"));
        List<String> cols = new ArrayList<>();
        c.path("eventCols").forEach(x -> cols.add(x.asText()));
        assertThat(cols).contains("confidence").doesNotContain("title", "title_zh", "source");
        int k = cols.indexOf("confidence");
        assertThat(c.path("events").get(0).path("x").get(k).asText()).isEqualTo("high");
        assertThat(c.path("tieCols").get(0).asText()).isEqualTo("coder");
        assertThat(c.path("ties").get(0).path("x").get(0).asText()).isEqualTo("lw");
    }

    @Test
    void eachNameIsInTheReportsLanguageWithTheOtherAsFallback() throws Exception {
        Case kase = SampleCase.build();
        CaseAnalysis a = SampleAnalysis.of(kase);
        JsonNode zh = caseData(kase, a, ReportOptions.defaults("t").withLanguage(Language.ZH));
        JsonNode en = caseData(kase, a, ReportOptions.defaults("t"));
        assertThat(title(zh, "e01")).isEqualTo("县电子政务规划（2016–2018）");
        assertThat(title(en, "e01")).isEqualTo("County e-government plan 2016–2018");
        assertThat(title(zh, "e02")).isEqualTo("Cloud procurement"); // no title_zh: the English one
        assertThat(title(en, "e04")).isEqualTo("健康码平台上线");         // only a Chinese title: kept
        assertThat(zh.path("periods").get(0).path("name").asText()).isEqualTo("合同建平台");
        assertThat(en.path("periods").get(0).path("name").asText()).isEqualTo("Platforms by contract");
        assertThat(zh.path("periods").get(1).path("name").asText()).isEqualTo("One window under a joint venture");
        // a boundary sentence names each phase once, in one language
        String boundary = zh.path("boundaries").get(0).path("text").asText();
        assertThat(boundary).contains("合同建平台").doesNotContain("Platforms by contract");
    }

    @Test
    void objectsAreNamedInTheReportsLanguageWithTheOtherAsFallback() throws Exception {
        Case kase = SampleCase.build().withObjects(List.of(
                new CaseObject("platform:health-app", "Health app", "健康码", "public", "hea", Map.of()),
                new CaseObject("platform:one-window", null, "一窗通办", "public", null, Map.of()),
                new CaseObject("project:cloud", "County cloud", null, "infrastructure", null, Map.of())));
        JsonNode zh = caseData(kase, null, ReportOptions.defaults("t").withLanguage(Language.ZH));
        JsonNode en = caseData(kase, null, ReportOptions.defaults("t"));
        assertThat(objects(zh, "e04")).containsExactly("健康码");
        assertThat(objects(en, "e04")).containsExactly("Health app");
        assertThat(objects(en, "e18")).containsExactly("一窗通办");     // no name: the Chinese one
        assertThat(objects(zh, "e01")).containsExactly("County cloud"); // no name_zh: the English one
        assertThat(objects(zh, "e06")).containsExactly("platform:edu-portal"); // not described: its id
    }

    private static List<String> objects(JsonNode c, String id) {
        for (JsonNode e : c.path("events")) {
            if (e.path("id").asText().equals(id)) {
                List<String> out = new ArrayList<>();
                e.path("obj").forEach(x -> out.add(x.asText()));
                return out;
            }
        }
        throw new AssertionError("no event " + id);
    }

    private static String title(JsonNode c, String id) {
        for (JsonNode e : c.path("events")) {
            if (e.path("id").asText().equals(id)) {
                return e.path("title").asText();
            }
        }
        throw new AssertionError("no event " + id);
    }

    @Test
    void aLargeReportListsEveryEventTheEvidenceCitesBesideTheSample() throws Exception {
        Case kase = CaseGenerator.generate(CaseGenerator.Options.of(3_000, 60).withSeed(5));
        CaseAnalysis a = Glassbox.analyze(kase, AnalysisOptions.defaults());
        JsonNode c = caseData(kase, a, ReportOptions.defaults("t").withMaxEvents(200));
        Set<String> listed = new HashSet<>();
        int cited = 0;
        for (JsonNode e : c.path("events")) {
            listed.add(e.path("id").asText());
            if (e.path("cited").asBoolean()) {
                cited++;
            }
        }
        Set<String> evidence = new HashSet<>();
        a.model().evidence().forEach(l -> evidence.addAll(l.evidence().eventIds()));
        evidence.addAll(a.trajectory().evidence().eventIds());
        a.formalism().diagnostics().forEach(d -> evidence.addAll(d.flagged()));
        assertThat(evidence).isNotEmpty();
        assertThat(listed).containsAll(evidence);
        assertThat(c.path("eventsShown").asInt()).isEqualTo(200);
        assertThat(cited).isPositive();
        assertThat(c.path("events").size()).isEqualTo(200 + cited);
        // in time order still
        long last = Long.MIN_VALUE;
        for (JsonNode e : c.path("events")) {
            assertThat(e.path("t").asLong()).isGreaterThanOrEqualTo(last);
            last = e.path("t").asLong();
        }
    }
}
