package org.glassbox.core.analysis.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.generate.ScenarioFamily;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 10: two causes of wrong or missing model verdicts on thin late stages found by {@code ./bench accuracy}
 * (docs/methods.md §5 "Who coordinates", "Process-tracing tests"; §10).
 */
class ThinStageVerdictTest {

    /**
     * Ten departments under the government's line; four also under a cross-cutting coordinator, three of them the joint
     * venture's, one the leading group's: a matrix (dual authority 0.40) whose six other departments answer to one
     * superior.
     */
    @Test
    void aMatrixTheOperatorMostlyCoordinatesPointsMarketThoughMostActorsAnswerToOneSuperior() {
        CaseFixture fx = CaseFixture.of().actor("pg", "government").actor("jv", "joint-venture").actor("lg", "party")
                .actor("e1", "private-enterprise");
        for (int i = 1; i <= 10; i++) {
            fx.actor("d" + i, "government").tie("c" + i, "pg", "d" + i, "command");
        }
        fx.tie("x1", "jv", "d1", "coordination").tie("x2", "jv", "d2", "coordination").tie("x3", "jv", "d3", "coordination")
                .tie("x4", "lg", "d4", "coordination");
        for (int i = 0; i < 6; i++) {
            fx.event("a" + i, String.format(Locale.ROOT, "2020-%02d", i + 1), "directive", "pg", "e1", "");
        }
        var a = Glassbox.analyze(fx.phase("p", "2020", "2020").codebook(ModelRuleTest.eventsOnly(Codebook.defaults())).build());
        var s = a.phases().get(0).structure();
        assertThat(s.dualAuthorityRatio()).isCloseTo(0.4, within(1e-12));
        assertThat(s.coordination().enterpriseShare()).isCloseTo(0.75, within(1e-12));
        EvidenceLink structure = a.model().evidence().get(0);
        // μ = 1: the coordinators' reading, m = 0.75, a = 0.25; until 2026-12-02 a = min(1, 0.60 + 0.25) = 0.85 pointed
        // administrative, the unity of the six other departments outweighing who creates the dual authority
        assertThat(structure.pointsTo()).isEqualTo("market");
        assertThat(structure.test().values()).containsExactly("market", "0.75", "0.25");
    }

    /**
     * A generated administrative case at noise 0.30 whose last phase is coded with 12 government–enterprise events
     * (family sparse-late, seed 35): every voting figure of its late stage points administrative, each only moderately,
     * so the scores fall within the margin — it was issued hybrid.
     */
    @Test
    void scoresBetweenTheModelsWhoseEveryVotingFigurePointsOneWayAreThatModel() {
        var g = CaseGenerator.generate(CaseGenerator.Options.of(2000, 150).withSeed(35).withProcess(GeneratingProcess.ADMINISTRATIVE)
                .withNoise(0.3));
        ModelVerdict m = Glassbox.analyze(ScenarioFamily.SPARSE_LATE.apply(g, 35)).model();
        ModelRule.Scores sc = new ModelRule.Scores(m.scores().get(ConstructionModel.MARKET), m.scores().get(ConstructionModel.ADMINISTRATIVE),
                m.scores().get(ConstructionModel.HYBRID));
        assertThat(ModelRule.verdict(sc, Codebook.defaults())).as("margin rule on %s", sc).isEqualTo(ConstructionModel.HYBRID);
        var straws = m.evidence().stream().filter(l -> l.test() != null && l.test().kind() == TestKind.STRAW_IN_THE_WIND).toList();
        assertThat(straws).extracting(EvidenceLink::pointsTo).doesNotContain("market").filteredOn("administrative"::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(m.decided()).as(m.reason()).isTrue();
        assertThat(m.verdict()).isEqualTo(ConstructionModel.ADMINISTRATIVE);
        assertThat(m.rule()).contains("| < 0.20, but every voting figure that points anywhere points administrative (");
        assertThat(m.reason()).endsWith("the hoop tests of administrative hold");
    }
}
