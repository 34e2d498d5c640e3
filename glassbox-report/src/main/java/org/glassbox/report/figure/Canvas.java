package org.glassbox.report.figure;

import java.util.Map;

/**
 * What a chart draws on, in chart units (1 unit = 1/{@value Figures#UNITS_PER_INCH} inch at the printed
 * width): the same calls make the SVG ({@link SvgCanvas}) and the PNG ({@link RasterCanvas}). Colours
 * are {@code #rrggbb}; {@code data} are attributes an SVG mark carries ({@code data-*}: the value it
 * draws), which a raster ignores.
 */
interface Canvas {
    void rect(double x, double y, double w, double h, String fill, String stroke, Map<String, String> data);

    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    void polyline(double[] xs, double[] ys, String stroke, double width, boolean dashed);

    void polygon(double[] xs, double[] ys, String fill);

    void circle(double cx, double cy, double r, String fill, String stroke, Map<String, String> data);

    /** Text with its baseline at y; anchor {@code start}, {@code middle} or {@code end}. */
    void text(double x, double y, String s, double size, String anchor, String color, boolean bold);

    /** An arrow from (x1, y1) to (x2, y2) with its head at the end. */
    default void arrow(double x1, double y1, double x2, double y2, String stroke, double width) {
        line(x1, y1, x2, y2, stroke, width, false);
        double a = Math.atan2(y2 - y1, x2 - x1);
        double l = 5 + width * 1.5;
        polygon(new double[] {x2, x2 - l * Math.cos(a - 0.4), x2 - l * Math.cos(a + 0.4)},
                new double[] {y2, y2 - l * Math.sin(a - 0.4), y2 - l * Math.sin(a + 0.4)}, stroke);
    }
}
