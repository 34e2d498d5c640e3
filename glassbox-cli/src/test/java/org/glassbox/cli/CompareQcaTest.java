package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.cli.qca.QcaOutput;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.io.caseformat.CaseWriter;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.Qca;
import org.glassbox.qca.calibrate.Calibration;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTableOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code glassbox compare --qca}: a dozen generated cases end in a QCA solution. */
class CompareQcaTest {
    @TempDir
    static Path tmp;
    static final List<String> CASES = new ArrayList<>();

    static final String EMB = "lastPhase.embedding.index";
    static final String DUAL = "phases[-1].structure.metrics.dualAuthorityRatio";
    static final String INIT = "phases[last].subjects.enterpriseInitiationShare";
    static final Map<String, String> ANCHORS = Map.of(EMB, "e=0.15, c=0.35, i=0.55", DUAL, "e=0.02, c=0.2, i=0.4",
            INIT, "e=0.03, c=0.15, i=0.28");
    static final Map<String, String> POINTER = Map.of(EMB, "/embedding/index", DUAL, "/structure/metrics/dualAuthorityRatio",
            INIT, "/subjects/enterpriseInitiationShare");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void generate() throws Exception {
        for (GeneratingProcess p : GeneratingProcess.values()) {
            for (int seed = 1; seed <= 6; seed++) {
                Path dir = tmp.resolve(p.word() + "-" + seed);
                CaseWriter.writeFolder(CaseGenerator.generate(CaseGenerator.Options.of(400, 40).withSeed(seed).withYears(4)
                        .withProcess(p).withNoise(0.2)), dir);
                CASES.add(dir.toString());
            }
        }
    }

    static List<String> args(String... more) {
        List<String> a = new ArrayList<>(List.of("compare"));
        a.addAll(CASES);
        a.addAll(List.of(more));
        return a;
    }

    /** Two cases only: enough for the errors, and fast. */
    static List<String> few(String... more) {
        List<String> a = new ArrayList<>(List.of("compare", CASES.get(0), CASES.get(6)));
        a.addAll(List.of(more));
        return a;
    }

    static TruthTableOptions cut() {
        return TruthTableOptions.defaults().withInclCut(0.8);
    }

    @Test
    void dozenCasesEndInTheSolutionOfTheirTable() throws Exception {
        Path csv = tmp.resolve("out/table.csv");
        Path json = tmp.resolve("out/cmp.json");
        Path html = tmp.resolve("out/xy.html");
        Run r = run(args("--qca", "--outcome", "model.verdict=market", "--conditions", "EMB:" + EMB + ",DUAL:" + DUAL + ",INIT:" + INIT,
                "--calibrate", EMB + "=0.15,0.35,0.55", "--calibrate", "DUAL=e=0.02,c=0.2,i=0.4", "--calibrate", INIT + "=0.03,0.15,0.28",
                "--incl-cut", "0.8", "--qca-table", csv.toString(), "--qca-html", html.toString(), "--json", json.toString())
                .toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();

        // the table, independently: each case's analyze --json, the value at the same place, calibrated
        ObjectMapper m = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        Map<String, double[]> cols = new LinkedHashMap<>();
        Map<String, String> nameOf = Map.of(EMB, "EMB", DUAL, "DUAL", INIT, "INIT");
        for (String path : List.of(EMB, DUAL, INIT)) {
            cols.put(nameOf.get(path), new double[CASES.size()]);
        }
        double[] market = new double[CASES.size()];
        for (int i = 0; i < CASES.size(); i++) {
            Run a = run("analyze", CASES.get(i), "--json", "-");
            assertThat(a.code()).as(a.err()).isZero();
            JsonNode j = m.readTree(a.out());
            ids.add(j.at("/case/id").asText());
            JsonNode phases = j.get("phases");
            JsonNode last = phases.get(phases.size() - 1);
            for (String path : List.of(EMB, DUAL, INIT)) {
                cols.get(nameOf.get(path))[i] = last.at(POINTER.get(path)).asDouble();
            }
            market[i] = j.at("/model/verdict").asText().equals("market") ? 1 : 0;
        }
        for (String path : List.of(EMB, DUAL, INIT)) {
            String n = nameOf.get(path);
            cols.put(n, Qca.calibrate(cols.get(n), ANCHORS.get(path), Calibration.FuzzyOptions.defaults()));
        }
        cols.put("MARKET", market);
        DataTable expected = new DataTable(ids, cols);
        assertThat(market).contains(0.0, 1.0);

        DataTable written = CsvDataReader.read(csv);
        assertThat(written.cases()).isEqualTo(ids).hasSize(12);
        assertThat(written.columnNames()).containsExactly("EMB", "DUAL", "INIT", "MARKET");
        for (String c : expected.columnNames()) {
            double[] e = expected.column(c);
            double[] w = written.column(c);
            for (int i = 0; i < e.length; i++) {
                assertThat(w[i]).as(c + " of " + ids.get(i)).isCloseTo(e[i], within(1e-12));
            }
        }
        assertThat(r.out()).contains("written to " + csv.toAbsolutePath().normalize());

        // the solutions printed are Qca.minimize on that table
        List<String> conds = List.of("EMB", "DUAL", "INIT");
        MinimizationResult complex = Qca.minimize(expected, "MARKET", conds, cut(), MinimizeOptions.complex());
        MinimizationResult pars = Qca.minimize(expected, "MARKET", conds, cut(), MinimizeOptions.parsimonious());
        assertThat(r.out()).contains("Complex solution:\n" + text(complex))
                .contains("Parsimonious solution (logical remainders ? included):\n" + text(pars));

        // the CSV gives the same solutions through glassbox qca minimize
        Run qc = run("qca", "minimize", csv.toString(), "--outcome", "MARKET", "--conditions", "EMB,DUAL,INIT", "--incl-cut", "0.8");
        Run qp = run("qca", "minimize", csv.toString(), "--outcome", "MARKET", "--conditions", "EMB,DUAL,INIT", "--incl-cut", "0.8",
                "--include", "?");
        assertThat(qc.code()).as(qc.err()).isZero();
        assertThat(qp.code()).as(qp.err()).isZero();
        assertThat(r.out()).contains(qc.out()).contains(qp.out());

        // the comparison JSON carries the result under qca
        JsonNode j = m.readTree(json.toFile());
        assertThat(j.at("/schema").asText()).isEqualTo("glassbox.comparison/1");
        assertThat(j.at("/cases").size()).isEqualTo(12);
        JsonNode q = j.get("qca");
        assertThat(q.at("/outcome/path").asText()).isEqualTo("model.verdict");
        assertThat(q.at("/outcome/equals").asText()).isEqualTo("market");
        assertThat(q.at("/conditions/1/path").asText()).isEqualTo(DUAL);
        assertThat(q.at("/table/cases").size()).isEqualTo(12);
        List<String> solution = new ArrayList<>();
        q.at("/parsimonious/solution/0").forEach(t -> solution.add(t.asText()));
        assertThat(solution).isEqualTo(pars.models().get(0).terms());
        assertThat(q.at("/xy").size()).isEqualTo(2 + 3);
        assertThat(q.at("/xy/0/inclS").asDouble()).isCloseTo(complex.models().get(0).fit().inclS(), within(1e-12));

        // the XY page
        String page = Files.readString(html);
        assertThat(page).contains("echarts").contains("\"relation\":\"necessity\"").contains("\"inclName\":\"inclS\"")
                .contains(ids.get(0));
    }

    private static String text(MinimizationResult r) {
        StringWriter w = new StringWriter();
        QcaOutput.printSolution(r, new PrintWriter(w, true));
        return w.toString();
    }

    @Test
    void aMissingPathNamesTheCaseThePathAndTheNearestKeys() {
        Run r = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "lastPhase.embedding.indx",
                "--qca-table", tmp.resolve("bad.csv").toString()).toArray(String[]::new));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("case synthetic-administrative-s1").contains("path 'lastPhase.embedding.indx'")
                .contains("no key 'indx' in phases[last].embedding").contains("nearest: index");
        assertThat(Files.exists(tmp.resolve("bad.csv"))).isFalse();
    }

    @Test
    void anUncalibratedCountIsRefusedWithAHint() {
        Run r = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "lastPhase.structure.metrics.ties",
                "--qca-table", tmp.resolve("bad2.csv").toString()).toArray(String[]::new));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("path 'lastPhase.structure.metrics.ties'").contains("outside [0, 1]")
                .contains("--calibrate lastPhase.structure.metrics.ties=e,c,i");
    }

    @Test
    void usageErrorsAreExitTwo() {
        Run noOutcome = run(few("--qca", "--conditions", EMB).toArray(String[]::new));
        assertThat(noOutcome.code()).isEqualTo(2);
        assertThat(noOutcome.err()).contains("--outcome");
        Run badSyntax = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "phases[oops].embedding.index")
                .toArray(String[]::new));
        assertThat(badSyntax.code()).isEqualTo(2);
        assertThat(badSyntax.err()).contains("'[oops]'").contains("is not an index");
        Run strayCalibration = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", EMB,
                "--calibrate", "model.scores.market=0.2,0.5,0.8").toArray(String[]::new));
        assertThat(strayCalibration.code()).isEqualTo(2);
        assertThat(strayCalibration.err()).contains("neither a condition nor the outcome");
    }

    @Test
    void pathsIndexSelectAndShortcut() throws Exception {
        JsonNode j = new ObjectMapper().readTree("{\"phases\":[{\"id\":\"p1\",\"x\":0.1},{\"id\":\"p2\",\"x\":0.7}],"
                + "\"d\":[{\"id\":\"a\",\"score\":0.3},{\"id\":\"b\",\"score\":0.9}],\"t\":{\"a.b\":2}}");
        assertThat(CompareQca.resolve(j, "lastPhase.x", "c").asDouble()).isEqualTo(0.7);
        assertThat(CompareQca.resolve(j, "phases[-1].x", "c").asDouble()).isEqualTo(0.7);
        assertThat(CompareQca.resolve(j, "phases[last].x", "c").asDouble()).isEqualTo(0.7);
        assertThat(CompareQca.resolve(j, "firstPhase.x", "c").asDouble()).isEqualTo(0.1);
        assertThat(CompareQca.resolve(j, "phases[id=p1].x", "c").asDouble()).isEqualTo(0.1);
        assertThat(CompareQca.resolve(j, "d[id=b].score", "c").asDouble()).isEqualTo(0.9);
        assertThat(CompareQca.resolve(j, "t[\"a.b\"]", "c").asInt()).isEqualTo(2);
        assertThatThrownBy(() -> CompareQca.resolve(j, "phases[2].x", "c")).hasMessageContaining("has 2 elements");
        assertThatThrownBy(() -> CompareQca.resolve(j, "d[id=z].score", "c")).hasMessageContaining("values there: a, b");
        assertThatThrownBy(() -> CompareQca.resolve(j, "phases.x", "c")).hasMessageContaining("is an array");
        assertThat(CompareQca.derivedName(EMB)).isEqualTo("INDEX");
    }
}
