package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.TieTable;
import org.glassbox.report.browser.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens the report in Debian's headless Chromium as a person would, per language: no console
 * errors, no network request but the file itself, the charts drew what the data holds, and a
 * screenshot under target/. Skips when /usr/bin/chromium is absent.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target", "report-browser");
    private static final String READY = "window.__glassbox && window.__glassbox.ready";

    @BeforeEach
    void needChromium() {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "chromium not found at " + HeadlessChromium.DEFAULT_BINARY + "; skipping the browser tests "
                        + "(apt-get install chromium fonts-noto-cjk)");
    }

    @Test
    void englishReportRendersEveryEventAndTheLastPhasesNetwork() throws Exception {
        Case kase = SampleCase.build();
        Path html = OUT.resolve("sample-en.html");
        HtmlReport.write(ReportInput.of(kase, SampleAnalysis.of(kase)), ReportOptions.defaults("test"), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, READY, Duration.ofSeconds(60));
            assertClean(b, html);
            JsonNode c = b.evaluate("window.__glassbox.cases[0]");
            assertThat(c.path("timelineMarks").asInt()).isEqualTo(kase.events().size());
            assertThat(c.path("networkNodes").asInt()).isEqualTo(activeActors(kase, lastPhase(kase)));
            assertThat(c.path("verdictText").asText()).contains("market-based").contains("matrix");
            assertThat(b.evaluate("document.body.innerText").asText())
                    .contains("Timeline", "Organisation network by phase", "Process map of event categories");
            b.screenshot(OUT.resolve("sample-en.png"), 1400, 5000);
            assertThat(Files.size(OUT.resolve("sample-en.png"))).isGreaterThan(10_000);
        }
    }

    @Test
    void chineseReportShowsChineseLabelsAndChineseDataText() throws Exception {
        Case kase = SampleCase.build();
        Path html = OUT.resolve("sample-zh.html");
        HtmlReport.write(ReportInput.of(kase, SampleAnalysis.of(kase)),
                ReportOptions.defaults("test").withLanguage(Language.ZH), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, READY, Duration.ofSeconds(60));
            assertClean(b, html);
            JsonNode c = b.evaluate("window.__glassbox.cases[0]");
            assertThat(c.path("timelineMarks").asInt()).isEqualTo(kase.events().size());
            assertThat(c.path("networkNodes").asInt()).isEqualTo(activeActors(kase, lastPhase(kase)));
            assertThat(c.path("verdictText").asText()).contains("市场主导型").contains("矩阵制");
            String text = b.evaluate("document.body.innerText").asText();
            assertThat(text).contains("时间线", "分阶段组织网络", "事件类别过程图", "数字形式主义诊断");
            assertThat(text).contains("卫生健康局", "“一窗通办”平台上线"); // Chinese data text
            assertThat(text).doesNotContain("Health Bureau");               // name_zh replaces the name
            b.screenshot(OUT.resolve("sample-zh.png"), 1400, 5000);
            assertThat(Files.size(OUT.resolve("sample-zh.png"))).isGreaterThan(10_000);
        }
    }

    @Test
    void steppingThroughPhasesShowsEachPhasesActiveActors() throws Exception {
        Case kase = SampleCase.build();
        Path html = OUT.resolve("sample-steps.html");
        HtmlReport.write(ReportInput.of(kase), ReportOptions.defaults("test"), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, READY, Duration.ofSeconds(60));
            List<Phase> phases = kase.info().phases();
            for (int k = 0; k < phases.size(); k++) {
                b.evaluate("document.querySelectorAll('#network .controls button')[" + (k + 1) + "].click()");
                JsonNode c = b.evaluate("window.__glassbox.cases[0]");
                assertThat(c.path("networkPhase").asInt()).isEqualTo(k);
                assertThat(c.path("networkNodes").asInt()).as("phase " + phases.get(k).id())
                        .isEqualTo(activeActors(kase, phases.get(k)));
            }
            assertClean(b, html);
        }
    }

    @Test
    void processMapPageDrawsEveryActivityAndTheFrequentPairs() throws Exception {
        var edges = new java.util.ArrayList<org.glassbox.core.process.DfgEdge>();
        String[] acts = {"register", "check", "decide", "pay", "notify"};
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (String a : acts) {
            counts.put(a, 10L);
        }
        edges.add(new org.glassbox.core.process.DfgEdge("register", "check", 10, null));
        edges.add(new org.glassbox.core.process.DfgEdge("check", "check", 3, null));
        edges.add(new org.glassbox.core.process.DfgEdge("check", "decide", 9, null));
        edges.add(new org.glassbox.core.process.DfgEdge("decide", "check", 2, null));
        edges.add(new org.glassbox.core.process.DfgEdge("decide", "pay", 7, null));
        edges.add(new org.glassbox.core.process.DfgEdge("pay", "notify", 7, null));
        var dfg = new org.glassbox.core.process.DirectlyFollowsGraph(counts, edges, java.util.Map.of("register", 10L),
                java.util.Map.of("notify", 7L, "decide", 3L), 10, 50);
        Path html = OUT.resolve("dfg-zh.html");
        HtmlReport.writeProcessMap(java.util.Map.of("许可审批日志", dfg),
                ReportOptions.defaults("test").withLanguage(Language.ZH), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, READY, Duration.ofSeconds(60));
            assertClean(b, html);
            JsonNode log = b.evaluate("window.__glassbox.logs[0]");
            assertThat(log.path("dfgNodes").asInt()).isEqualTo(acts.length);
            assertThat(log.path("dfgEdges").asInt()).isEqualTo(5); // every pair but the repeat, drawn as ↻
            assertThat(b.evaluate("document.body.innerText").asText()).contains("过程图：许可审批日志", "直接跟随");
            b.screenshot(OUT.resolve("dfg-zh.png"), 1200, 1200);
        }
    }

    static void assertClean(HeadlessChromium b, Path html) {
        assertThat(b.consoleErrors()).as("console errors").isEmpty();
        String self = html.toAbsolutePath().toUri().toString();
        assertThat(b.requests()).as("network requests").allSatisfy(u -> assertThat(u.equals(self)
                || u.startsWith("data:")).as(u).isTrue());
        assertThat(b.requests()).contains(self);
    }

    static Phase lastPhase(Case kase) {
        return kase.info().phases().get(kase.info().phases().size() - 1);
    }

    /** Actors in an event of the phase or at an end of a tie valid in it, counted straight from the case. */
    static int activeActors(Case kase, Phase p) {
        BitSet active = new BitSet();
        long from = p.startMillis();
        long to = p.endMillisExclusive();
        EventStore ev = kase.events();
        for (int i = 0; i < ev.size(); i++) {
            if (ev.time(i) >= from && ev.time(i) < to) {
                for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                    active.set(ev.actorAt(k));
                }
            }
        }
        TieTable tt = kase.ties();
        for (int t = 0; t < tt.size(); t++) {
            if (tt.startMillis(t) < to && tt.endMillisExclusive(t) > from) {
                active.set(tt.from(t));
                active.set(tt.to(t));
            }
        }
        return active.cardinality();
    }
}
