package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.glassbox.report.browser.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --html}, {@code --lang} and {@code --export} on analyze, compare and demo. */
class ReportOutputTest {
    @TempDir
    Path tmp;

    @Test
    void analyzeWritesAChineseReportAndSaysWhere() throws Exception {
        Path html = tmp.resolve("a.html");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze",
                AnalyzeCommandTest.EXAMPLES.resolve("province-a").toString(), "--html", html.toString(), "--lang", "zh");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Report written to " + html.toAbsolutePath());
        String text = Files.readString(html);
        assertThat(text).startsWith("<!DOCTYPE html>").contains("lang=\"zh-CN\"").contains("A省");
    }

    @Test
    void withJsonOnStandardOutputTheReportMessageGoesToStandardError() throws Exception {
        Path html = tmp.resolve("a.html");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze",
                AnalyzeCommandTest.EXAMPLES.resolve("city-b").toString(), "--json", "-", "--html", html.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).startsWith("{").endsWith("}");
        assertThat(r.err()).contains("Report written to");
        assertThat(html).exists();
    }

    @Test
    void compareExportsNetworksMetricsAndOcel() throws Exception {
        Path dir = tmp.resolve("export");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("compare",
                AnalyzeCommandTest.EXAMPLES.resolve("province-a").toString(),
                AnalyzeCommandTest.EXAMPLES.resolve("city-b").toString(), "--export", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Exported");
        assertThat(dir.resolve("metrics.csv")).exists();
        assertThat(dir.resolve("province-a/events.jsonocel")).exists();
        try (Stream<Path> s = Files.list(dir.resolve("city-b/networks"))) {
            assertThat(s.map(p -> p.getFileName().toString())).contains("phase-p1.graphml", "phase-p1.gexf");
        }
    }

    @Test
    void processDfgDrawsTheLogAsAProcessMapPage() throws Exception {
        Path log = Path.of(System.getProperty("glassbox.shared", "../../shared"), "data", "process", "logs", "running-example.xes");
        Assumptions.assumeTrue(Files.isRegularFile(log), "shared log not found at " + log + "; skipping");
        Path html = tmp.resolve("dfg.html");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("process", "dfg", log.toString(), "--html", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Process map written to");
        String text = Files.readString(html);
        assertThat(text).contains("\"kind\":\"dfg\"").contains("register request");
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("analyze",
                AnalyzeCommandTest.EXAMPLES.resolve("province-a").toString(), "--html", tmp.resolve("x.html").toString(),
                "--lang", "fr");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--lang").contains("expected en or zh");
        assertThat(tmp.resolve("x.html")).doesNotExist();
    }

    @Test
    void demoReportOpensCleanlyInChromiumWithTheStudysVerdicts() throws Exception {
        Path html = tmp.resolve("report.html");
        AnalyzeCommandTest.Run r = AnalyzeCommandTest.run("demo", "--examples", AnalyzeCommandTest.EXAMPLES.toString(),
                "--html", html.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Report written to " + html.toAbsolutePath());
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "chromium not found at " + HeadlessChromium.DEFAULT_BINARY + "; skipping the browser check of the demo report");
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, "window.__glassbox && window.__glassbox.ready", Duration.ofSeconds(60));
            assertThat(b.consoleErrors()).isEmpty();
            assertThat(b.requests()).containsOnly(html.toAbsolutePath().toUri().toString());
            JsonNode g = b.evaluate("window.__glassbox");
            assertThat(g.path("cases")).hasSize(2);
            assertThat(g.path("cases").get(0).path("timelineMarks").asInt()).isEqualTo(91);
            assertThat(g.path("cases").get(0).path("verdictText").asText()).contains("administrative", "linear-functional", "de-embedded");
            assertThat(g.path("cases").get(1).path("verdictText").asText()).contains("market-based", "matrix", "inter-embedded");
            assertThat(g.path("comparison").path("differingRows").asInt()).isPositive();
            b.screenshot(Path.of("target", "report-demo-full.png"), 1400, 12_000);
            // the README's picture: the verdicts, the comparison folded, the timelines and networks
            b.evaluate("document.querySelectorAll('details.chainbox, details.diffbox, details.metricbox')"
                    + ".forEach(d => d.open = false); true");
            b.screenshot(Path.of("target", "report-demo.png"), 1280, 1500);
            assertThat(b.consoleErrors()).isEmpty();
        }
    }
}
