package org.glassbox.app.qca;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.io.json.AnalysisJson;
import org.glassbox.qca.json.QcaJson;
import org.glassbox.report.QcaXyPage;

/**
 * The {@code qca} object of {@code glassbox.comparison/1} (docs/json.md): outcome and conditions
 * (name, path, equals, calibration), tableFile, table (cases, columns), truthTable, complex and
 * parsimonious (as {@link QcaJson} writes them) and xy (the plotted memberships with their fits).
 */
public final class ComparisonQcaJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ComparisonQcaJson() {
    }

    /** The result as JSON; {@code tableFile} is where the data table was written (absolute, normalised in the output). */
    public static ObjectNode tree(ComparisonQcaResult r, Path tableFile) {
        ObjectNode m = F.objectNode();
        m.set("outcome", column(r.table().outcome()));
        ArrayNode cs = m.putArray("conditions");
        r.table().conditions().forEach(c -> cs.add(column(c)));
        m.put("tableFile", tableFile.toAbsolutePath().normalize().toString());
        ObjectNode t = m.putObject("table");
        ArrayNode cases = t.putArray("cases");
        r.table().data().cases().forEach(cases::add);
        ObjectNode cols = t.putObject("columns");
        for (Map.Entry<String, double[]> e : r.table().data().columns().entrySet()) {
            ArrayNode a = cols.putArray(e.getKey());
            for (double v : e.getValue()) {
                a.add(v);
            }
        }
        m.set("truthTable", QcaJson.truthTable(r.truthTable()));
        m.set("complex", QcaJson.minimization(r.complex()));
        m.set("parsimonious", QcaJson.minimization(r.parsimonious()));
        ArrayNode xy = m.putArray("xy");
        r.plots().forEach(p -> xy.add(plot(p)));
        return m;
    }

    /**
     * Writes the comparison ({@link AnalysisJson#tree(Comparison)}) with {@code qca} (a {@link #tree},
     * or null for none) under the key {@code qca}, indented; the writer stays open.
     */
    public static void write(Comparison comparison, ObjectNode qca, Writer w) throws IOException {
        ObjectNode tree = AnalysisJson.tree(comparison);
        if (qca != null) {
            tree.set("qca", qca);
        }
        QcaJson.write(tree, w);
    }

    static ObjectNode column(QcaColumn c) {
        ObjectNode m = F.objectNode();
        m.put("name", c.name());
        m.put("path", c.path().text());
        if (c.equals() != null) {
            m.put("equals", c.equals());
        }
        if (c.calibration() != null) {
            m.put("calibration", c.calibration());
        }
        return m;
    }

    static ObjectNode plot(QcaXyPage.Plot p) {
        ObjectNode m = F.objectNode();
        m.put("relation", p.relation());
        m.put("title", p.title());
        m.put("x", p.xName());
        m.put("y", p.yName());
        ArrayNode cases = m.putArray("cases");
        p.cases().forEach(cases::add);
        ArrayNode x = m.putArray("xValues");
        for (double v : p.x()) {
            x.add(v);
        }
        ArrayNode y = m.putArray("yValues");
        for (double v : p.y()) {
            y.add(v);
        }
        m.put(p.inclName(), Double.isFinite(p.incl()) ? p.incl() : null);
        m.put(p.covName(), Double.isFinite(p.cov()) ? p.cov() : null);
        return m;
    }
}
