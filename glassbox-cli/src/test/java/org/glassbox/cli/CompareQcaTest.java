package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.cli.qca.QcaOutput;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.io.caseformat.CaseWriter;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.Qca;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTableOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code glassbox compare --qca}: the flags reach {@link org.glassbox.app.qca.ComparisonQca} (tested
 * there), the table is written where asked, the solutions print as {@code glassbox qca minimize}
 * prints them, the JSON carries them, and the library's parameter names come back as flags.
 */
class CompareQcaTest {
    @TempDir
    static Path tmp;
    static final List<String> CASES = new ArrayList<>();

    static final String EMB = "lastPhase.embedding.index";
    static final String DUAL = "phases[-1].structure.metrics.dualAuthorityRatio";
    static final String INIT = "phases[last].subjects.enterpriseInitiationShare";

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
            for (int seed = 1; seed <= 4; seed++) {
                Path dir = tmp.resolve(p.word() + "-" + seed);
                CaseWriter.writeFolder(CaseGenerator.generate(CaseGenerator.Options.of(300, 30).withSeed(seed).withYears(4)
                        .withProcess(p).withNoise(0.2)), dir);
                CASES.add(dir.toString());
            }
        }
    }

    static String[] args(String... more) {
        List<String> a = new ArrayList<>(List.of("compare"));
        a.addAll(CASES);
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    /** Two cases only: enough for the errors, and fast. */
    static String[] few(String... more) {
        List<String> a = new ArrayList<>(List.of("compare", CASES.get(0), CASES.get(4)));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test
    void theSolutionsPrintAsQcaMinimizeOnTheWrittenTable() throws Exception {
        Path csv = tmp.resolve("out/table.csv");
        Path json = tmp.resolve("out/cmp.json");
        Path html = tmp.resolve("out/xy.html");
        Run r = run(args("--qca", "--outcome", "model.verdict=market", "--conditions", "EMB:" + EMB + ",DUAL:" + DUAL + ",INIT:" + INIT,
                "--calibrate", EMB + "=0.15,0.35,0.55", "--calibrate", "DUAL=e=0.02,c=0.2,i=0.4", "--calibrate", INIT + "=0.03,0.15,0.28",
                "--incl-cut", "0.8", "--qca-table", csv.toString(), "--qca-html", html.toString(), "--json", json.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        DataTable written = CsvDataReader.read(csv);
        assertThat(written.cases()).hasSize(8);
        assertThat(written.columnNames()).containsExactly("EMB", "DUAL", "INIT", "MARKET");
        assertThat(r.out()).contains("QCA data table (8 cases × 3 conditions and the outcome) written to " + csv.toAbsolutePath().normalize())
                .contains("QCA XY plots written to " + html.toAbsolutePath().normalize());

        List<String> conds = List.of("EMB", "DUAL", "INIT");
        TruthTableOptions cut = TruthTableOptions.defaults().withInclCut(0.8);
        MinimizationResult complex = Qca.minimize(written, "MARKET", conds, cut, MinimizeOptions.complex());
        MinimizationResult pars = Qca.minimize(written, "MARKET", conds, cut, MinimizeOptions.parsimonious());
        assertThat(r.out()).contains("Complex solution:\n" + text(complex))
                .contains("Parsimonious solution (logical remainders ? included):\n" + text(pars));
        Run qp = run("qca", "minimize", csv.toString(), "--outcome", "MARKET", "--conditions", "EMB,DUAL,INIT", "--incl-cut", "0.8",
                "--include", "?");
        assertThat(qp.code()).as(qp.err()).isZero();
        assertThat(r.out()).contains(qp.out());
        assertThat(r.out()).contains("QCA data table:\n  case  ").contains("Truth table (MARKET):");

        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertThat(j.at("/schema").asText()).isEqualTo("glassbox.comparison/1");
        assertThat(j.at("/cases").size()).isEqualTo(8);
        JsonNode q = j.get("qca");
        assertThat(q.at("/tableFile").asText()).isEqualTo(csv.toAbsolutePath().normalize().toString());
        assertThat(q.at("/outcome/equals").asText()).isEqualTo("market");
        List<String> solution = new ArrayList<>();
        q.at("/parsimonious/solution/0").forEach(t -> solution.add(t.asText()));
        assertThat(solution).isEqualTo(pars.models().get(0).terms());
        assertThat(Files.readString(html)).contains("echarts").contains("\"relation\":\"necessity\"").contains(written.cases().get(0));
    }

    @Test
    void withJsonOnStandardOutputTheNotesGoToStandardError() throws Exception {
        Path csv = tmp.resolve("std/table.csv");
        Run r = run(args("--qca", "--outcome", "model.verdict=market", "--conditions", "EMB:" + EMB, "--calibrate", "EMB=0.15,0.35,0.55",
                "--incl-cut", "0.8", "--qca-table", csv.toString(), "--json", "-"));
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.at("/qca/conditions/0/name").asText()).isEqualTo("EMB");
        assertThat(r.err()).contains("QCA data table (8 cases × 1 conditions and the outcome) written to");
    }

    private static String text(MinimizationResult r) {
        StringWriter w = new StringWriter();
        QcaOutput.printSolution(r, new PrintWriter(w, true));
        return w.toString();
    }

    @Test
    void aMissingPathIsBadInputAndWritesNoTable() {
        Run r = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "lastPhase.embedding.indx",
                "--qca-table", tmp.resolve("bad.csv").toString()));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).startsWith("glassbox compare: case synthetic-administrative-s1: path 'lastPhase.embedding.indx': "
                + "no key 'indx' in phases[last].embedding; nearest: index");
        assertThat(Files.exists(tmp.resolve("bad.csv"))).isFalse();
    }

    @Test
    void theLibrarysParameterNamesComeBackAsFlags() {
        Run count = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "lastPhase.structure.metrics.ties",
                "--qca-table", tmp.resolve("bad2.csv").toString()));
        assertThat(count.code()).isEqualTo(1);
        assertThat(count.err()).contains("calibrate it, e.g. --calibrate lastPhase.structure.metrics.ties=e,c,i").doesNotContain("`");
        Run cut = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", EMB, "--incl-cut", "2",
                "--qca-table", tmp.resolve("cut.csv").toString()));
        assertThat(cut.code()).isEqualTo(1);
        assertThat(cut.out()).contains("QCA data table (2 cases) written to");
        assertThat(cut.err()).isEqualTo("glassbox compare: --incl-cut: consistency cut-offs must lie in [0, 1]\n");
        Run none = run(few("--qca", "--outcome", "model.verdict=nothing", "--conditions", EMB,
                "--qca-table", tmp.resolve("none.csv").toString()));
        assertThat(none.err()).endsWith("nothing to minimise; lower --incl-cut or --n-cut\n");
        Run text = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "model.verdict"));
        assertThat(text.err()).contains("compare it in the outcome, e.g. --outcome model.verdict=");
    }

    @Test
    void usageErrorsAreExitTwo() {
        Run noOutcome = run(few("--qca", "--conditions", EMB));
        assertThat(noOutcome.code()).isEqualTo(2);
        assertThat(noOutcome.err()).isEqualTo("glassbox compare: --qca needs --outcome PATH=VALUE (e.g. model.verdict=market) or a numeric PATH\n"
                + "Try 'glassbox compare --help'.\n");
        Run noConditions = run(few("--qca", "--outcome", "model.verdict=market"));
        assertThat(noConditions.code()).isEqualTo(2);
        assertThat(noConditions.err()).startsWith("glassbox compare: --qca needs --conditions PATH,...");
        Run badSyntax = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "phases[oops].embedding.index"));
        assertThat(badSyntax.code()).isEqualTo(2);
        assertThat(badSyntax.err()).contains("path 'phases[oops].embedding.index': '[oops]' at column 7 is not an index");
        Run strayCalibration = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", EMB,
                "--calibrate", "model.scores.market=0.2,0.5,0.8"));
        assertThat(strayCalibration.code()).isEqualTo(2);
        assertThat(strayCalibration.err()).isEqualTo("glassbox compare: --calibrate model.scores.market=0.2,0.5,0.8: "
                + "'model.scores.market' is neither a condition nor the outcome (by path or name)\n"
                + "Try 'glassbox compare --help'.\n");
        Run twice = run(few("--qca", "--outcome", "model.verdict=market", "--conditions", "A:" + EMB + ",A:" + DUAL));
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).contains("--conditions: the name A is used twice");
    }
}
