package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;
import org.glassbox.report.browser.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Readability in a real browser (issue 12 items 1 and 6): a phase of 30 and more actors labels only
 * its busiest, verdict cards and Chinese table headers do not break words or characters apart, the
 * comparison highlights only the metrics that differ beyond its stated tolerance, and the print mode
 * the PDF uses unfolds everything and draws every phase. Skips when /usr/bin/chromium is absent.
 */
class ReportReadabilityBrowserTest {
    private static final Path OUT = Path.of("target", "report-browser");
    private static final String READY = "window.__glassbox && window.__glassbox.ready";

    @BeforeEach
    void needChromium() {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "assumption: chromium not found at " + HeadlessChromium.DEFAULT_BINARY + "; skipping the browser tests");
    }

    static Case generated(long seed) {
        return CaseGenerator.generate(CaseGenerator.Options.of(420, 36).withSeed(seed).withYears(6));
    }

    @Test
    void aPhaseOfThirtyActorsLabelsOnlyItsBusiestAndPrintingDrawsEveryPhase() throws Exception {
        Case kase = generated(12);
        Path html = OUT.resolve("thirty-actors.html");
        HtmlReport.write(ReportInput.of(kase, Glassbox.analyze(kase, AnalysisOptions.defaults())),
                ReportOptions.defaults("test"), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, READY, Duration.ofSeconds(60));
            HtmlReportBrowserTest.assertClean(b, html);
            JsonNode c = b.evaluate("window.__glassbox.cases[0]");
            assertThat(c.path("networkNodes").asInt()).isGreaterThanOrEqualTo(30);
            assertThat(c.path("networkLabels").asInt()).isBetween(1, 12);
            assertThat(c.path("networkLayout").asText()).isEqualTo("circular");
            // the print mode (…#print, as --pdf opens it): every phase drawn, every folded part open
            b.evaluate("location.hash = 'print'; location.reload(); true");
            awaitPrint(b);
            JsonNode p = b.evaluate("window.__glassbox.cases[0]");
            int phases = b.evaluate("document.querySelectorAll('.netprint').length").asInt();
            assertThat(p.path("networkCharts").asInt()).isEqualTo(phases).isEqualTo(kase.info().phases().isEmpty()
                    ? p.path("networkCharts").asInt() : kase.info().phases().size());
            assertThat(phases).isGreaterThan(1);
            assertThat(b.evaluate("Array.from(document.querySelectorAll('details')).every(d => d.open)").asBoolean()).isTrue();
            assertThat(b.evaluate("document.body.classList.contains('print')").asBoolean()).isTrue();
        }
    }

    private static void awaitPrint(HeadlessChromium b) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (b.evaluate("Boolean(window.__glassbox && window.__glassbox.ready && window.__glassbox.print)").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                // the page is being replaced
            }
            Thread.sleep(150);
        }
        throw new AssertionError("the page did not get ready in print mode");
    }

    @Test
    void chineseCardsAndHeadersKeepWordsWhole() throws Exception {
        Case kase = SampleCase.build();
        Path html = OUT.resolve("sample-zh-words.html");
        HtmlReport.write(ReportInput.of(kase, SampleAnalysis.of(kase)),
                ReportOptions.defaults("test").withLanguage(Language.ZH), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, READY, Duration.ofSeconds(60));
            assertThat(b.evaluate("getComputedStyle(document.querySelector('.verdict .v')).wordBreak").asText()).isEqualTo("keep-all");
            assertThat(b.evaluate("getComputedStyle(document.querySelector('.verdict .s')).hyphens").asText()).isEqualTo("manual");
            assertThat(b.evaluate("getComputedStyle(document.querySelector('.verdict .s')).overflowWrap").asText()).isNotEqualTo("anywhere");
            // every header of the events table on one line: as tall as one line of its text
            JsonNode h = b.evaluate("Array.from(document.querySelectorAll('table.events th')).map(t => "
                    + "[getComputedStyle(t).whiteSpace, t.getBoundingClientRect().height])");
            assertThat(h.size()).isGreaterThanOrEqualTo(10);
            double first = h.get(0).get(1).asDouble();
            for (JsonNode x : h) {
                assertThat(x.get(0).asText()).isEqualTo("nowrap");
                assertThat(x.get(1).asDouble()).isLessThanOrEqualTo(first + 1);
            }
        }
    }

    @Test
    void theComparisonHighlightsOnlyDifferencesBeyondItsStatedTolerance() throws Exception {
        Case x = generated(12);
        Case y = generated(13);
        List<CaseAnalysis> as = List.of(Glassbox.analyze(x, AnalysisOptions.defaults()), Glassbox.analyze(y, AnalysisOptions.defaults()));
        Comparison cmp = Glassbox.compare(as);
        ReportInput in = ReportInput.of(List.of(x, y), cmp);
        Path html = OUT.resolve("compare-tolerance.html");
        HtmlReport.write(in, ReportOptions.defaults("test"), html);
        JsonNode d = HtmlReport.data(in, ReportOptions.defaults("test"), Messages.of(Language.EN));
        // the rows beyond the tolerance, counted here from the embedded data
        Map<String, JsonNode[]> rows = new HashMap<>();
        for (int k = 0; k < 2; k++) {
            for (JsonNode r : d.path("cases").get(k).path("analysis").path("metrics")) {
                rows.computeIfAbsent(r.path("key").asText(), z -> new JsonNode[2])[k] = r;
            }
        }
        int beyond = 0;
        int plainDifferent = 0;
        for (JsonNode[] r : rows.values()) {
            if (r[0] == null || r[1] == null) {
                beyond++;
                continue;
            }
            if (!r[0].path("value").asText().equals(r[1].path("value").asText())) {
                plainDifferent++;
            }
            if (r[0].has("num") && r[1].has("num")) {
                double a = r[0].path("num").asDouble();
                double b2 = r[1].path("num").asDouble();
                if (Math.abs(a - b2) > 0.05 * Math.max(1, Math.max(Math.abs(a), Math.abs(b2))) + 1e-12) {
                    beyond++;
                }
            } else if (!r[0].path("value").asText().equals(r[1].path("value").asText())) {
                beyond++;
            }
        }
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, READY, Duration.ofSeconds(60));
            JsonNode g = b.evaluate("window.__glassbox.comparison");
            assertThat(g.path("metricRows").asInt()).isEqualTo(rows.size());
            assertThat(g.path("differingRows").asInt()).isEqualTo(beyond).isLessThan(plainDifferent);
            assertThat(b.evaluate("document.getElementById('comparison').innerText").asText()).contains("more than 0.05");
        }
    }
}
