package org.glassbox.report.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;

/** A {@link Canvas} that draws with Java2D on an image, {@code scale} pixels per chart unit, antialiased. */
final class RasterCanvas implements Canvas {
    private final BufferedImage image;
    private final Graphics2D g;
    private final String family;

    RasterCanvas(double width, double height, double scale, String family) {
        this.family = family;
        image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.scale(scale, scale);
    }

    BufferedImage image() {
        g.dispose();
        return image;
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }

    private void stroke(double width, boolean dashed) {
        g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 3f}, 0f)
                : new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, Map<String, String> data) {
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(r);
        }
        if (stroke != null) {
            g.setColor(color(stroke));
            stroke(0.8, false);
            g.draw(r);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        g.setColor(color(stroke));
        stroke(width, dashed);
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width, boolean dashed) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        g.setColor(color(stroke));
        stroke(width, dashed);
        g.draw(p);
    }

    @Override
    public void polygon(double[] xs, double[] ys, String fill) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < xs.length; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        p.closePath();
        g.setColor(color(fill));
        g.fill(p);
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String stroke, Map<String, String> data) {
        Ellipse2D e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(color(fill));
        g.fill(e);
        if (stroke != null) {
            g.setColor(color(stroke));
            stroke(0.8, false);
            g.draw(e);
        }
    }

    @Override
    public void text(double x, double y, String s, double size, String anchor, String color, boolean bold) {
        Font f = new Font(family, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        if (f.canDisplayUpTo(s) != -1) { // a glyph the font lacks (e.g. ↻ in Noto Sans CJK): Java's composite font falls back per glyph
            f = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        }
        g.setFont(f);
        FontMetrics fm = g.getFontMetrics();
        double w = fm.getStringBounds(s, g).getWidth();
        double dx = "middle".equals(anchor) ? -w / 2 : "end".equals(anchor) ? -w : 0;
        g.setColor(color(color));
        g.drawString(s, (float) (x + dx), (float) y);
    }
}
