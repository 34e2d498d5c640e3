package org.glassbox.report.figure;

import java.util.Locale;
import java.util.Map;

/** A {@link Canvas} that writes SVG 1.1 elements (one {@code <svg>} document, UTF-8, fonts named, not embedded). */
final class SvgCanvas implements Canvas {
    private final StringBuilder sb = new StringBuilder();
    private final double width;
    private final double height;

    SvgCanvas(double width, double height, String title) {
        this.width = width;
        this.height = height;
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width / Figures.UNITS_PER_INCH * 25.4))
                .append("mm\" height=\"").append(n(height / Figures.UNITS_PER_INCH * 25.4)).append("mm\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height)).append("\" font-family=\"").append(esc(Figures.FONT_FAMILIES)).append("\">\n");
        sb.append("<title>").append(esc(title)).append("</title>\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height)).append("\" fill=\"#ffffff\"/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, Map<String, String> data) {
        sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"")
                .append(n(h)).append("\" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            sb.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"");
        }
        data(data);
        sb.append("/>\n");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
                .append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"')
                .append(dashed ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, boolean dashed) {
        sb.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append('"')
                .append(dashed ? " stroke-dasharray=\"4 3\"" : "").append(" points=\"").append(points(xs, ys)).append("\"/>\n");
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill) {
        sb.append("<polygon fill=\"").append(fill).append("\" points=\"").append(points(xs, ys)).append("\"/>\n");
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, Map<String, String> data) {
        sb.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r)).append("\" fill=\"")
                .append(fill).append('"');
        if (stroke != null) {
            sb.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.8\"");
        }
        data(data);
        sb.append("/>\n");
    }

    @Override
    public void text(double x, double y, String s, double size, String anchor, String color, boolean bold) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size)).append('"')
                .append("start".equals(anchor) ? "" : " text-anchor=\"" + anchor + "\"").append(" fill=\"").append(color).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(esc(s)).append("</text>\n");
    }

    String document() {
        return sb + "</svg>\n";
    }

    private void data(Map<String, String> data) {
        if (data != null) {
            data.forEach((k, v) -> sb.append(" data-").append(k).append("=\"").append(esc(v)).append('"'));
        }
    }

    private static String points(double[] xs, double[] ys) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return p.toString();
    }

    static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    } else {
                        b.append(' ');
                    }
                }
            }
        }
        return b.toString();
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }
}
