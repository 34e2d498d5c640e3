package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.glassbox.report.browser.HeadlessChromium;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The standalone QCA XY page: data embedded safely, and (when Chromium is there) every point drawn. */
class QcaXyPageTest {
    private static final Path OUT = Path.of("target", "qca-xy");

    static List<QcaXyPage.Plot> plots() {
        List<String> cases = List.of("a", "b", "c</script><script>alert(1)</script>");
        return List.of(
                new QcaXyPage.Plot("sufficiency", "A*B → Y", "A*B", "Y", cases, new double[] {0.2, 0.7, 0.9},
                        new double[] {0.3, 0.8, 0.6}, "inclS", 0.875, "covS", 0.722),
                new QcaXyPage.Plot("necessity", "A ← Y", "A", "Y", cases, new double[] {0.4, 0.9, 1.0},
                        new double[] {0.3, 0.8, 0.6}, "inclN", 1.0, "covN", Double.NaN));
    }

    @Test
    void embedsThePlotsAndEscapesCaseLabels() {
        String html = QcaXyPage.render(plots(), "QCA <test>", "test");
        assertThat(html).contains("<title>QCA &lt;test&gt;</title>")
                .contains("\"inclName\":\"inclS\",").contains("\"incl\":0.875").contains("\"cov\":null")
                .contains("\\u003c/script>").doesNotContain("c</script><script>alert");
        assertThat(html).contains("echarts");
    }

    @Test
    void refusesMismatchedLengthsAndUnknownRelations() {
        assertThatThrownBy(() -> new QcaXyPage.Plot("sufficiency", "t", "X", "Y", List.of("a"), new double[] {0.1, 0.2},
                new double[] {0.1}, "inclS", 1, "covS", 1)).hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new QcaXyPage.Plot("subset", "t", "X", "Y", List.of("a"), new double[] {0.1},
                new double[] {0.1}, "inclS", 1, "covS", 1)).hasMessageContaining("sufficiency or necessity");
    }

    @Test
    void chromiumDrawsEveryCaseOfEveryPlot() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.available(), "chromium not found at " + HeadlessChromium.DEFAULT_BINARY + "; skipping");
        Path html = OUT.resolve("xy.html");
        QcaXyPage.write(plots(), "QCA test", "test", html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, "window.__glassboxQca && window.__glassboxQca.ready", Duration.ofSeconds(60));
            assertThat(b.consoleErrors()).isEmpty();
            JsonNode drawn = b.evaluate("window.__glassboxQca.plots");
            assertThat(drawn.size()).isEqualTo(2);
            assertThat(drawn.get(0).path("points").asInt()).isEqualTo(3);
            assertThat(drawn.get(0).path("caption").asText()).contains("inclS 0.875").contains("covS 0.722");
            assertThat(drawn.get(1).path("caption").asText()).contains("inclN 1.000").contains("covN –");
            b.screenshot(OUT.resolve("xy.png"), 1000, 1200);
            assertThat(Files.size(OUT.resolve("xy.png"))).isGreaterThan(5_000);
        }
    }
}
