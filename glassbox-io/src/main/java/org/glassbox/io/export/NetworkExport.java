package org.glassbox.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.PeriodAnalysis;
import org.glassbox.core.analysis.ShownPeriod;
import org.glassbox.core.analysis.ShownPeriods;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.analysis.outcome.ConstructionModel;
import org.glassbox.core.analysis.structure.PeriodNetwork;
import org.glassbox.core.analysis.subjects.BrokerageRole;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.TieTable;
import org.glassbox.core.model.TieType;
import org.glassbox.io.interchange.CaseToOcel;
import org.glassbox.io.ocel.OcelFormat;

/**
 * Export for other tools. {@link #write} puts, for each case, the organisation network of every
 * period as GraphML and as GEXF 1.3 (open in Gephi, yEd, igraph, networkx), the events as OCEL 2.0
 * JSON, and for all cases one metrics CSV (open in R or Excel):
 *
 * <pre>
 * DIR/metrics.csv                               case, period, kind, start, end, metric, value, label
 * DIR/CASE/networks/phase-ID.graphml|.gexf      one per phase
 * DIR/CASE/networks/year-YYYY.graphml|.gexf     one per calendar year
 * DIR/CASE/events.jsonocel                      the case as OCEL 2.0 (lossless mapping of case-format.md)
 * </pre>
 *
 * <p>The periods are {@link ShownPeriods}'; a period's network is the analysis's ({@link PeriodNetwork}): nodes are the actors active in it (in an
 * event, or at an end of a tie valid in it) with attributes {@code name}, {@code name_zh},
 * {@code sector}, {@code level}, {@code function} and {@code dual_authority}; edges are the ties
 * valid in it with attributes {@code type}, {@code axis}, {@code start}, {@code end} and
 * {@code weight} = 1 + the period's events both ends take part in. Undirected tie types
 * ({@code cooperation}) are undirected edges.
 */
public final class NetworkExport {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private NetworkExport() {
    }

    /** A period exported: its kind in the file names ({@code phase} or {@code year}) and the period with its network. */
    public record ExportPeriod(String kind, ShownPeriod shown) {
        public ExportPeriod {
            java.util.Objects.requireNonNull(kind, "kind");
            java.util.Objects.requireNonNull(shown, "shown");
        }

        public String id() {
            return shown.period().id();
        }

        public String start() {
            return shown.period().start().toString();
        }

        public String end() {
            return shown.period().end().toString();
        }

        PeriodNetwork network() {
            return shown.network();
        }
    }

    /**
     * Writes every export of the cases into {@code dir} (created when missing) and returns the files
     * written, in order. {@code analyses.get(i)} is the analysis of {@code cases.get(i)}, or null
     * (then the phases of case.yaml and the calendar years are used, and no metric rows).
     */
    public static List<Path> write(List<Case> cases, List<CaseAnalysis> analyses, Path dir) throws IOException {
        if (analyses.size() != cases.size()) {
            throw new IllegalArgumentException(cases.size() + " cases but " + analyses.size() + " analyses");
        }
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Path caseDir = dir.resolve(fileName(c.id()));
            Path nets = caseDir.resolve("networks");
            Files.createDirectories(nets);
            for (ExportPeriod p : periods(c, analyses.get(i))) {
                String base = p.kind() + "-" + fileName(p.id());
                Path g = nets.resolve(base + ".graphml");
                writeGraphMl(c, p, g);
                out.add(g);
                Path x = nets.resolve(base + ".gexf");
                writeGexf(c, p, x);
                out.add(x);
            }
            Path ocel = caseDir.resolve("events.jsonocel");
            CaseToOcel.write(c, ocel, OcelFormat.JSON);
            out.add(ocel);
        }
        Path csv = dir.resolve("metrics.csv");
        writeMetricsCsv(analyses.stream().filter(a -> a != null).toList(), csv);
        out.add(csv);
        return out;
    }

    /** The periods exported for a case: its {@link ShownPeriods#phases phases}, then its {@link ShownPeriods#years years}. */
    public static List<ExportPeriod> periods(Case c, CaseAnalysis a) {
        List<ExportPeriod> out = new ArrayList<>();
        for (ShownPeriod p : ShownPeriods.phases(c, a)) {
            out.add(new ExportPeriod("phase", p));
        }
        for (ShownPeriod p : ShownPeriods.years(c, a)) {
            out.add(new ExportPeriod("year", p));
        }
        return out;
    }

    /** The period's organisation network as GraphML (UTF-8). */
    public static void writeGraphMl(Case c, ExportPeriod p, Path file) throws IOException {
        PeriodNetwork net = p.network();
        int[] actors = net.actors();
        int[] ties = net.ties();
        double[] weight = net.weights();
        xml(file, w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(GRAPHML_NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation",
                    GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            String[][] nodeKeys = {{"name", "string"}, {"name_zh", "string"}, {"sector", "string"}, {"level", "string"},
                    {"function", "string"}, {"dual_authority", "boolean"}};
            for (String[] k : nodeKeys) {
                key(w, k[0], "node", k[1]);
            }
            String[][] edgeKeys = {{"type", "string"}, {"axis", "string"}, {"start", "string"}, {"end", "string"},
                    {"weight", "double"}};
            for (String[] k : edgeKeys) {
                key(w, k[0], "edge", k[1]);
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", c.id() + "/" + p.kind() + "-" + p.id());
            w.writeAttribute("edgedefault", "directed");
            for (int a : actors) {
                Actor actor = c.actor(a);
                w.writeStartElement("node");
                w.writeAttribute("id", actor.id());
                data(w, "name", actor.name());
                data(w, "name_zh", actor.nameZh());
                data(w, "sector", actor.sector());
                data(w, "level", actor.level());
                data(w, "function", actor.function());
                data(w, "dual_authority", String.valueOf(net.dualAuthority(a)));
                w.writeEndElement();
            }
            TieTable tt = c.ties();
            for (int k = 0; k < ties.length; k++) {
                int t = ties[k];
                var tie = tt.tie(t);
                TieType type = c.codebook().tieType(tie.type());
                w.writeStartElement("edge");
                w.writeAttribute("id", tie.id());
                w.writeAttribute("source", tie.from());
                w.writeAttribute("target", tie.to());
                w.writeAttribute("directed", String.valueOf(type == null || type.directed()));
                data(w, "type", tie.type());
                data(w, "axis", type == null ? null : type.axis().word());
                data(w, "start", tie.start() == null ? null : tie.start().toString());
                data(w, "end", tie.end() == null ? null : tie.end().toString());
                data(w, "weight", number(weight[k]));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
        });
    }

    /** The period's organisation network as GEXF 1.3 (UTF-8), the format Gephi reads natively. */
    public static void writeGexf(Case c, ExportPeriod p, Path file) throws IOException {
        PeriodNetwork net = p.network();
        int[] actors = net.actors();
        int[] ties = net.ties();
        double[] weight = net.weights();
        xml(file, w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(GEXF_NS);
            w.writeNamespace("xsi", XSI);
            w.writeAttribute(XSI, "schemaLocation", GEXF_NS + " http://gexf.net/1.3/gexf.xsd");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("Glassbox");
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeCharacters("Organisation network of " + c.id() + ", " + p.kind() + " " + p.id() + " (" + p.start()
                    + " – " + p.end() + "): actors active in the period, ties valid in it");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "static");
            String[][] nodeAttrs = {{"sector", "string"}, {"dual_authority", "boolean"}, {"name_zh", "string"},
                    {"level", "string"}, {"function", "string"}};
            attributes(w, "node", nodeAttrs);
            String[][] edgeAttrs = {{"type", "string"}, {"axis", "string"}, {"start", "string"}, {"end", "string"}};
            attributes(w, "edge", edgeAttrs);
            w.writeStartElement("nodes");
            for (int a : actors) {
                Actor actor = c.actor(a);
                w.writeStartElement("node");
                w.writeAttribute("id", actor.id());
                w.writeAttribute("label", actor.name());
                w.writeStartElement("attvalues");
                attvalue(w, "0", actor.sector());
                attvalue(w, "1", String.valueOf(net.dualAuthority(a)));
                attvalue(w, "2", actor.nameZh());
                attvalue(w, "3", actor.level());
                attvalue(w, "4", actor.function());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            TieTable tt = c.ties();
            for (int k = 0; k < ties.length; k++) {
                var tie = tt.tie(ties[k]);
                TieType type = c.codebook().tieType(tie.type());
                w.writeStartElement("edge");
                w.writeAttribute("id", tie.id());
                w.writeAttribute("source", tie.from());
                w.writeAttribute("target", tie.to());
                w.writeAttribute("type", type == null || type.directed() ? "directed" : "undirected");
                w.writeAttribute("weight", number(weight[k]));
                w.writeStartElement("attvalues");
                attvalue(w, "0", tie.type());
                attvalue(w, "1", type == null ? null : type.axis().word());
                attvalue(w, "2", tie.start() == null ? null : tie.start().toString());
                attvalue(w, "3", tie.end() == null ? null : tie.end().toString());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
        });
    }

    /**
     * Writes one CSV row per case × period × metric ({@code case,period,kind,start,end,metric,value,label}),
     * RFC 4180, UTF-8 without BOM, a period of kind {@code case} for the whole-case verdicts. {@code value}
     * is numeric (empty when undefined); {@code label} holds categorical values (structure type,
     * dominant mechanism, verdicts) with an empty value. Every numeric field of the structure, mechanism
     * and embedding records is a metric, named {@code layer.field}.
     */
    public static void writeMetricsCsv(List<CaseAnalysis> analyses, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("case,period,kind,start,end,metric,value,label\r\n");
            Rows out = (at, metric, value, label) -> row(w, at, metric, value, label);
            for (CaseAnalysis a : analyses) {
                rows(a, out);
            }
        }
    }

    /** Where the metric rows go: {@code at} = case, period, kind, start, end; a number or a label. */
    interface Rows {
        void row(String[] at, String metric, Double value, String label) throws IOException;
    }

    /** Every metric row of one analysis (the rows of metrics.csv): its phases, its years, then the whole case. */
    static void rows(CaseAnalysis a, Rows w) throws IOException {
        for (PeriodAnalysis p : a.phases()) {
            period(w, a.caseId(), p, "phase");
        }
        for (PeriodAnalysis p : a.years()) {
            period(w, a.caseId(), p, "year");
        }
        wholeCase(a, w);
    }

    /** The rows about the whole case (period {@code case}): verdicts, scores, the trajectory, the diagnostics. */
    static void wholeCase(CaseAnalysis a, Rows w) throws IOException {
        String[] whole = {a.caseId(), "case", "case", "", ""};
        w.row(whole, "model.verdict", null, a.model().word());
        for (ConstructionModel m : ConstructionModel.values()) {
            Double s = a.model().scores().get(m);
            if (s != null) {
                w.row(whole, "model.score." + m.word(), s, null);
            }
        }
        w.row(whole, "structure.late", null, a.evolution().late().word());
        w.row(whole, "structure.evolution", null, a.evolution().sequence());
        w.row(whole, "embedding.trajectory", null, a.trajectory().word());
        w.row(whole, "embedding.start", a.trajectory().start(), null);
        w.row(whole, "embedding.peak", a.trajectory().peak(), null);
        w.row(whole, "embedding.end", a.trajectory().end(), null);
        for (Diagnostic d : a.formalism().diagnostics()) {
            w.row(whole, "formalism." + d.id() + ".score", d.score(), null);
            w.row(whole, "formalism." + d.id() + ".status", null, d.status().word());
            w.row(whole, "formalism." + d.id() + ".judged", (double) d.coverage().judged(), null);
            w.row(whole, "formalism." + d.id() + ".candidates", (double) d.coverage().candidates(), null);
            w.row(whole, "formalism." + d.id() + ".flagged", (double) d.flagged().size(), null);
        }
    }

    static void period(Rows w, String caseId, PeriodAnalysis p, String kind) throws IOException {
        String[] at = {caseId, p.period().id(), kind, p.period().start().toString(), p.period().end().toString()};
        w.row(at, "period.events", (double) p.period().events(), null);
        for (Map.Entry<String, Number> e : p.structure().values().entrySet()) {
            w.row(at, "structure." + e.getKey(), e.getValue().doubleValue(), null);
        }
        w.row(at, "structure.type", null, p.structure().type().word());
        w.row(at, "subjects.activeActors", (double) p.subjects().activeActors(), null);
        w.row(at, "subjects.interactionEdges", (double) p.subjects().interactionEdges(), null);
        w.row(at, "subjects.governmentInitiationShare", p.subjects().governmentInitiationShare(), null);
        w.row(at, "subjects.enterpriseInitiationShare", p.subjects().enterpriseInitiationShare(), null);
        for (Map.Entry<String, Integer> e : p.subjects().activeBySector().entrySet()) {
            w.row(at, "subjects.active." + e.getKey(), (double) e.getValue(), null);
        }
        for (Map.Entry<BrokerageRole, Long> e : p.subjects().brokerageTotals().entrySet()) {
            w.row(at, "subjects.brokerage." + e.getKey().word(), (double) e.getValue(), null);
        }
        numeric(w, at, "mechanism", p.mechanism());
        w.row(at, "mechanism.dominant", null, p.mechanism().dominant().word());
        numeric(w, at, "embedding", p.embedding());
    }

    /** Every int, long or double component of a result record, as {@code prefix.component}. */
    private static void numeric(Rows w, String[] at, String prefix, Record r) throws IOException {
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Class<?> t = rc.getType();
            if (t == int.class || t == long.class || t == double.class) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + rc.getName() + " of " + r.getClass(), e);
                }
                w.row(at, prefix + "." + rc.getName(), ((Number) v).doubleValue(), null);
            }
        }
    }

    private static void row(Writer w, String[] at, String metric, Double value, String label) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String s : at) {
            sb.append(csv(s)).append(',');
        }
        sb.append(csv(metric)).append(',');
        sb.append(value == null || !Double.isFinite(value) ? "" : number(value)).append(',');
        sb.append(csv(label)).append("\r\n");
        w.write(sb.toString());
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A file name from an id: letters, digits, '.', '_' and '-' kept, anything else '_'. */
    static String fileName(String id) {
        StringBuilder sb = new StringBuilder();
        id.codePoints().forEach(cp -> sb.appendCodePoint(Character.isLetterOrDigit(cp) || cp == '.' || cp == '_'
                || cp == '-' ? cp : '_'));
        String s = sb.toString();
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(Path file, XmlBody body) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            body.write(w);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String name, String forWhat, String type) throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", forWhat.charAt(0) + "_" + name);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement("data");
        boolean edge = key.equals("type") || key.equals("axis") || key.equals("start") || key.equals("end")
                || key.equals("weight");
        w.writeAttribute("key", (edge ? "e_" : "n_") + key);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String cls, String[][] attrs) throws XMLStreamException {
        w.writeStartElement("attributes");
        w.writeAttribute("class", cls);
        for (int i = 0; i < attrs.length; i++) {
            w.writeEmptyElement("attribute");
            w.writeAttribute("id", String.valueOf(i));
            w.writeAttribute("title", attrs[i][0]);
            w.writeAttribute("type", attrs[i][1]);
        }
        w.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter w, String id, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", id);
        w.writeAttribute("value", value);
    }
}
