package org.glassbox.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.io.Cases;
import org.glassbox.io.export.AnalysisTables;
import org.glassbox.io.json.AnalysisJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch job of {@code glassbox compare --engine spark} on {@code local[2]}: the repository's example
 * cases analysed one task per case must give the embedded engine's analyses — the comparison's JSON
 * (every case's analysis inside it) and its comparison table byte for byte — with the default options and
 * with options that change the analysis (a threshold override, a seed, the sensitivity analysis).
 */
class CaseBatchTest {
    private static SparkEngine engine;
    private static final Path EXAMPLES = Path.of("..", "examples");

    @BeforeAll
    static void start() {
        engine = SparkEngine.open("local[2]");
        engine.session().conf().set("spark.sql.shuffle.partitions", "2");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static String json(Comparison c) throws IOException {
        StringWriter w = new StringWriter();
        AnalysisJson.write(c, w);
        return w.toString();
    }

    private static void assertSameAsEmbedded(List<Path> cases, AnalysisOptions o) throws Exception {
        List<CaseAnalysis> embedded = new ArrayList<>();
        for (Path p : cases) {
            embedded.add(Glassbox.analyze(Cases.read(p), o));
        }
        List<CaseAnalysis> spark = engine.analyseCases(cases, o);
        assertThat(spark).hasSameSizeAs(cases);
        assertThat(spark).extracting(CaseAnalysis::caseId).containsExactlyElementsOf(embedded.stream().map(CaseAnalysis::caseId).toList());
        Comparison s = Glassbox.compare(spark);
        Comparison e = Glassbox.compare(embedded);
        assertThat(json(s)).isEqualTo(json(e));
        assertThat(AnalysisTables.comparison(s)).isEqualTo(AnalysisTables.comparison(e));
        assertThat(s.differences()).isEqualTo(e.differences());
    }

    @Test
    void exampleCasesAsTheEmbeddedEngineAnalysesThem() throws Exception {
        List<Path> cases = List.of(EXAMPLES.resolve("province-a"), EXAMPLES.resolve("city-b"));
        assertThat(cases).allMatch(Files::isDirectory);
        assertSameAsEmbedded(cases, AnalysisOptions.defaults());
    }

    @Test
    void optionsTravelToTheTasks() throws Exception {
        List<Path> cases = List.of(EXAMPLES.resolve("city-b"), EXAMPLES.resolve("province-a"), EXAMPLES.resolve("city-b"));
        CaseAnalysis a = Glassbox.analyze(Cases.read(cases.get(1)), AnalysisOptions.defaults());
        String threshold = a.provenance().thresholds().keySet().iterator().next();
        AnalysisOptions o = AnalysisOptions.defaults().withSeed(7).withSensitivity(true)
                .withThresholdOverrides(Map.of(threshold, a.provenance().thresholds().get(threshold) * 1.5));
        assertSameAsEmbedded(cases, o);
    }

    @Test
    void aRecordGraphSurvivesTheCodec() throws Exception {
        CaseAnalysis a = Glassbox.analyze(Cases.read(EXAMPLES.resolve("province-a")), AnalysisOptions.defaults());
        CaseAnalysis back = RecordCodec.decode(RecordCodec.encode(a), CaseAnalysis.class);
        StringWriter w1 = new StringWriter();
        StringWriter w2 = new StringWriter();
        AnalysisJson.write(a, w1);
        AnalysisJson.write(back, w2);
        assertThat(w2.toString()).isEqualTo(w1.toString()).contains("province");
        assertThat(back.years()).hasSameSizeAs(a.years()).isNotEmpty();
    }
}
