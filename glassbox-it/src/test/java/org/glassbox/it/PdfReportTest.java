package org.glassbox.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glassbox.cli.Main;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.io.Cases;
import org.glassbox.report.pdf.PdfPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The printed report ({@code --pdf}, issue 12 item 1): a real PDF through headless Chromium, read
 * back with PDFBox, names every event of the case by id and title (before the print stylesheet a
 * printed Province A named 37 of its 91), in English and in Chinese; in Chinese a {@code title_zh}
 * is printed where the case gives one (format 1.1). Without Chromium the command fails with exit 1
 * and names the Debian package. Skipped, saying so, only when {@code /usr/bin/chromium} is absent.
 */
class PdfReportTest {
    static final Path EXAMPLES = Path.of(System.getProperty("glassbox.examples", "../examples")).toAbsolutePath().normalize();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** Without whitespace, so a title wrapped over two lines of a table cell still matches. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    static void assumeChromium() {
        assumeTrue(Files.isExecutable(PdfPrinter.DEFAULT_CHROMIUM),
                "assumption: Chromium is not installed at /usr/bin/chromium (Debian package chromium); PDF tests skipped");
    }

    @Test
    void theEnglishPdfOfProvinceANamesEveryEventByIdAndTitle(@TempDir Path tmp) throws Exception {
        assumeChromium();
        Path pdf = tmp.resolve("a.pdf");
        Run r = run("analyze", EXAMPLES.resolve("province-a").toString(), "--pdf", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("PDF written to " + pdf);
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        String text = squeeze(text(pdf));
        Case kase = Cases.read(EXAMPLES.resolve("province-a"));
        EventStore ev = kase.events();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            String title = ev.attribute(EventStore.TITLE).text(i);
            if (!text.contains(squeeze(ev.id(i))) || !text.contains(squeeze(title))) {
                missing.add(ev.id(i) + " " + title);
            }
        }
        assertThat(missing).as("events the printed report does not name").isEmpty();
        for (int t = 0; t < kase.ties().size(); t++) {
            assertThat(text).contains(kase.ties().tie(t).id());
        }
        kase.sources().forEach(s -> assertThat(text).contains(squeeze(s.title())));
        // no temporary file or profile is left beside the PDF
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("a.pdf");
        }
    }

    @Test
    void theChinesePdfNamesEveryEventInChineseWhereTheCaseGivesATitleZh(@TempDir Path tmp) throws Exception {
        assumeChromium();
        // Province A with a Chinese title on every third event and Chinese phase names (format 1.1)
        Path kase = tmp.resolve("province-a");
        Files.createDirectories(kase);
        try (Stream<Path> s = Files.list(EXAMPLES.resolve("province-a"))) {
            for (Path f : s.toList()) {
                Files.copy(f, kase.resolve(f.getFileName()));
            }
        }
        List<String> lines = Files.readAllLines(kase.resolve("events.csv"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",title_zh");
        for (int k = 1; k < lines.size(); k++) {
            out.add(lines.get(k) + "," + (k % 3 == 0 ? "中文标题第" + k + "号" : ""));
        }
        Files.write(kase.resolve("events.csv"), out, StandardCharsets.UTF_8);
        String yaml = Files.readString(kase.resolve("case.yaml"), StandardCharsets.UTF_8)
                .replace("{id: p1, name: \"Exploration and platform cooperation\",",
                        "{id: p1, name: \"Exploration and platform cooperation\", name_zh: 探索与平台合作阶段,");
        Files.writeString(kase.resolve("case.yaml"), yaml, StandardCharsets.UTF_8);
        Path pdf = tmp.resolve("zh.pdf");
        Run r = run("analyze", kase.toString(), "--lang", "zh", "--pdf", pdf.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String text = squeeze(text(pdf));
        Case c = Cases.read(kase);
        EventStore ev = c.events();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < ev.size(); i++) {
            String zh = ev.attribute("title_zh").text(i);
            String title = zh != null && !zh.isBlank() ? zh : ev.attribute(EventStore.TITLE).text(i);
            if (!text.contains(squeeze(ev.id(i))) || !text.contains(squeeze(title))) {
                missing.add(ev.id(i) + " " + title);
            }
        }
        assertThat(missing).as("events the printed Chinese report does not name").isEmpty();
        assertThat(text).contains("探索与平台合作阶段");
        // an event with a Chinese title is not also printed with its English one
        assertThat(text).doesNotContain(squeeze(ev.attribute(EventStore.TITLE).text(2)));
        assertThat(text).doesNotContain("structure.matrix.dual_authority_min");
    }

    @Test
    void withoutChromiumThePdfIsABadInputNamingTheDebianPackage(@TempDir Path tmp) {
        String before = System.getProperty(PdfPrinter.BINARY_PROPERTY);
        System.setProperty(PdfPrinter.BINARY_PROPERTY, tmp.resolve("no-chromium").toString());
        try {
            Path pdf = tmp.resolve("a.pdf");
            Run r = run("analyze", EXAMPLES.resolve("province-a").toString(), "--pdf", pdf.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("Debian package chromium").contains(pdf.toString());
            assertThat(pdf).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty(PdfPrinter.BINARY_PROPERTY);
            } else {
                System.setProperty(PdfPrinter.BINARY_PROPERTY, before);
            }
        }
    }
}
