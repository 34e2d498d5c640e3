package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glassbox.core.model.Case;
import org.glassbox.report.browser.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Every chart of the page can be saved as SVG (ECharts' SVG renderer) and as PNG at 300 dpi of a 160 mm column. */
class ChartSaveBrowserTest {
    private static final Path OUT = Path.of("target", "report-browser");

    @Test
    void everyChartSavesAsSvgAndAs300DpiPng() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium not found at " + HeadlessChromium.DEFAULT_BINARY
                + "; skipping (apt-get install chromium)");
        Case kase = SampleCase.build();
        Path html = OUT.resolve("chart-save.html");
        HtmlReport.write(ReportInput.of(kase, SampleAnalysis.of(kase)), ReportOptions.defaults("test"), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, "window.__glassbox && window.__glassbox.ready", Duration.ofSeconds(60));
            int charts = b.evaluate("window.__glassbox.charts").asInt();
            assertThat(charts).isPositive();
            assertThat(b.evaluate("document.querySelectorAll('.chartsave button').length").asInt()).isEqualTo(2 * charts);
            for (int k = 0; k < charts; k++) {
                JsonNode svg = b.evaluate("window.__glassbox.exportChart(" + k + ", 'svg')");
                assertThat(svg.get("name").asText()).endsWith(".svg");
                var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new InputSource(new StringReader(svg.get("svg").asText())));
                assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            }
            JsonNode png = b.evaluate("window.__glassbox.exportChart(0, 'png')");
            String url = png.get("url").asText();
            assertThat(url).startsWith("data:image/png;base64,");
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
            // 160 mm at 300 dpi = 1890 pixels, whatever the chart's width on screen
            assertThat(img.getWidth()).isBetween(1889, 1891);
        }
    }
}
