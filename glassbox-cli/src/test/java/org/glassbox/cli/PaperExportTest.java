package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --qca --export DIR} for a paper: the tables as CSV, LaTeX and Word with the same
 * cells, the truth table and solutions, the charts, and replication.json with the inputs' checksums.
 */
class PaperExportTest {
    @TempDir
    static Path tmp;
    static Path dir;
    static AnalyzeCommandTest.Run run;
    static final Path A = AnalyzeCommandTest.EXAMPLES.resolve("province-a");
    static final Path B = AnalyzeCommandTest.EXAMPLES.resolve("city-b");

    @BeforeAll
    static void export() {
        dir = tmp.resolve("paper");
        run = AnalyzeCommandTest.run("compare", A.toString(), B.toString(), "--qca", "--outcome", "model.verdict=market",
                "--conditions", "EMB:lastPhase.embedding.index", "--incl-cut", "0.8", "--qca-table", tmp.resolve("qca.csv").toString(),
                "--json", tmp.resolve("cmp.json").toString(), "--export", dir.toString(), "--lang", "zh");
    }

    /** RFC 4180 rows of a CSV file (after its byte order mark). */
    static List<List<String>> csv(Path f) throws Exception {
        String s = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(s).startsWith("\uFEFF");
        s = s.substring(1);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++; // \n
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    static List<String> tables() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("tables"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).map(n -> n.substring(0, n.length() - 4))
                    .sorted().toList();
        }
    }

    @Test
    void everyTableIsWrittenThreeWays() throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(tables()).contains("province-a-evidence", "province-a-metrics-phases", "city-b-evidence", "city-b-metrics-phases",
                "comparison", "qca-truth-table", "qca-solutions");
        for (String t : tables()) {
            assertThat(dir.resolve("tables/" + t + ".tex")).exists();
            assertThat(dir.resolve("tables/" + t + ".docx")).exists();
        }
    }

    @Test
    void theWordTablesCellsEqualTheCsvs() throws Exception {
        for (String t : tables()) {
            List<List<String>> rows = csv(dir.resolve("tables/" + t + ".csv"));
            try (InputStream in = Files.newInputStream(dir.resolve("tables/" + t + ".docx")); XWPFDocument doc = new XWPFDocument(in)) {
                XWPFTable table = doc.getTables().get(0);
                assertThat(table.getRows()).as(t).hasSize(rows.size());
                for (int i = 0; i < rows.size(); i++) {
                    XWPFTableRow r = table.getRow(i);
                    List<String> cells = r.getTableCells().stream().map(c -> c.getText()).toList();
                    assertThat(cells).as(t + " row " + i).isEqualTo(rows.get(i));
                }
                XWPFRun run0 = table.getRow(1 < rows.size() ? 1 : 0).getCell(0).getParagraphs().get(0).getRuns().get(0);
                assertThat(run0.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("SimSun");
            }
        }
    }

    @Test
    void chineseTextSurvivesInWord() throws Exception {
        try (InputStream in = Files.newInputStream(dir.resolve("tables/comparison.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            String all = doc.getTables().get(0).getText();
            assertThat(all).contains("province-a");
        }
        // the case names of the demo are Chinese in name_zh, English in name; the evidence table carries the claims as analysed
        List<List<String>> ev = csv(dir.resolve("tables/province-a-evidence.csv"));
        assertThat(ev.size()).isGreaterThan(1);
    }

    @Test
    void theLatexTablesHaveOneBodyLinePerCsvRowAndEscapeSpecialCharacters() throws Exception {
        for (String t : tables()) {
            List<List<String>> rows = csv(dir.resolve("tables/" + t + ".csv"));
            String tex = Files.readString(dir.resolve("tables/" + t + ".tex"));
            assertThat(tex).contains("\\toprule", "\\midrule", "\\bottomrule", "\\label{tab:" + t + "}");
            String body = tex.substring(tex.indexOf("\\midrule") + 8, tex.indexOf("\\bottomrule"));
            long lines = body.lines().filter(l -> l.endsWith("\\\\")).count();
            assertThat(lines).as(t).isEqualTo(rows.size() - 1);
        }
        String evidence = Files.readString(dir.resolve("tables/province-a-evidence.tex"));
        String csvText = Files.readString(dir.resolve("tables/province-a-evidence.csv"));
        assertThat(csvText).contains("_"); // thresholds such as structure.matrix.dual_authority_min
        assertThat(evidence).doesNotContainPattern("[^\\\\]_").contains("\\_");
    }

    @Test
    void theQcaTablesCarryTheFitParametersOfTheJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(tmp.resolve("cmp.json").toFile()).get("qca");
        List<List<String>> sol = csv(dir.resolve("tables/qca-solutions.csv"));
        assertThat(sol.get(0)).containsExactly("solution", "model", "term", "inclS", "PRI", "covS", "covU", "cases");
        assertThat(sol.size()).isGreaterThan(1);
        List<List<String>> tt = csv(dir.resolve("tables/qca-truth-table.csv"));
        assertThat(tt.get(0)).contains("EMB", "OUT", "n", "incl", "PRI");
        assertThat(json).isNotNull();
        assertThat(json.toString()).contains("inclS");
    }

    @Test
    void replicationJsonNamesVersionCodebookThresholdsSeedsAndChecksums() throws Exception {
        JsonNode r = new ObjectMapper().readTree(dir.resolve("replication.json").toFile());
        JsonNode cmp = new ObjectMapper().readTree(tmp.resolve("cmp.json").toFile());
        assertThat(r.get("schema").asText()).isEqualTo("glassbox.replication/1");
        assertThat(r.get("glassbox").asText()).isEqualTo(Main.Version.version());
        JsonNode c0 = r.get("cases").get(0);
        assertThat(c0.get("id").asText()).isEqualTo("province-a");
        JsonNode prov = cmp.get("cases").get(0).get("provenance");
        assertThat(c0.get("codebookSha256").asText()).isEqualTo(prov.get("codebookSha256").asText()).hasSize(64);
        assertThat(c0.get("seed").asLong()).isEqualTo(prov.get("seed").asLong());
        assertThat(c0.get("thresholds").size()).isPositive();
        JsonNode files = c0.get("input");
        assertThat(files.size()).isPositive();
        for (JsonNode f : files) {
            Path p = A.resolve(f.get("file").asText());
            assertThat(f.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            assertThat(f.get("bytes").asLong()).isEqualTo(Files.size(p));
        }
        assertThat(r.get("qca").get("outcome").asText()).isNotEmpty();
    }

    @Test
    void theChartsOfBothCasesAreExported() throws Exception {
        assertThat(dir.resolve("charts/province-a-embedding.svg")).exists();
        assertThat(dir.resolve("charts/city-b-embedding.png")).exists();
        assertThat(dir.resolve("metrics.csv")).exists();
        assertThat(run.out()).contains("charts, tables, replication.json");
    }
}
