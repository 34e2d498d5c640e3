package org.glassbox.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.glassbox.app.qca.ComparisonQcaResult;
import org.glassbox.app.qca.QcaTables;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Provenance;
import org.glassbox.io.export.AnalysisTables;
import org.glassbox.io.table.Table;
import org.glassbox.io.table.TableFiles;
import org.glassbox.report.ReportFigures;
import org.glassbox.report.ReportInput;
import org.glassbox.report.ReportOptions;

/**
 * What {@code --export DIR} adds for a paper beside the networks and metrics.csv:
 *
 * <pre>
 * DIR/charts/NAME.svg|.png        every chart of the report (ReportFigures: SVG, PNG at 300 dpi)
 * DIR/tables/NAME.csv|.tex|.docx  the evidence chain and the metrics per phase of each case, the comparison
 *                                 (several cases) and, after compare --qca, the truth table and the solutions
 * DIR/replication.json            glassbox.replication/1: version, codebook hash, thresholds, seeds, SHA-256 of the inputs
 * </pre>
 */
public final class PaperExport {
    /** The schema of replication.json (docs/json.md). */
    public static final String REPLICATION_SCHEMA = "glassbox.replication/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PaperExport() {
    }

    /** The paper tables of a result (and its QCA result, or null). */
    public static List<Table> tables(CaseStudy.Result r, ComparisonQcaResult qca) {
        List<Table> out = new ArrayList<>();
        for (CaseAnalysis a : r.analyses()) {
            out.add(AnalysisTables.evidence(a));
            out.add(AnalysisTables.metricsPerPhase(a));
        }
        if (r.comparison() != null) {
            out.add(AnalysisTables.comparison(r.comparison()));
        }
        if (qca != null) {
            out.add(QcaTables.truthTable(qca));
            out.add(QcaTables.solutions(qca));
        }
        return out;
    }

    /** Writes charts/, tables/ and replication.json into {@code dir}; returns the files written. */
    public static List<Path> write(CaseStudy.Result r, ReportOptions report, List<Path> inputs, ComparisonQcaResult qca, Path dir)
            throws IOException {
        List<Path> out = new ArrayList<>();
        ReportInput in = r.comparison() == null ? ReportInput.of(r.cases().get(0), r.single()) : ReportInput.of(r.cases(), r.comparison());
        out.addAll(ReportFigures.write(in, report, dir.resolve("charts")));
        for (Table t : tables(r, qca)) {
            out.addAll(TableFiles.write(t, dir.resolve("tables")));
        }
        Path rep = dir.resolve("replication.json");
        Files.writeString(rep, JSON.writeValueAsString(replication(r, report.glassboxVersion(), inputs, qca)) + "\n");
        out.add(rep);
        return out;
    }

    /** The replication record: what a reader needs to recompute the figures and tables. */
    public static ObjectNode replication(CaseStudy.Result r, String version, List<Path> inputs, ComparisonQcaResult qca) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("schema", REPLICATION_SCHEMA);
        o.put("glassbox", version);
        o.put("java", System.getProperty("java.specification.version"));
        ArrayNode cases = o.putArray("cases");
        for (int i = 0; i < r.analyses().size(); i++) {
            CaseAnalysis a = r.analyses().get(i);
            Provenance p = a.provenance();
            ObjectNode c = cases.addObject();
            c.put("id", a.caseId());
            c.put("name", a.caseName());
            c.put("codebookSha256", p.codebookSha256());
            c.put("seed", p.seed());
            c.put("phaseSource", p.phaseSource());
            c.put("changePointPenalty", p.changePointPenalty());
            ObjectNode th = c.putObject("thresholds");
            p.thresholds().forEach(th::put);
            ArrayNode files = c.putArray("input");
            if (i < inputs.size()) {
                Path root = inputs.get(i);
                c.put("path", root.toString());
                for (Path f : files(root)) {
                    ObjectNode x = files.addObject();
                    x.put("file", Files.isDirectory(root) ? root.relativize(f).toString().replace('\\', '/') : f.getFileName().toString());
                    x.put("bytes", Files.size(f));
                    x.put("sha256", sha256(f));
                }
            }
        }
        if (qca != null) {
            ObjectNode q = o.putObject("qca");
            q.put("outcome", qca.table().outcome().name());
            ArrayNode conds = q.putArray("conditions");
            qca.table().conditionNames().forEach(conds::add);
            q.put("inclCut1", qca.truthTable().options().inclCut1());
            q.put("inclCut0", qca.truthTable().options().inclCut0());
            q.put("nCut", qca.truthTable().options().nCut());
        }
        return o;
    }

    /** A file, or every regular file under a folder in path order (hidden files included: they are input too). */
    static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Files.isRegularFile(root) ? List.of(root) : List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted((x, y) -> root.relativize(x).toString().replace('\\', '/')
                    .compareTo(root.relativize(y).toString().replace('\\', '/'))).toList();
        }
    }

    /** SHA-256 of a file's bytes, as 64 lower-case hex digits. */
    static String sha256(Path f) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(f), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
