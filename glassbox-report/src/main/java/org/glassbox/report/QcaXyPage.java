package org.glassbox.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A self-contained page of QCA XY plots (ECharts scatter, offline): for a sufficiency plot X is
 * each case's membership in the solution and Y its membership in the outcome, cases on or above
 * the diagonal being consistent with sufficiency; for a necessity plot X is a condition, cases on
 * or below the diagonal being consistent with necessity. Each caption gives the consistency and
 * coverage (inclS, covS or inclN, covN). Written by {@code glassbox compare --qca --qca-html FILE}.
 *
 * <p>Complexity O(plots × cases) plus the inlined ECharts (about 1 MB).
 */
public final class QcaXyPage {
    private static final String RES = "org/glassbox/report/";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private QcaXyPage() {
    }

    /**
     * One XY plot.
     *
     * @param relation  {@code sufficiency} or {@code necessity}
     * @param title     the caption's statement, e.g. {@code A*B → Y}
     * @param xName     what X is (the solution or the condition)
     * @param yName     what Y is (the outcome)
     * @param cases     case labels, one per point
     * @param x         X memberships in [0, 1]
     * @param y         Y memberships in [0, 1]
     * @param inclName  {@code inclS} or {@code inclN}
     * @param incl      consistency (NaN when undefined)
     * @param covName   {@code covS} or {@code covN}
     * @param cov       coverage (NaN when undefined)
     */
    public record Plot(String relation, String title, String xName, String yName, List<String> cases, double[] x, double[] y,
                       String inclName, double incl, String covName, double cov) {
        public Plot {
            Objects.requireNonNull(title, "title");
            cases = List.copyOf(cases);
            x = x.clone();
            y = y.clone();
            if (!relation.equals("sufficiency") && !relation.equals("necessity")) {
                throw new IllegalArgumentException("relation must be sufficiency or necessity: " + relation);
            }
            if (x.length != cases.size() || y.length != cases.size()) {
                throw new IllegalArgumentException("x, y and cases differ in length: " + x.length + ", " + y.length + ", " + cases.size());
            }
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }
    }

    /** The page as one HTML document. */
    public static String render(List<Plot> plots, String title, String glassboxVersion) {
        ObjectNode data = F.objectNode();
        data.put("title", title);
        data.put("version", glassboxVersion);
        ArrayNode arr = data.putArray("plots");
        for (Plot p : plots) {
            ObjectNode o = arr.addObject();
            o.put("relation", p.relation());
            o.put("title", p.title());
            o.put("x", p.xName());
            o.put("y", p.yName());
            number(o, "incl", p.incl());
            number(o, "cov", p.cov());
            o.put("inclName", p.inclName());
            o.put("covName", p.covName());
            ArrayNode pts = o.putArray("points");
            for (int i = 0; i < p.cases().size(); i++) {
                ObjectNode q = pts.addObject();
                q.put("case", p.cases().get(i));
                number(q, "x", p.x[i]);
                number(q, "y", p.y[i]);
            }
        }
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plot data is not serialisable", e);
        }
        return HtmlReport.fill(HtmlReport.resource(RES + "qca-xy.html"), Map.of(
                "title", HtmlReport.escapeHtml(title),
                "data", HtmlReport.jsonSafe(json),
                "echarts", HtmlReport.scriptSafe(HtmlReport.resource(HtmlReport.ECHARTS)),
                "app", HtmlReport.scriptSafe(HtmlReport.resource(RES + "qca-xy.js"))));
    }

    /** Writes the page to {@code file} (through a temporary file beside it). */
    public static void write(List<Plot> plots, String title, String glassboxVersion, Path file) throws IOException {
        String html = render(plots, title, glassboxVersion);
        Path abs = file.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void number(ObjectNode o, String k, double v) {
        if (Double.isFinite(v)) {
            o.put(k, v);
        } else {
            o.putNull(k);
        }
    }
}
