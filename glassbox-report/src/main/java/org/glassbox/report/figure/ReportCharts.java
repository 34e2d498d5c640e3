package org.glassbox.report.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.report.layout.LayeredLayout;

/**
 * The charts of one case of the report data, drawn as the page draws them (same data, same colours):
 * see {@link Figures} for the list. Every data mark carries {@code data-series}, {@code data-x} and
 * {@code data-value} in the SVG.
 */
final class ReportCharts {
    static final String[] MECH = {"administrative", "market", "collaborative", "none"};
    static final Map<String, String> MECH_COLOR = Map.of("administrative", "#c8553d", "market", "#2e78c7",
            "collaborative", "#2a9d8f", "none", "#9aa5b1");
    static final Map<String, String> SECTOR_COLOR = Map.of("party", "#8b1e3f", "government", "#d1495b",
            "public-institution", "#f28f3b", "state-owned-enterprise", "#1d4e89", "private-enterprise", "#00a6ed",
            "joint-venture", "#7b2cbf", "academic", "#e9b10b", "social-organization", "#6a994e", "public", "#9c6644",
            "unknown", "#8d99ae");
    static final String[] EXTRA = {"#5c6f82", "#b5838d", "#6d597a", "#457b9d", "#a7c957", "#e76f51"};
    static final Map<String, String> CAT_COLOR = Map.of("structure", "#486581", "administrative", "#c8553d", "market", "#2e78c7",
            "collaborative", "#2a9d8f", "delivery", "#7b2cbf", "diagnosis", "#e9b10b", "learning", "#9c6644", "outcome", "#6a994e",
            "other", "#8d99ae");
    static final String[][] EMBEDDING = {{"index", "#102a43", "3.2"}, {"reciprocity", "#2e78c7", "1.4"}, {"coDecision", "#2a9d8f", "1.4"},
            {"multiplexity", "#7b2cbf", "1.4"}, {"contractStrength", "#e07a00", "1.4"}, {"administrativeDominance", "#c8553d", "1.6"}};
    static final String INK = "#102a43";
    static final String GRID = "#d9e2ec";
    static final String MUTED = "#627d98";
    static final int MAX_INDICATORS = 8;

    private final JsonNode c;
    private final JsonNode labels;
    private final String prefix;

    private ReportCharts(JsonNode c, JsonNode labels) {
        this.c = c;
        this.labels = labels;
        this.prefix = fileName(c.get("id").asText());
    }

    static List<Figures.Chart> of(JsonNode c, JsonNode labels) {
        return new ReportCharts(c, labels).all();
    }

    private List<Figures.Chart> all() {
        List<Figures.Chart> out = new ArrayList<>();
        String name = c.get("name").asText();
        out.add(new Figures.Chart(prefix + "-timeline", t("section.timeline") + ": " + name, Figures.HEIGHT, this::timeline));
        JsonNode periods = c.get("periods");
        for (int k = 0; k < periods.size(); k++) {
            int kk = k;
            out.add(new Figures.Chart(prefix + "-network-" + fileName(periods.get(k).get("id").asText()),
                    t("section.network") + ": " + name + ", " + periods.get(k).get("name").asText(), Figures.HEIGHT,
                    cv -> network(cv, kk)));
        }
        JsonNode a = c.get("analysis");
        if (a != null && !a.isNull()) {
            out.add(new Figures.Chart(prefix + "-mechanism-mix", t("mix.title") + ": " + name, Figures.HEIGHT, this::mix));
            if (a.get("phases").size() > 0) {
                out.add(new Figures.Chart(prefix + "-embedding", t("embedding.title") + ": " + name, Figures.HEIGHT, this::embedding));
            }
        }
        JsonNode ind = c.get("indicators");
        for (int k = 0; k < Math.min(MAX_INDICATORS, ind.size()); k++) {
            JsonNode s = ind.get(k);
            int kk = k;
            String unit = s.get("unit").isNull() ? "" : " (" + s.get("unit").asText() + ")";
            out.add(new Figures.Chart(prefix + "-indicator-" + fileName(s.get("name").asText()), s.get("nameL").asText() + unit + ": " + name,
                    Figures.HEIGHT * 0.6, cv -> indicator(cv, kk)));
        }
        if (c.get("process").get("nodes").size() > 0) {
            out.add(new Figures.Chart(prefix + "-process-map", t("section.process") + ": " + name, Figures.HEIGHT, this::processMap));
        }
        return out;
    }

    private String t(String key) {
        JsonNode v = labels.get(key);
        return v == null ? key : v.asText();
    }

    private String lab(String prefix, String w) {
        JsonNode v = labels.get(prefix + "." + w);
        return v == null ? w : v.asText();
    }

    static String fileName(String id) {
        StringBuilder sb = new StringBuilder();
        id.codePoints().forEach(cp -> sb.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-' ? cp : '_'));
        String s = sb.toString();
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    /** About how wide {@code s} is at {@code size}: a CJK character one em, anything else 0.58 em. */
    static double textWidth(String s, double size) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? size : size * 0.58;
        }
        return w;
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static Map<String, String> data(String series, String x, double value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("series", series);
        m.put("x", x);
        m.put("value", num(value));
        return m;
    }

    /** A value axis from 0 (or lo) to hi with about 5 round ticks; returns the tick step. */
    private static double step(double span) {
        double raw = span / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double[] nice = {1, 2, 2.5, 5, 10};
        for (double n : nice) {
            if (n * mag >= raw) {
                return n * mag;
            }
        }
        return 10 * mag;
    }

    private void yAxis(Canvas cv, double left, double top, double right, double bottom, double lo, double hi) {
        double st = step(hi - lo);
        for (double v = Math.ceil(lo / st) * st; v <= hi + st * 1e-9; v += st) {
            double y = bottom - (v - lo) / (hi - lo) * (bottom - top);
            cv.line(left, y, right, y, GRID, 0.6, false);
            cv.text(left - 4, y + 3.5, trimNum(v), 10, "end", MUTED, false);
        }
        cv.line(left, bottom, right, bottom, MUTED, 0.8, false);
    }

    private static String trimNum(double v) {
        String s = SvgCanvas.n(v);
        return s;
    }

    private void legend(Canvas cv, double x, double y, List<String[]> items) {
        for (String[] it : items) {
            cv.rect(x, y - 8, 10, 10, it[1], null, null);
            cv.text(x + 14, y + 1, it[0], 10, "start", INK, false);
            x += 24 + textWidth(it[0], 10);
        }
    }

    private void timeline(Canvas cv) {
        double left = 130;
        double right = Figures.WIDTH - 16;
        double top = 36;
        double bottom = Figures.HEIGHT - 30;
        long t0 = c.get("t0").asLong();
        long t1 = Math.max(t0 + 1, c.get("t1").asLong());
        JsonNode lanes = c.get("lanes");
        int nl = Math.max(1, lanes.size());
        double lh = (bottom - top) / nl;
        JsonNode periods = c.get("periods");
        for (int k = 0; k < periods.size(); k++) {
            JsonNode p = periods.get(k);
            double x0 = x(p.get("t0").asLong(), t0, t1, left, right);
            double x1 = x(p.get("t1").asLong(), t0, t1, left, right);
            cv.rect(x0, top, Math.max(0, x1 - x0), bottom - top, k % 2 == 0 ? "#eef1f5" : "#fdf5e1", null, null);
            cv.text((x0 + x1) / 2, top - 4, p.get("name").asText(), 9, "middle", MUTED, false);
            if (k > 0) {
                cv.line(x0, top, x0, bottom, MUTED, 0.8, true);
            }
        }
        for (int l = 0; l < lanes.size(); l++) {
            double y = top + (l + 0.5) * lh;
            cv.line(left, top + (l + 1) * lh, right, top + (l + 1) * lh, GRID, 0.5, false);
            cv.text(left - 6, y + 3.5, clip(lanes.get(l).asText(), 20), 10, "end", INK, false);
        }
        int z0 = Instant.ofEpochMilli(t0).atZone(ZoneOffset.UTC).getYear();
        int z1 = Instant.ofEpochMilli(t1).atZone(ZoneOffset.UTC).getYear();
        int every = Math.max(1, (z1 - z0 + 1) / 10);
        for (int yr = z0; yr <= z1 + 1; yr += every) {
            long ms = java.time.LocalDate.of(yr, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            if (ms < t0 || ms > t1) {
                continue;
            }
            double xx = x(ms, t0, t1, left, right);
            cv.line(xx, bottom, xx, bottom + 4, MUTED, 0.8, false);
            cv.text(xx, bottom + 15, Integer.toString(yr), 10, "middle", MUTED, false);
        }
        cv.line(left, bottom, right, bottom, MUTED, 0.8, false);
        for (JsonNode e : c.get("events")) {
            long tt = e.get("t").asLong();
            if (tt == Long.MIN_VALUE) {
                continue;
            }
            String m = e.get("mech").asText();
            double y = top + (e.get("lane").asInt() + 0.5) * lh;
            Map<String, String> d = new LinkedHashMap<>();
            d.put("series", m);
            d.put("x", e.get("d").asText());
            d.put("value", e.get("id").asText());
            cv.circle(x(tt, t0, t1, left, right), y, 3.2, MECH_COLOR.getOrDefault(m, "#9aa5b1"), "#ffffff", d);
        }
        List<String[]> items = new ArrayList<>();
        for (String m : MECH) {
            items.add(new String[] {lab("mechanism", m), MECH_COLOR.get(m)});
        }
        legend(cv, left, 14, items);
    }

    private static double x(long t, long t0, long t1, double left, double right) {
        return left + (double) (t - t0) / (t1 - t0) * (right - left);
    }

    private static String clip(String s, int n) {
        return s.length() > n ? s.substring(0, n - 1) + "…" : s;
    }

    private void network(Canvas cv, int k) {
        JsonNode net = c.get("networks").get(k);
        JsonNode actors = c.get("actors");
        JsonNode ties = c.get("ties");
        List<Integer> nodes = new ArrayList<>();
        net.get("nodes").forEach(n -> nodes.add(n.asInt()));
        Map<Integer, Integer> deg = new LinkedHashMap<>();
        net.get("ties").forEach(ti -> {
            JsonNode t = ties.get(ti.asInt());
            deg.merge(t.get("from").asInt(), 1, Integer::sum);
            deg.merge(t.get("to").asInt(), 1, Integer::sum);
        });
        Map<String, String> extra = new LinkedHashMap<>();
        double cx = Figures.WIDTH / 2 - 60;
        double cy = Figures.HEIGHT / 2 + 8;
        double r = Figures.HEIGHT / 2 - 50;
        Map<Integer, double[]> at = new LinkedHashMap<>();
        // a circle ordered by sector, then by id: who is tied to whom reads as chords between sectors
        List<Integer> order = new ArrayList<>(nodes);
        order.sort((x, y) -> {
            int s = actors.get(x).get("sector").asText().compareTo(actors.get(y).get("sector").asText());
            return s != 0 ? s : Integer.compare(x, y);
        });
        for (int i = 0; i < order.size(); i++) {
            double ang = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, order.size());
            at.put(order.get(i), new double[] {cx + r * Math.cos(ang), cy + r * Math.sin(ang), ang});
        }
        for (JsonNode ti : net.get("ties")) {
            JsonNode t = ties.get(ti.asInt());
            double[] a = at.get(t.get("from").asInt());
            double[] b = at.get(t.get("to").asInt());
            if (a == null || b == null) {
                continue;
            }
            cv.line(a[0], a[1], b[0], b[1], "#829ab1", 1.0, !"solid".equals(tieLine(t.get("type").asText())));
        }
        int maxDeg = deg.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Integer> busiest = new ArrayList<>(nodes);
        busiest.sort((x, y) -> deg.getOrDefault(y, 0) != deg.getOrDefault(x, 0) ? Integer.compare(deg.getOrDefault(y, 0), deg.getOrDefault(x, 0))
                : Integer.compare(x, y));
        java.util.Set<Integer> labelled = new java.util.HashSet<>(busiest.subList(0, Math.min(16, busiest.size())));
        Map<String, String> legendColors = new LinkedHashMap<>();
        for (int a : order) {
            JsonNode actor = actors.get(a);
            String sector = actor.get("sector").asText();
            String col = SECTOR_COLOR.containsKey(sector) ? SECTOR_COLOR.get(sector)
                    : extra.computeIfAbsent(sector, s -> EXTRA[extra.size() % EXTRA.length]);
            legendColors.putIfAbsent(actor.get("sectorL").asText(), col);
            double[] p = at.get(a);
            double size = 4 + 6 * Math.sqrt(deg.getOrDefault(a, 0) / (double) Math.max(1, maxDeg));
            cv.circle(p[0], p[1], size, col, "#ffffff", data("actor", actor.get("id").asText(), deg.getOrDefault(a, 0)));
            if (labelled.contains(a)) {
                boolean rightSide = Math.cos(p[2]) >= 0;
                cv.text(p[0] + (rightSide ? size + 3 : -size - 3), p[1] + 3.5, clip(actor.get("name").asText(), 18), 9,
                        rightSide ? "start" : "end", INK, false);
            }
        }
        double ly = 40;
        for (Map.Entry<String, String> e : legendColors.entrySet()) {
            cv.circle(Figures.WIDTH - 150, ly - 3.5, 5, e.getValue(), null, null);
            cv.text(Figures.WIDTH - 140, ly, clip(e.getKey(), 22), 10, "start", INK, false);
            ly += 16;
        }
        cv.text(16, 20, net.get("nodes").size() + " / " + net.get("active").asInt() + " · " + net.get("ties").size() + " / "
                + net.get("validTies").asInt(), 10, "start", MUTED, false);
    }

    private static String tieLine(String type) {
        return switch (type) {
            case "command", "equity", "cooperation" -> "solid";
            default -> "dashed";
        };
    }

    private void mix(Canvas cv) {
        JsonNode years = c.get("analysis").get("years");
        double left = 50;
        double right = Figures.WIDTH - 16;
        double top = 36;
        double bottom = Figures.HEIGHT - 30;
        double max = 1;
        for (JsonNode y : years) {
            max = Math.max(max, y.get("mix").get("administrative").asDouble() + y.get("mix").get("market").asDouble()
                    + y.get("mix").get("collaborative").asDouble());
        }
        double hi = Math.ceil(max / step(max)) * step(max);
        yAxis(cv, left, top, right, bottom, 0, hi);
        int n = Math.max(1, years.size());
        double slot = (right - left) / n;
        double bw = Math.min(48, slot * 0.6);
        for (int i = 0; i < years.size(); i++) {
            JsonNode y = years.get(i);
            double xc = left + (i + 0.5) * slot;
            double base = bottom;
            for (String m : new String[] {"administrative", "market", "collaborative"}) {
                double v = y.get("mix").get(m).asDouble();
                double h = v / hi * (bottom - top);
                cv.rect(xc - bw / 2, base - h, bw, h, MECH_COLOR.get(m), null, data(m, y.get("name").asText(), v));
                base -= h;
            }
            if (n <= 20 || i % Math.ceil(n / 20.0) == 0) {
                cv.text(xc, bottom + 15, y.get("name").asText(), 10, "middle", MUTED, false);
            }
        }
        List<String[]> items = new ArrayList<>();
        for (String m : new String[] {"administrative", "market", "collaborative"}) {
            items.add(new String[] {lab("mechanism", m), MECH_COLOR.get(m)});
        }
        legend(cv, left, 14, items);
    }

    private void embedding(Canvas cv) {
        JsonNode phases = c.get("analysis").get("phases");
        double left = 50;
        double right = Figures.WIDTH - 24;
        double top = 40;
        double bottom = Figures.HEIGHT - 34;
        yAxis(cv, left, top, right, bottom, 0, 1);
        int n = phases.size();
        double slot = (right - left) / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            cv.text(left + (i + 0.5) * slot, bottom + 15, clip(phases.get(i).get("name").asText(), 22), 10, "middle", MUTED, false);
        }
        List<String[]> items = new ArrayList<>();
        for (String[] comp : EMBEDDING) {
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = left + (i + 0.5) * slot;
                ys[i] = bottom - Math.max(0, Math.min(1, phases.get(i).get("embedding").get(comp[0]).asDouble())) * (bottom - top);
            }
            cv.polyline(xs, ys, comp[1], Double.parseDouble(comp[2]), comp[0].equals("administrativeDominance"));
            for (int i = 0; i < n; i++) {
                JsonNode p = phases.get(i);
                cv.circle(xs[i], ys[i], comp[0].equals("index") ? 4 : 2.6, comp[1], null,
                        data(comp[0], p.get("id").asText(), p.get("embedding").get(comp[0]).asDouble()));
            }
            items.add(new String[] {lab("metric", comp[0]), comp[1]});
        }
        legend(cv, left, 14, items.subList(0, 3));
        legend(cv, left, 28, items.subList(3, items.size()));
    }

    private void indicator(Canvas cv, int k) {
        JsonNode s = c.get("indicators").get(k);
        double h = Figures.HEIGHT * 0.6;
        double left = 60;
        double right = Figures.WIDTH - 16;
        double top = 16;
        double bottom = h - 28;
        long t0 = c.get("t0").asLong();
        long t1 = Math.max(t0 + 1, c.get("t1").asLong());
        JsonNode pts = s.get("points");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (JsonNode p : pts) {
            lo = Math.min(lo, p.get(1).asDouble());
            hi = Math.max(hi, p.get(1).asDouble());
        }
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        double st = step(hi - lo);
        lo = Math.floor(lo / st) * st;
        hi = Math.ceil(hi / st) * st;
        JsonNode periods = c.get("periods");
        for (int i = 0; i < periods.size(); i++) {
            JsonNode p = periods.get(i);
            double x0 = x(p.get("t0").asLong(), t0, t1, left, right);
            double x1 = x(p.get("t1").asLong(), t0, t1, left, right);
            cv.rect(x0, top, Math.max(0, x1 - x0), bottom - top, i % 2 == 0 ? "#eef1f5" : "#fdf5e1", null, null);
        }
        yAxis(cv, left, top, right, bottom, lo, hi);
        double[] xs = new double[pts.size()];
        double[] ys = new double[pts.size()];
        for (int i = 0; i < pts.size(); i++) {
            xs[i] = x(pts.get(i).get(0).asLong(), t0, t1, left, right);
            ys[i] = bottom - (pts.get(i).get(1).asDouble() - lo) / (hi - lo) * (bottom - top);
        }
        cv.polyline(xs, ys, "#2e78c7", 1.6, false);
        for (int i = 0; i < pts.size(); i++) {
            cv.circle(xs[i], ys[i], 3, "#2e78c7", null, data(s.get("name").asText(), pts.get(i).get(2).asText(), pts.get(i).get(1).asDouble()));
            cv.text(xs[i], bottom + 15, pts.get(i).get(2).asText(), 9, "middle", MUTED, false);
        }
    }

    private void processMap(Canvas cv) {
        JsonNode p = c.get("process");
        List<LayeredLayout.Box> boxes = new ArrayList<>();
        Map<String, JsonNode> byCat = new LinkedHashMap<>();
        for (JsonNode n : p.get("nodes")) {
            byCat.put(n.get("cat").asText(), n);
            String label = n.get("label").asText() + " (" + n.get("count").asInt() + ")";
            boxes.add(new LayeredLayout.Box(n.get("cat").asText(), 24 + textWidth(label + " ↻00", 10), 26, LayeredLayout.Position.ANY));
        }
        List<LayeredLayout.Arc> arcs = new ArrayList<>();
        Map<String, Integer> loops = new LinkedHashMap<>();
        for (JsonNode e : p.get("edges")) {
            if (e.get("from").asText().equals(e.get("to").asText())) {
                loops.put(e.get("from").asText(), e.get("count").asInt());
            } else {
                arcs.add(new LayeredLayout.Arc(e.get("from").asText(), e.get("to").asText()));
            }
        }
        LayeredLayout.Drawing d = LayeredLayout.layout(boxes, arcs);
        double s = Math.min((Figures.WIDTH - 20) / d.width(), (Figures.HEIGHT - 40) / d.height());
        s = Math.min(s, 1.6);
        double ox = (Figures.WIDTH - d.width() * s) / 2;
        double oy = 30 + (Figures.HEIGHT - 40 - d.height() * s) / 2;
        int max = 1;
        for (JsonNode e : p.get("edges")) {
            max = Math.max(max, e.get("count").asInt());
        }
        for (JsonNode e : p.get("edges")) {
            String f = e.get("from").asText();
            String t = e.get("to").asText();
            if (f.equals(t)) {
                continue;
            }
            LayeredLayout.Placed a = d.box(f);
            LayeredLayout.Placed b = d.box(t);
            double ax = ox + (a.x() + a.width() / 2) * s;
            double ay = oy + (a.y() + a.height() / 2) * s;
            double bx = ox + (b.x() + b.width() / 2) * s;
            double by = oy + (b.y() + b.height() / 2) * s;
            // end the arrow at the target box's border
            double[] end = border(ax, ay, bx, by, b.width() * s / 2, b.height() * s / 2);
            double[] start = border(bx, by, ax, ay, a.width() * s / 2, a.height() * s / 2);
            int count = e.get("count").asInt();
            cv.arrow(start[0], start[1], end[0], end[1], "#829ab1", 0.8 + 3.5 * Math.log(1 + count) / Math.log(1 + max));
            Map<String, String> dd = data(f + "->" + t, f, count);
            cv.rect((start[0] + end[0]) / 2 - 1, (start[1] + end[1]) / 2 - 1, 2, 2, "#829ab1", null, dd);
            cv.text((start[0] + end[0]) / 2, (start[1] + end[1]) / 2 - 3, Integer.toString(count), Math.max(6, 9 * s), "middle", INK, false);
        }
        for (LayeredLayout.Placed b : d.boxes()) {
            JsonNode n = byCat.get(b.id());
            String col = CAT_COLOR.getOrDefault(b.id(), "#627d98");
            cv.rect(ox + b.x() * s, oy + b.y() * s, b.width() * s, b.height() * s, col, "#ffffff", data(b.id(), b.id(), n.get("count").asInt()));
            String label = n.get("label").asText() + " (" + n.get("count").asInt() + ")" + (loops.containsKey(b.id()) ? " ↻" + loops.get(b.id()) : "");
            cv.text(ox + (b.x() + b.width() / 2) * s, oy + (b.y() + b.height() / 2) * s + 3.5 * s, label, 10 * s, "middle", "#ffffff", false);
        }
        cv.text(16, 18, fmt(t("process.note"), p.get("traces").asText()), 10, "start", MUTED, false);
    }

    private static String fmt(String pattern, String arg) {
        return pattern.replace("{0}", arg);
    }

    /** Where the segment from (ax, ay) to the centre (bx, by) of a box of half-size (hw, hh) meets the box's border. */
    private static double[] border(double ax, double ay, double bx, double by, double hw, double hh) {
        double dx = ax - bx;
        double dy = ay - by;
        if (dx == 0 && dy == 0) {
            return new double[] {bx, by};
        }
        double tt = Math.min(hw / Math.max(1e-9, Math.abs(dx)), hh / Math.max(1e-9, Math.abs(dy)));
        tt = Math.min(1, tt);
        return new double[] {bx + dx * tt, by + dy * tt};
    }
}
