package org.glassbox.report;

import java.nio.file.Path;
import java.time.Duration;
import org.glassbox.report.browser.HeadlessChromium;

/** Developer tool, not a test: {@code ReportLook FILE.html OUT_PREFIX [WIDTH]} saves the page in 1,200-pixel slices to look at. */
final class ReportLook {
    private ReportLook() {
    }

    public static void main(String[] args) throws Exception {
        int width = args.length > 2 ? Integer.parseInt(args[2]) : 1400;
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(Path.of(args[0]), "window.__glassbox && window.__glassbox.ready", Duration.ofSeconds(60));
            System.out.println("ready after " + b.evaluate("Math.round(performance.now())").asText() + " ms; "
                    + b.evaluate("JSON.stringify(window.__glassbox.timings)").asText());
            int h = b.evaluate("document.documentElement.scrollHeight").asInt();
            for (int top = 0, k = 0; top < h; top += 1200, k++) {
                b.screenshot(Path.of(args[1] + "-" + k + ".png"), width, top, Math.min(1200, h - top));
            }
            System.out.println("height " + h + "; errors " + b.consoleErrors() + "; requests " + b.requests());
        }
    }
}
