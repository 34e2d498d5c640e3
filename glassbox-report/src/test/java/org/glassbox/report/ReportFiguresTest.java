package org.glassbox.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.glassbox.io.json.AnalysisJson;
import org.glassbox.report.figure.Figures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --export DIR/charts}: every chart as SVG (well-formed XML) and PNG (300 dpi), with the analysis's numbers. */
class ReportFiguresTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    @TempDir
    static Path tmp;
    static Case kase;
    static CaseAnalysis analysis;
    static List<Path> files;

    @BeforeAll
    static void write() throws Exception {
        kase = Cases.read(EXAMPLES.resolve("province-a"));
        analysis = Glassbox.analyze(kase, AnalysisOptions.defaults());
        files = ReportFigures.write(ReportInput.of(kase, analysis), ReportOptions.defaults("test"), tmp.resolve("charts"));
    }

    static Document xml(Path p) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
    }

    @Test
    void everyChartOfTheReportIsAnSvgAndA300DpiPng() throws Exception {
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Files.list(tmp.resolve("charts"))) {
            s.map(p -> p.getFileName().toString()).forEach(names::add);
        }
        String id = kase.id();
        assertThat(names).contains(id + "-timeline.svg", id + "-timeline.png", id + "-mechanism-mix.svg", id + "-embedding.png",
                id + "-process-map.svg");
        for (var p : analysis.phases()) {
            assertThat(names).contains(id + "-network-" + p.period().id() + ".svg");
        }
        long svgs = names.stream().filter(n -> n.endsWith(".svg")).count();
        assertThat(names.stream().filter(n -> n.endsWith(".png")).count()).isEqualTo(svgs);
        for (Path f : files) {
            if (f.toString().endsWith(".svg")) {
                Document d = xml(f);
                assertThat(d.getDocumentElement().getTagName()).isEqualTo("svg");
                assertThat(d.getDocumentElement().getAttribute("width")).isEqualTo("160mm");
            } else {
                BufferedImage img = ImageIO.read(f.toFile());
                assertThat(img.getWidth()).as(f.toString()).isEqualTo(Figures.pixelWidth()).isEqualTo(1890);
                assertThat(pixelsPerMetre(f)).isEqualTo(11811L); // 300 dpi = 300 / 0.0254 m
                assertThat(img.getWidth() / (Figures.PRINT_WIDTH_MM / 25.4)).isCloseTo(300, org.assertj.core.data.Offset.offset(0.5));
            }
        }
    }

    static long pixelsPerMetre(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            IIOMetadata md = r.getImageMetadata(0);
            org.w3c.dom.Node root = md.getAsTree("javax_imageio_png_1.0");
            for (org.w3c.dom.Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeName().equals("pHYs")) {
                    Element e = (Element) n;
                    assertThat(e.getAttribute("unitSpecifier")).isEqualTo("meter");
                    assertThat(e.getAttribute("pixelsPerUnitYAxis")).isEqualTo(e.getAttribute("pixelsPerUnitXAxis"));
                    return Long.parseLong(e.getAttribute("pixelsPerUnitXAxis"));
                }
            }
        }
        throw new AssertionError("no pHYs chunk in " + png);
    }

    @Test
    void theEmbeddingFigureDrawsTheAnalysisJsonsValues() throws Exception {
        JsonNode json = AnalysisJson.tree(analysis);
        Document d = xml(tmp.resolve("charts/" + kase.id() + "-embedding.svg"));
        Map<String, String> drawn = new HashMap<>();
        NodeList marks = d.getElementsByTagName("circle");
        for (int i = 0; i < marks.getLength(); i++) {
            Element e = (Element) marks.item(i);
            if (e.hasAttribute("data-series")) {
                drawn.put(e.getAttribute("data-series") + "@" + e.getAttribute("data-x"), e.getAttribute("data-value"));
            }
        }
        int checked = 0;
        for (JsonNode p : json.get("phases")) {
            for (String m : List.of("index", "reciprocity", "coDecision", "multiplexity", "contractStrength")) {
                String key = m + "@" + p.get("id").asText();
                assertThat(drawn).containsKey(key);
                assertThat(Double.parseDouble(drawn.get(key))).as(key).isEqualTo(p.get("embedding").get(m).asDouble());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(5 * analysis.phases().size()).isPositive();
    }

    @Test
    void theMechanismMixFigureDrawsEachYearsCounts() throws Exception {
        JsonNode json = AnalysisJson.tree(analysis);
        Document d = xml(tmp.resolve("charts/" + kase.id() + "-mechanism-mix.svg"));
        Map<String, String> drawn = new HashMap<>();
        NodeList marks = d.getElementsByTagName("rect");
        for (int i = 0; i < marks.getLength(); i++) {
            Element e = (Element) marks.item(i);
            if (e.hasAttribute("data-series")) {
                drawn.put(e.getAttribute("data-series") + "@" + e.getAttribute("data-x"), e.getAttribute("data-value"));
            }
        }
        assertThat(json.get("periods").size()).isPositive();
        for (JsonNode y : json.get("periods")) {
            for (String m : List.of("administrative", "market", "collaborative")) {
                assertThat(drawn.get(m + "@" + y.get("name").asText())).as(m + " " + y.get("id"))
                        .isEqualTo(y.get("mechanism").get(m).asText());
            }
        }
    }

    @Test
    void theTimelineDrawsEveryEventOfTheCase() throws Exception {
        Document d = xml(tmp.resolve("charts/" + kase.id() + "-timeline.svg"));
        NodeList marks = d.getElementsByTagName("circle");
        int events = 0;
        for (int i = 0; i < marks.getLength(); i++) {
            if (((Element) marks.item(i)).hasAttribute("data-series")) {
                events++;
            }
        }
        assertThat(events).isEqualTo(kase.events().size());
    }

    @Test
    void chineseTextRendersWithACjkFontInThePng() throws Exception {
        Path dir = tmp.resolve("zh");
        ReportFigures.write(ReportInput.of(kase, analysis), ReportOptions.defaults("test").withLanguage(Language.ZH), dir);
        String svg = Files.readString(dir.resolve(kase.id() + "-mechanism-mix.svg"));
        assertThat(svg).contains("行政");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.Arrays.asList(java.awt.GraphicsEnvironment
                .getLocalGraphicsEnvironment().getAvailableFontFamilyNames()).contains("Noto Sans CJK SC"),
                "Noto Sans CJK SC not installed (Debian: fonts-noto-cjk); skipping the glyph check");
        assertThat(new java.awt.Font("Noto Sans CJK SC", java.awt.Font.PLAIN, 10).canDisplayUpTo("行政机制")).isEqualTo(-1);
    }
}
