package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.glassbox.report.browser.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verdict → event → sentence in two clicks, in Chromium as a reader would: a chain link's event id
 * jumps to the event's row, which lists its passages; a passage's quote jumps to its mark in the
 * document. A quote holding a {@code <script>} element is shown as text and never runs. Skips
 * when /usr/bin/chromium is absent.
 */
class PassageReportBrowserTest {
    private static final Path OUT = Path.of("target", "report-browser");
    private static final String READY = "window.__glassbox && window.__glassbox.ready";

    @BeforeEach
    void needChromium() {
        Assumptions.assumeTrue(HeadlessChromium.available(),
                "chromium not found at " + HeadlessChromium.DEFAULT_BINARY + "; skipping the browser tests");
    }

    private static String text(HeadlessChromium b, String js) throws Exception {
        JsonNode n = b.evaluate(js);
        return n == null || n.isNull() ? null : n.asText();
    }

    @Test
    void fromTheVerdictToTheEventToTheSentenceInTwoClicks() throws Exception {
        CodedSample s = CodedSample.build();
        for (Language lang : Language.values()) {
            Path html = OUT.resolve("passages-" + lang.code() + ".html");
            HtmlReport.write(ReportInput.of(s.kase, s.analysis), ReportOptions.defaults("test").withLanguage(lang), html);
            try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
                b.open(html, READY, Duration.ofSeconds(60));
                HtmlReportBrowserTest.assertClean(b, html);
                // click 1: the cited event's id in the evidence chain
                String link = "[...document.querySelectorAll('#verdict ol.chain a.ref')].find(a => a.textContent === '" + s.citedEvent + "')";
                assertThat(text(b, "String(!!(" + link + "))")).isEqualTo("true");
                b.evaluate("(" + link + ").click()");
                String rowId = text(b, "document.querySelector('tr.hl').id");
                assertThat(text(b, "document.querySelector('tr.hl td.id').textContent")).startsWith(s.citedEvent);
                String quotes = text(b, "document.querySelector('tr.hl td.passages').textContent");
                assertThat(quotes).contains(CodedSample.SENTENCE).contains(CodedSample.HOSTILE);
                // click 2: the first passage's quote in the row
                b.evaluate("document.querySelector('tr.hl td.passages a.quote').click()");
                assertThat(text(b, "document.querySelector('mark.hl').id")).isEqualTo("seg-c0-g1");
                assertThat(text(b, "document.querySelector('mark.hl').textContent")).isEqualTo("县政府与平台科技公司");
                assertThat(text(b, "document.getElementById('" + rowId + "').classList.contains('hl') ? 'still' : 'moved'"))
                        .isEqualTo("moved");
                // the overlapping passage g2 starts inside g1: its anchor is a mark of its own covered by both
                assertThat(text(b, "document.getElementById('seg-c0-g2').getAttribute('data-segs')")).isEqualTo("g1 g2");
                // the hostile quote is text: no script element was added, nothing ran
                assertThat(text(b, "String(document.querySelectorAll('script').length)")).isEqualTo("3");
                assertThat(text(b, "String(window.__pwned)")).isEqualTo("undefined");
                assertThat(text(b, "document.getElementById('seg-c0-g4').textContent")).isEqualTo(CodedSample.HOSTILE);
                JsonNode stats = b.evaluate("window.__glassbox.cases[0]");
                assertThat(stats.path("documents").asInt()).isEqualTo(1);
                assertThat(stats.path("passageAnchors").asInt()).isEqualTo(4);
                assertThat(stats.path("eventsWithPassage").asInt()).isEqualTo(1);
                String body = text(b, "document.body.innerText");
                if (lang == Language.ZH) {
                    assertThat(body).contains("来源文件与编码段落".substring(0, 4), "文献覆盖", "没有编码段落");
                } else {
                    assertThat(body).contains("Documents of", "Documentation:", "have no coded passage");
                }
                b.screenshot(OUT.resolve("passages-" + lang.code() + ".png"), 1400, 5000);
            }
        }
    }
}
