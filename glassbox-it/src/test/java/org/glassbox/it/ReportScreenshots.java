package org.glassbox.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.model.Case;
import org.glassbox.report.HtmlReport;
import org.glassbox.report.ReportInput;
import org.glassbox.report.ReportOptions;
import org.glassbox.report.browser.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates the screenshots of docs/img (the README's "What the report looks like"): a printed
 * page of Province A's report in English and in Chinese (the PDF of {@code --pdf}, page rendered by
 * PDFBox) and the organisation network of one phase of a generated 36-actor case (seed 12) in
 * headless Chromium. Not part of the suite; run it on purpose:
 * <pre>
 * mvn -B -pl glassbox-it -am verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ReportScreenshots -Dglassbox.screenshots=true
 * </pre>
 */
class ReportScreenshots {
    static final Path IMG = Path.of(System.getProperty("glassbox.img", "../docs/img")).toAbsolutePath().normalize();

    /** The generated case of the network screenshot (and of the report's readability test). */
    static Case thirtyActors() {
        return CaseGenerator.generate(CaseGenerator.Options.of(420, 36).withSeed(12).withYears(6));
    }

    @Test
    void regenerate(@TempDir Path tmp) throws Exception {
        assumeTrue(Boolean.getBoolean("glassbox.screenshots"), "run with -Dglassbox.screenshots=true to regenerate docs/img");
        assumeTrue(HeadlessChromium.available(), "assumption: Chromium is not installed at /usr/bin/chromium");
        Files.createDirectories(IMG);
        for (String lang : new String[] {"en", "zh"}) {
            Path pdf = tmp.resolve(lang + ".pdf");
            var r = PdfReportTest.run("analyze", PdfReportTest.EXAMPLES.resolve("province-a").toString(), "--lang", lang,
                    "--pdf", pdf.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            page(pdf, 0, IMG.resolve("report-print-" + lang + ".png"));
        }
        Case kase = thirtyActors();
        Path html = tmp.resolve("net.html");
        HtmlReport.write(ReportInput.of(kase, Glassbox.analyze(kase, AnalysisOptions.defaults())),
                ReportOptions.defaults("docs"), html);
        try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
            b.open(html, "window.__glassbox && window.__glassbox.ready", Duration.ofSeconds(60));
            b.screenshot(tmp.resolve("all.png"), 1000, 900); // lays the page out at 1000 px
            int top = b.evaluate("Math.round(document.getElementById('network').getBoundingClientRect().top + scrollY)").asInt();
            int height = b.evaluate("Math.round(document.getElementById('network').getBoundingClientRect().height)").asInt();
            Path png = IMG.resolve("report-network-36-actors.png");
            b.screenshot(png, 1000, top, Math.min(height, 900));
        }
        try (var s = Files.list(IMG)) {
            for (Path p : s.filter(x -> x.getFileName().toString().startsWith("report-")).toList()) {
                assertThat(Files.size(p)).as(p.toString()).isLessThan(300_000);
            }
        }
    }

    /** One page of the PDF as a PNG at 72 dpi (an A4 page is 595 × 842 pixels). */
    static void page(Path pdf, int index, Path png) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            BufferedImage img = new PDFRenderer(d).renderImageWithDPI(index, 80, ImageType.RGB);
            ImageIO.write(img, "png", png.toFile());
        }
    }
}
