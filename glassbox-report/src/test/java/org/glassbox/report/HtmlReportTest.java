package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Role;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"glassbox-data\">(.*?)</script>", Pattern.DOTALL);

    static JsonNode embedded(String html) throws Exception {
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).as("data blob present").isTrue();
        return JSON.readTree(m.group(1));
    }

    @Test
    void theReportIsOneSelfContainedFileWithTheChartLibraryInlined() {
        String html = HtmlReport.render(ReportInput.of(SampleCase.build()), ReportOptions.defaults("t"));
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("<script src", "<link ", "@import", "@font-face", "{{");
        assertThat(html).contains("echarts").contains("window.__glassbox");
        assertThat(html).contains("default-src 'none'"); // the page may not fetch anything
        assertThat(html.length()).isBetween(1_000_000, 3_000_000);
    }

    @Test
    void theDataHoldsEveryEventInTimeOrderWithItsLaneAndEveryPhasesNetwork() throws Exception {
        Case kase = SampleCase.build();
        JsonNode d = embedded(HtmlReport.render(ReportInput.of(kase), ReportOptions.defaults("t")));
        JsonNode c = d.path("cases").get(0);
        assertThat(c.path("events")).hasSize(kase.events().size());
        long last = Long.MIN_VALUE;
        for (JsonNode e : c.path("events")) {
            assertThat(e.path("t").asLong()).isGreaterThanOrEqualTo(last);
            last = e.path("t").asLong();
            assertThat(e.path("lane").asInt()).isBetween(0, c.path("lanes").size() - 1);
        }
        assertThat(c.path("periods")).hasSize(2);
        assertThat(c.path("networks").get(1).path("nodes")).hasSize(10);
        assertThat(c.path("networks").get(1).path("dual")).hasSize(3);
        assertThat(c.path("boundaries")).hasSize(1);
        assertThat(c.path("analysis").isNull()).isTrue();
        assertThat(d.path("title").asText()).isEqualTo("Glassbox report: Demo County");
    }

    @Test
    void chineseReportUsesChineseNamesWhereGivenAndChineseLabels() throws Exception {
        Case kase = SampleCase.build();
        JsonNode d = embedded(HtmlReport.render(ReportInput.of(kase, SampleAnalysis.of(kase)),
                ReportOptions.defaults("t").withLanguage(Language.ZH)));
        JsonNode c = d.path("cases").get(0);
        assertThat(c.path("name").asText()).isEqualTo("示范县");
        assertThat(c.path("actors").get(kase.actorCode("hea")).path("name").asText()).isEqualTo("卫生健康局");
        assertThat(c.path("actors").get(kase.actorCode("uni")).path("name").asText()).isEqualTo("Provincial University");
        assertThat(c.path("actors").get(kase.actorCode("hea")).path("sectorL").asText()).isEqualTo("政府");
        assertThat(c.path("analysis").path("verdict").path("modelL").asText()).isEqualTo("市场主导型");
        // no English claim leaks into the Chinese evidence chain
        for (JsonNode link : c.path("analysis").path("verdict").path("chain")) {
            assertThat(link.path("sentence").asText()).doesNotContainPattern("[a-z]{4,} [a-z]{4,}");
        }
        assertThat(d.path("labels").path("section.timeline").asText()).isEqualTo("时间线");
    }

    @Test
    void aDiagnosticThatCannotBeAssessedShowsNoScoreItsCoverageAndEveryExemptionWithItsReason() throws Exception {
        Case kase = SampleCase.build();
        for (Language lang : Language.values()) {
            JsonNode d = embedded(HtmlReport.render(ReportInput.of(kase, SampleAnalysis.of(kase)),
                    ReportOptions.defaults("t").withLanguage(lang)));
            JsonNode a = d.path("cases").get(0).path("analysis");
            JsonNode pp = a.path("formalism").get(1);
            boolean zh = lang == Language.ZH;
            assertThat(pp.path("id").asText()).isEqualTo("platform-proliferation");
            assertThat(pp.path("score").isNull()).isTrue();
            assertThat(pp.path("statusL").asText()).isEqualTo(zh ? "无法评估" : "not assessable");
            assertThat(pp.path("coverage").asText()).isEqualTo(zh ? "判断了 2 个平台中的 0 个，1 个豁免，1 个编码不足、未判断。"
                    : "Judged 0 of 2 platforms, 1 exempt, 1 not judged (not coded enough).");
            assertThat(pp.path("exemptions").get(0).path("reason").asText()).isEqualTo("a pilot closed by plan");
            assertThat(a.path("formalism").get(0).path("coverage").asText()).isEqualTo(zh ? "判断了 1 个引入中的 1 个。" : "Judged 1 of 1 adoptions.");
            JsonNode ex = a.path("exemptions").get(0);
            assertThat(ex.path("event").asText()).isEqualTo("e03");
            assertThat(ex.path("diagnosticL").asText()).isEqualTo(zh ? "平台泛滥" : "Platform proliferation");
            assertThat(a.path("metrics").findValues("value").stream().map(JsonNode::asText))
                    .contains(zh ? "– (无法评估)" : "– (not assessable)");
        }
    }

    @Test
    void textFromTheDataCannotCloseTheScriptElement() throws Exception {
        List<Actor> actors = List.of(new Actor("a", "</script><script>alert(1)</script>", "government"));
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        b.add("e1", "plan", PartialDate.parse("2020"));
        b.actor("a", Role.INITIATOR).attribute(EventStore.TITLE, "<!-- x --> </SCRIPT> \u2028 & \"quoted\"");
        Case kase = Case.of(new CaseInfo("x", "X <b>"), actors, List.of(), b.build(), List.of(), List.of(),
                Codebook.defaults());
        String html = HtmlReport.render(ReportInput.of(kase), ReportOptions.defaults("t"));
        JsonNode d = embedded(html);
        assertThat(d.path("cases").get(0).path("actors").get(0).path("name").asText())
                .isEqualTo("</script><script>alert(1)</script>");
        assertThat(d.path("cases").get(0).path("events").get(0).path("title").asText())
                .isEqualTo("<!-- x --> </SCRIPT> \u2028 & \"quoted\"");
        assertThat(html).contains("<title>Glassbox report: X &lt;b&gt;</title>");
        // exactly the three script elements of the template close
        assertThat(html.split("</script>", -1)).hasSize(4);
    }

    @Test
    void bothLanguagesDefineTheSameMessages() throws Exception {
        Properties en = new Properties();
        Properties zh = new Properties();
        try (var a = getClass().getResourceAsStream("/org/glassbox/report/messages.properties");
             var z = new java.io.InputStreamReader(getClass().getResourceAsStream("/org/glassbox/report/messages_zh.properties"),
                     java.nio.charset.StandardCharsets.UTF_8)) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(z);
        }
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(Messages.of(Language.ZH).get("lang")).isEqualTo("zh");
        assertThat(Messages.of(Language.EN).get("lang")).isEqualTo("en");
        assertThat(Messages.of(Language.ZH).get("section.network")).isEqualTo("分阶段组织网络");
    }

    @Test
    void everyLabelTheScriptAsksForIsInTheBundle() {
        String js = HtmlReport.resource("org/glassbox/report/report.js");
        Matcher m = Pattern.compile("\\b(?:t|fmt)\\('([a-zA-Z.]*[a-zA-Z])'[,)]").matcher(js);
        Messages en = Messages.of(Language.EN);
        int n = 0;
        while (m.find()) {
            n++;
            assertThat(en.has(m.group(1))).as(m.group(1)).isTrue();
        }
        assertThat(n).isGreaterThan(40);
    }

    @Test
    void largeCasesDrawAnEvenSampleOfEventsAndTheBusiestActors() throws Exception {
        int n = 400;
        List<Actor> actors = new java.util.ArrayList<>();
        for (int a = 0; a < n; a++) {
            actors.add(new Actor("a" + a, "Actor " + a, a % 2 == 0 ? "government" : "private-enterprise"));
        }
        EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
        for (int i = 0; i < 1000; i++) {
            b.add("e" + i, "meeting", PartialDate.ofDay(2010 + i / 100, 1 + (i % 12), 1));
            b.actor("a" + (i % n), Role.INITIATOR).actor("a" + ((i * 7) % 10), Role.TARGET);
        }
        Case kase = Case.of(new CaseInfo("big", "Big"), actors, List.of(), b.build(), List.of(), List.of(),
                Codebook.defaults());
        JsonNode c = embedded(HtmlReport.render(ReportInput.of(kase), ReportOptions.defaults("t").withMaxEvents(100)))
                .path("cases").get(0);
        assertThat(c.path("events")).hasSize(100);
        assertThat(c.path("eventsTotal").asInt()).isEqualTo(1000);
        // the sample spans the case: first and last year both present
        assertThat(c.path("events").get(0).path("d").asText()).startsWith("2010");
        assertThat(c.path("events").get(99).path("d").asText()).startsWith("2019");
        // one period per year; every year has all 400 actors? no: 100 events a year reach 100 initiators + 10 targets
        JsonNode net = c.path("networks").get(0);
        assertThat(net.path("active").asInt()).isEqualTo(100);
        assertThat(net.path("nodes")).hasSize(100);
        CaseInfo withPhase = new CaseInfo("big", "Big", null, null, null, null, null,
                List.of(new org.glassbox.core.model.Phase("all", "All", PartialDate.parse("2010"), PartialDate.parse("2019"))),
                null, Map.of());
        Case whole = Case.of(withPhase, actors, List.of(), kase.events(), List.of(), List.of(), Codebook.defaults());
        JsonNode all = embedded(HtmlReport.render(ReportInput.of(whole), ReportOptions.defaults("t")))
                .path("cases").get(0).path("networks").get(0);
        assertThat(all.path("active").asInt()).isEqualTo(n);
        assertThat(all.path("nodes")).hasSize(CaseData.MAX_NETWORK_NODES);
        // the ten busiest actors (every event targets one of a0..a9) are among those drawn
        List<Integer> drawn = new java.util.ArrayList<>();
        all.path("nodes").forEach(x -> drawn.add(x.asInt()));
        assertThat(drawn).contains(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        // lanes by actor: the 39 busiest initiators, then one lane for the rest
        JsonNode byActor = embedded(HtmlReport.render(ReportInput.of(kase),
                ReportOptions.defaults("t").withLanes(Lanes.ACTOR))).path("cases").get(0);
        assertThat(byActor.path("lanes")).hasSize(CaseData.MAX_LANES);
        assertThat(byActor.path("lanes").get(CaseData.MAX_LANES - 1).asText()).isEqualTo("(other actors)");
        assertThat(byActor.path("events")).hasSize(1000);
    }

    @Test
    void patternsFillNumberedArgumentsAndLeaveTheRest() {
        assertThat(Messages.fill("{0} of {1}, {x} {2}", "a", 3)).isEqualTo("a of 3, {x} {2}");
        assertThat(Messages.fill("it's {0}", "ok")).isEqualTo("it's ok");
    }

    @Test
    void languagesParseAndUnknownOnesAreRefusedByName() {
        assertThat(Language.parse("ZH")).isEqualTo(Language.ZH);
        assertThatThrownBy(() -> Language.parse("fr")).hasMessageContaining("expected en or zh");
    }

    @Test
    void aComparisonNeedsOneCasePerAnalysedCase() {
        Case kase = SampleCase.build();
        var comparison = new org.glassbox.core.analysis.Comparison(List.of(SampleAnalysis.of(kase)), List.of(), List.of());
        assertThatThrownBy(() -> ReportInput.of(List.of(kase, kase), comparison))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Map.of()).isEmpty();
    }
}
