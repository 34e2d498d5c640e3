package org.glassbox.report.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Every chart of the report as files for a paper, drawn in Java from the data the report's page
 * draws (the JSON {@code HtmlReport} embeds), so a figure shows the same numbers as the page:
 * {@code NAME.svg} (SVG 1.1, sized in millimetres at the printed width, every data mark with
 * {@code data-*} attributes holding its value) and {@code NAME.png} (Java2D, antialiased,
 * {@value #DPI} dpi at the printed width {@value #PRINT_WIDTH_MM} mm, the resolution stated in the
 * PNG's {@code pHYs} chunk). Deterministic: no browser, no clock, the same data give the same bytes.
 *
 * <p>Text uses the first installed of {@value #FONT_FAMILIES} (Debian: {@code fonts-noto-cjk}), so
 * Chinese renders in the PNG; the SVG names those families and does not embed a font (a CJK font is
 * 15 MB or more), the viewer's or journal's font of that name renders it.
 *
 * <p>Per case ({@code CASE} its id): {@code CASE-timeline} (events by date and swimlane, coloured by
 * mechanism, phases shaded), {@code CASE-network-PERIOD} (the organisation network of each period,
 * nodes by sector on a circle, ties as lines), {@code CASE-mechanism-mix} (events per mechanism and
 * year, stacked bars), {@code CASE-embedding} (the embedding index and its components by phase),
 * {@code CASE-indicator-K} (each indicator over time, at most 8 as the page), {@code CASE-process-map}
 * (the directly-follows graph of event categories, layered by ELK).
 */
public final class Figures {
    /** The printed width of every figure: a text column of an A4 page. */
    public static final double PRINT_WIDTH_MM = 160;
    /** The resolution of the PNGs at that width. */
    public static final int DPI = 300;
    /** Chart units per inch (the SVG's view box: 160 mm = 800 units). */
    public static final double UNITS_PER_INCH = 800 / (PRINT_WIDTH_MM / 25.4);
    /** The font families, in order of preference. */
    public static final String FONT_FAMILIES = "Noto Sans CJK SC, Source Han Sans SC, Noto Sans SC, WenQuanYi Micro Hei, Microsoft YaHei, sans-serif";
    static final double WIDTH = 800;
    static final double HEIGHT = 450;

    private Figures() {
    }

    /** A chart: its file name (without extension), its title and what it draws. */
    record Chart(String name, String title, double height, Consumer<Canvas> draw) {
    }

    /** The PNG's pixel width: {@link #PRINT_WIDTH_MM} at {@link #DPI}. */
    public static int pixelWidth() {
        return (int) Math.round(PRINT_WIDTH_MM / 25.4 * DPI);
    }

    /** The charts of the report data (the JSON the report embeds), in the order the page shows them. */
    static List<Chart> charts(JsonNode data) {
        List<Chart> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode c : data.get("cases")) {
            for (Chart ch : ReportCharts.of(c, data.get("labels"))) {
                if (!names.add(ch.name())) {
                    throw new IllegalStateException("two charts named " + ch.name());
                }
                out.add(ch);
            }
        }
        return out;
    }

    /** Writes {@code NAME.svg} and {@code NAME.png} of every chart into {@code dir} (created when missing); returns the files. */
    public static List<Path> write(JsonNode reportData, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        String family = family();
        for (Chart ch : charts(reportData)) {
            SvgCanvas svg = new SvgCanvas(WIDTH, ch.height(), ch.title());
            ch.draw().accept(svg);
            Path s = dir.resolve(ch.name() + ".svg");
            Files.writeString(s, svg.document(), StandardCharsets.UTF_8);
            out.add(s);
            RasterCanvas png = new RasterCanvas(WIDTH, ch.height(), pixelWidth() / WIDTH, family);
            ch.draw().accept(png);
            Path p = dir.resolve(ch.name() + ".png");
            writePng(png.image(), p);
            out.add(p);
        }
        return out;
    }

    /** The first of {@link #FONT_FAMILIES} installed, else Java's logical {@code SansSerif}. */
    static String family() {
        Set<String> installed = new HashSet<>(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()));
        for (String f : FONT_FAMILIES.split(",\\s*")) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return "SansSerif";
    }

    /** A PNG with its pHYs chunk saying {@link #DPI} (pixels per metre, rounded). */
    static void writePng(BufferedImage img, Path file) throws IOException {
        ImageWriter w = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream os = Files.newOutputStream(file); ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            ImageWriteParam p = w.getDefaultWriteParam();
            IIOMetadata md = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), p);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String ppm = Long.toString(Math.round(DPI / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", ppm);
            phys.setAttribute("pixelsPerUnitYAxis", ppm);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            md.mergeTree("javax_imageio_png_1.0", root);
            w.setOutput(ios);
            w.write(null, new IIOImage(img, null, md), p);
        } finally {
            w.dispose();
        }
    }
}
