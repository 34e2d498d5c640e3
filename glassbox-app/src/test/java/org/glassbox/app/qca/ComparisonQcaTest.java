package org.glassbox.app.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.io.json.AnalysisJson;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.NecessityFit;
import org.glassbox.qca.Qca;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SufficiencyFit;
import org.glassbox.qca.calibrate.Calibration;
import org.glassbox.qca.json.QcaJson;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTableOptions;
import org.glassbox.report.QcaXyPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ComparisonQca}: eight generated cases (four of each generating process, 20 % noise) end in a QCA solution. */
class ComparisonQcaTest {
    static final List<CaseAnalysis> CASES = new ArrayList<>();
    static final String EMB = "lastPhase.embedding.index";
    static final String DUAL = "phases[-1].structure.metrics.dualAuthorityRatio";
    static final String INIT = "phases[last].subjects.enterpriseInitiationShare";
    static final Map<String, String> ANCHORS = Map.of(EMB, "e=0.15, c=0.35, i=0.55", DUAL, "e=0.02, c=0.2, i=0.4",
            INIT, "e=0.03, c=0.15, i=0.28");
    static final Map<String, String> POINTER = Map.of(EMB, "/embedding/index", DUAL, "/structure/metrics/dualAuthorityRatio",
            INIT, "/subjects/enterpriseInitiationShare");

    @TempDir
    Path tmp;

    @BeforeAll
    static void analyse() {
        for (GeneratingProcess p : GeneratingProcess.values()) {
            for (int seed = 1; seed <= 4; seed++) {
                CASES.add(Glassbox.analyze(CaseGenerator.generate(CaseGenerator.Options.of(300, 30).withSeed(seed).withYears(4)
                        .withProcess(p).withNoise(0.2)), AnalysisOptions.defaults()));
            }
        }
    }

    static ComparisonQcaOptions.Builder options() {
        return ComparisonQcaOptions.builder().outcome("model.verdict=market")
                .condition("EMB:" + EMB).condition("DUAL:" + DUAL).condition("INIT:" + INIT)
                .calibrate(EMB + "=0.15,0.35,0.55").calibrate("DUAL=e=0.02,c=0.2,i=0.4").calibrate(INIT + "=0.03,0.15,0.28")
                .truthTable(TruthTableOptions.defaults().withInclCut(0.8));
    }

    /** The table computed independently: each case's analysis JSON, the value at the same place, calibrated. */
    static DataTable expectedTable() {
        List<String> ids = new ArrayList<>();
        Map<String, double[]> cols = new LinkedHashMap<>();
        Map<String, String> nameOf = Map.of(EMB, "EMB", DUAL, "DUAL", INIT, "INIT");
        for (String path : List.of(EMB, DUAL, INIT)) {
            cols.put(nameOf.get(path), new double[CASES.size()]);
        }
        double[] market = new double[CASES.size()];
        for (int i = 0; i < CASES.size(); i++) {
            JsonNode j = AnalysisJson.tree(CASES.get(i));
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
        return new DataTable(ids, cols);
    }

    @Test
    void theTableIsTheCalibratedAnalysisValuesAndTheSolutionsAreItsMinimisation() {
        ComparisonQcaOptions o = options().build();
        ComparisonQcaResult r = ComparisonQca.run(CASES, o);
        DataTable expected = expectedTable();
        assertThat(expected.column("MARKET")).contains(0.0, 1.0);

        assertThat(r.table().outcome()).isEqualTo(o.outcome());
        assertThat(r.table().conditionNames()).containsExactly("EMB", "DUAL", "INIT");
        assertThat(r.table().data().cases()).isEqualTo(expected.cases()).hasSize(8);
        assertThat(r.table().data().columnNames()).containsExactly("EMB", "DUAL", "INIT", "MARKET");
        for (String c : expected.columnNames()) {
            assertThat(r.table().data().column(c)).as(c).containsExactly(expected.column(c));
        }
        List<String> conds = List.of("EMB", "DUAL", "INIT");
        TruthTableOptions cut = TruthTableOptions.defaults().withInclCut(0.8);
        assertThat(QcaJson.truthTable(r.truthTable())).isEqualTo(QcaJson.truthTable(Qca.truthTable(expected, "MARKET", conds, cut)));
        MinimizationResult complex = Qca.minimize(expected, "MARKET", conds, cut, MinimizeOptions.complex());
        MinimizationResult pars = Qca.minimize(expected, "MARKET", conds, cut, MinimizeOptions.parsimonious());
        assertThat(r.complex()).isEqualTo(complex);
        assertThat(r.parsimonious()).isEqualTo(pars);
        assertThat(complex.models()).isNotEmpty();

        // plots: sufficiency of each solution's first model, then necessity of each condition, with their fits
        List<QcaXyPage.Plot> plots = r.plots();
        assertThat(plots).extracting(QcaXyPage.Plot::relation)
                .containsExactly("sufficiency", "sufficiency", "necessity", "necessity", "necessity");
        assertThat(plots.get(0).xName()).isEqualTo(complex.models().get(0).expression());
        assertThat(plots.get(0).incl()).isEqualTo(complex.models().get(0).fit().inclS());
        assertThat(plots.get(0).cov()).isEqualTo(complex.models().get(0).fit().covS());
        assertThat(plots.get(1).title()).startsWith("parsimonious M1: ");
        QcaXyPage.Plot dual = plots.get(3);
        assertThat(dual.xName()).isEqualTo("DUAL");
        assertThat(dual.x()).containsExactly(expected.column("DUAL"));
        assertThat(dual.y()).containsExactly(expected.column("MARKET"));
        NecessityFit nf = NecessityFit.of(expected.column("DUAL"), expected.column("MARKET"));
        assertThat(dual.incl()).isEqualTo(nf.inclN());
        assertThat(dual.cov()).isEqualTo(nf.covN());
        SufficiencyFit sf = SufficiencyFit.of(plots.get(1).x(), expected.column("MARKET"));
        assertThat(plots.get(1).incl()).isEqualTo(sf.inclS());
    }

    @Test
    void namesDefaultToTheLastKeysAndRepeatedCaseIdsGetASuffix() {
        List<CaseAnalysis> twice = List.of(CASES.get(0), CASES.get(0), CASES.get(4));
        ComparisonQcaOptions o = ComparisonQcaOptions.builder().outcome("model.scores.market")
                .conditions(List.of(EMB, "firstPhase.embedding.index", " ")).calibrate("INDEX=0.15,0.35,0.55")
                .calibrate("EMBEDDING_INDEX=e=0.15,c=0.35,i=0.55").build();
        assertThat(o.outcome().name()).isEqualTo("MARKET");
        assertThat(o.outcome().equals()).isNull();
        assertThat(o.conditions()).extracting(QcaColumn::name).containsExactly("INDEX", "EMBEDDING_INDEX");
        assertThat(o.conditions().get(0).calibration()).isEqualTo("e=0.15, c=0.35, i=0.55");
        assertThat(o.conditions().get(1).calibration()).isEqualTo("e=0.15,c=0.35,i=0.55");
        ComparisonDataTable t = ComparisonQca.table(twice, o);
        String id = CASES.get(0).caseId();
        assertThat(t.data().cases()).containsExactly(id, id + "_2", CASES.get(4).caseId());
        JsonNode j0 = AnalysisJson.tree(CASES.get(0));
        assertThat(t.data().column("MARKET")[0]).isEqualTo(j0.at("/model/scores/market").asDouble());
        assertThat(t.data().column("EMBEDDING_INDEX")[1]).isEqualTo(Qca.calibrate(
                new double[] {j0.at("/phases/0/embedding/index").asDouble()}, "e=0.15,c=0.35,i=0.55", Calibration.FuzzyOptions.defaults())[0]);
        assertThat(ComparisonQcaOptions.builder().outcome("X:model.verdict=hybrid-ish").condition(EMB).calibrate(EMB + "=0.1,0.2,0.3")
                .build().outcome().name()).isEqualTo("X");
        assertThat(ComparisonQcaOptions.builder().outcome("model.verdict=2nd place").condition(EMB).calibrate(EMB + "=0.1,0.2,0.3")
                .build().outcome().name()).isEqualTo("X2ND_PLACE");
    }

    @Test
    void aMissingPathNamesTheCaseThePathAndTheNearestKeys() {
        ComparisonQcaOptions o = ComparisonQcaOptions.builder().outcome("model.verdict=market").condition("lastPhase.embedding.indx").build();
        assertThatThrownBy(() -> ComparisonQca.table(CASES, o)).isInstanceOfSatisfying(ComparisonQcaException.class, e -> {
            assertThat(e.caseLabel()).isEqualTo(CASES.get(0).caseId());
            assertThat(e.path()).isEqualTo("lastPhase.embedding.indx");
            assertThat(e.parameter()).isEqualTo("conditions");
            assertThat(e.missing()).isFalse();
            assertThat(e.getMessage()).startsWith("case " + CASES.get(0).caseId() + ": path 'lastPhase.embedding.indx': "
                    + "no key 'indx' in phases[last].embedding; nearest: index");
        });
    }

    @Test
    void valuesThatAreNoMembershipsAreRefusedWithTheParameterToUse() {
        ComparisonQcaOptions count = ComparisonQcaOptions.builder().outcome("model.verdict=market")
                .condition("lastPhase.structure.metrics.ties").build();
        assertThatThrownBy(() -> ComparisonQca.table(CASES, count)).isInstanceOfSatisfying(ComparisonQcaException.class, e -> {
            assertThat(e.caseLabel()).isNotNull();
            assertThat(e.getMessage()).contains("lies outside [0, 1]")
                    .contains("calibrate it, e.g. `calibrate` lastPhase.structure.metrics.ties=e,c,i").doesNotContain("--");
        });
        ComparisonQcaOptions text = ComparisonQcaOptions.builder().outcome("model.verdict=market").condition("model.verdict").build();
        assertThatThrownBy(() -> ComparisonQca.table(CASES, text)).hasMessageContaining("the value is the text '")
                .hasMessageContaining("e.g. `outcome` model.verdict=");
        ComparisonQcaOptions object = ComparisonQcaOptions.builder().outcome("model.verdict=market").condition("model").build();
        assertThatThrownBy(() -> ComparisonQca.table(CASES, object)).hasMessageContaining("the value is an object with keys [");
        ComparisonQcaOptions array = ComparisonQcaOptions.builder().outcome("model.verdict=market").condition("phases").build();
        assertThatThrownBy(() -> ComparisonQca.table(CASES, array)).hasMessageContaining("the value is an array of ");
    }

    @Test
    void optionErrorsNameTheParameterAndNoFlag() {
        assertOption(ComparisonQcaOptions.builder().condition(EMB), "outcome", true, "`outcome` is missing");
        assertOption(ComparisonQcaOptions.builder().outcome("model.verdict=market").condition(" "), "conditions", true,
                "`conditions` is missing");
        assertOption(ComparisonQcaOptions.builder().outcome("N:=x").condition(EMB), "outcome", false, "`outcome`: no path in 'N:=x'");
        assertOption(ComparisonQcaOptions.builder().outcome("model.verdict=market").condition("phases[oops].x"), "conditions", false,
                "path 'phases[oops].x': '[oops]' at column 7 is not an index");
        assertOption(ComparisonQcaOptions.builder().outcome("model.verdict=market").condition("1x:" + EMB), "conditions", false,
                "`conditions`: '1x' cannot name a QCA column");
        assertOption(ComparisonQcaOptions.builder().outcome("model.verdict=market").condition("A:" + EMB).condition("A:" + DUAL),
                "conditions", false, "`conditions`: the name A is used twice; name the columns, e.g. EMB:" + DUAL);
        assertOption(ComparisonQcaOptions.builder().outcome("model.verdict=market").condition(EMB).calibrate("nothing=1,2,3"),
                "calibrate", false, "`calibrate` nothing=1,2,3: 'nothing' is neither a condition nor the outcome (by path or name)");
        assertOption(ComparisonQcaOptions.builder().outcome("model.verdict=market").condition(EMB).calibrate(EMB),
                "calibrate", false, "`calibrate` " + EMB + ": write PATH=e,c,i");
        assertOption(ComparisonQcaOptions.builder().outcome("model.verdict=market").condition(EMB).calibrate(EMB + "=a,b,c"),
                "calibrate", false, "`calibrate` " + EMB + "=a,b,c: `thresholds`");
    }

    private static void assertOption(ComparisonQcaOptions.Builder b, String parameter, boolean missing, String message) {
        assertThatThrownBy(b::build).isInstanceOfSatisfying(ComparisonQcaException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.missing()).isEqualTo(missing);
            assertThat(e.caseLabel()).isNull();
            assertThat(e.getMessage()).startsWith(message).doesNotContain("--");
        });
    }

    @Test
    void recordsValidateThemselves() {
        ComparisonQcaOptions o = options().build();
        assertThatThrownBy(() -> new ComparisonQcaOptions(o.outcome(), List.of(), o.truthTable())).isInstanceOf(ComparisonQcaException.class);
        assertThatThrownBy(() -> new ComparisonQcaOptions(o.outcome(), List.of(o.outcome()), o.truthTable()))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> new QcaColumn("1a", o.outcome().path(), null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QcaColumn("A", o.outcome().path(), null, "e=x")).isInstanceOf(IllegalArgumentException.class);
        ComparisonDataTable t = ComparisonQca.table(CASES, o);
        assertThatThrownBy(() -> new ComparisonDataTable(o.outcome(), o.conditions().subList(0, 2), t.data()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(o.withTruthTable(TruthTableOptions.defaults()).truthTable()).isEqualTo(TruthTableOptions.defaults());
    }

    @Test
    void nothingToMinimiseIsBadQcaInput() {
        ComparisonQcaOptions o = ComparisonQcaOptions.builder().outcome("model.verdict=nothing-is-this").condition("EMB:" + EMB)
                .calibrate("EMB=0.15,0.35,0.55").build();
        ComparisonDataTable t = ComparisonQca.table(CASES, o);
        assertThat(t.data().column("NOTHING_IS_THIS")).containsOnly(0.0);
        assertThatThrownBy(() -> ComparisonQca.solve(t, TruthTableOptions.defaults())).isInstanceOf(QcaInputException.class)
                .hasMessageContaining("lower `inclCut` or `nCut`");
    }

    @Test
    void theCsvReadsBackToTheSameTableAndAppearsWhole() throws Exception {
        ComparisonDataTable t = ComparisonQca.table(CASES, options().build());
        Path f = tmp.resolve("sub/dir/t.csv");
        ComparisonQca.writeCsv(t.data(), f);
        DataTable back = CsvDataReader.read(f);
        assertThat(back.cases()).isEqualTo(t.data().cases());
        for (String c : t.data().columnNames()) {
            assertThat(back.column(c)).containsExactly(t.data().column(c));
        }
        assertThat(Files.readString(f)).startsWith("case,EMB,DUAL,INIT,MARKET\n").contains(",0\n").contains(",1\n");
        assertThat(Files.exists(tmp.resolve("sub/dir/t.csv.tmp"))).isFalse();
        DataTable odd = new DataTable(List.of("a,b", "c\"d"), Map.of("X", new double[] {0.5, 1}));
        ComparisonQca.writeCsv(odd, tmp.resolve("odd.csv"));
        assertThat(Files.readString(tmp.resolve("odd.csv"))).isEqualTo("case,X\n\"a,b\",0.5\n\"c\"\"d\",1\n");
    }

    @Test
    void theJsonCarriesTheColumnsTheTableTheSolutionsAndThePlots() {
        ComparisonQcaResult r = ComparisonQca.run(CASES, options().build());
        ObjectNode j = ComparisonQcaJson.tree(r, Path.of("x/../t.csv"));
        assertThat(AnalysisJsonKeys.of(j)).containsExactly("outcome", "conditions", "tableFile", "table", "truthTable", "complex",
                "parsimonious", "xy");
        assertThat(j.at("/outcome").toString()).isEqualTo("{\"name\":\"MARKET\",\"path\":\"model.verdict\",\"equals\":\"market\"}");
        assertThat(j.at("/conditions/1").toString()).isEqualTo("{\"name\":\"DUAL\",\"path\":\"" + DUAL
                + "\",\"calibration\":\"e=0.02,c=0.2,i=0.4\"}");
        assertThat(j.at("/tableFile").asText()).isEqualTo(Path.of("t.csv").toAbsolutePath().toString());
        assertThat(j.at("/table/cases").size()).isEqualTo(8);
        assertThat(j.at("/table/columns/EMB/3").asDouble()).isEqualTo(r.table().data().column("EMB")[3]);
        assertThat(j.at("/parsimonious/solution/0/0").asText()).isEqualTo(r.parsimonious().models().get(0).terms().get(0));
        assertThat(j.at("/xy").size()).isEqualTo(5);
        assertThat(AnalysisJsonKeys.of(j.at("/xy/0"))).containsExactly("relation", "title", "x", "y", "cases", "xValues", "yValues",
                "inclS", "covS");
        assertThat(AnalysisJsonKeys.of(j.at("/xy/4"))).endsWith("inclN", "covN");
        assertThat(j.at("/xy/0/inclS").asDouble()).isEqualTo(r.complex().models().get(0).fit().inclS());
    }

    /** The keys of an object node, in order. */
    static final class AnalysisJsonKeys {
        static List<String> of(JsonNode n) {
            return org.glassbox.io.json.AnalysisPath.keys(n);
        }
    }
}
