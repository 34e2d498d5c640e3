package org.glassbox.core.analysis.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.analysis.TestKind;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.TrajectoryRule;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 9: every verdict's hoop tests and smoking guns (docs/methods.md, "Process-tracing tests") are
 * computed on the case, carried by its evidence links, and a verdict whose hoop fails is not issued.
 */
class ProcessTracingTest {

    /**
     * Six departments under the government's command; {@code directives} directives the government sends the
     * enterprise as a target and {@code approvals} approvals it makes with the enterprise taking part
     * ({@code participates}) or as a target only.
     */
    static CaseFixture commanded(int directives, int approvals, boolean participates) {
        CaseFixture fx = CaseFixture.of().actor("pg", "government").actor("e1", "private-enterprise");
        for (int i = 1; i <= 6; i++) {
            fx.actor("d" + i, "government").tie("c" + i, "pg", "d" + i, "command");
        }
        for (int i = 0; i < directives; i++) {
            fx.event("a" + i, date(i), "directive", "pg", "e1", "");
        }
        for (int i = 0; i < approvals; i++) {
            fx.event("b" + i, date(directives + i), "approval", "pg", participates ? "" : "e1", participates ? "e1" : "");
        }
        return fx.phase("p", "2020", "2021").codebook(ModelRuleTest.eventsOnly(Codebook.defaults()));
    }

    private static String date(int i) {
        return String.format(Locale.ROOT, "%d-%02d", 2020 + i / 12, i % 12 + 1);
    }

    private static EvidenceLink link(ModelVerdict m, String testId) {
        return m.evidence().stream().filter(l -> l.test() != null && l.test().id().equals(testId)).findFirst().orElseThrow();
    }

    @Test
    void aCaseTheScoresCallAdministrativeWhoseHoopFailsIsUndetermined() {
        // 8 top-down directives and 10 approvals the enterprise takes part in: no contract, no enterprise initiative,
        // a single line of command — the scores lean administrative — but enterprises sit in 10 of 18 decisions
        ModelVerdict m = Glassbox.analyze(commanded(8, 10, true).build()).model();
        ModelRule.Scores byScores = new ModelRule.Scores(m.scores().get(ConstructionModel.MARKET),
                m.scores().get(ConstructionModel.ADMINISTRATIVE), m.scores().get(ConstructionModel.HYBRID));
        assertThat(ModelRule.verdict(byScores, Codebook.defaults())).isEqualTo(ConstructionModel.ADMINISTRATIVE);
        assertThat(m.late().weight().sufficient()).isTrue();

        assertThat(m.status()).isEqualTo(VerdictStatus.UNDETERMINED);
        assertThat(m.verdict()).isNull();
        assertThat(m.leaning()).isEqualTo(ConstructionModel.ADMINISTRATIVE);
        assertThat(m.reason()).contains("administrative ruled out: hoop test failed: enterprises take part in fewer than half of the decision events: 10 of 18 (0.56) ≥ 0.50");
        EvidenceLink hoop = link(m, "model.administrative.decisions");
        assertThat(hoop.test().kind()).isEqualTo(TestKind.HOOP);
        assertThat(hoop.test().passed()).isFalse();
        assertThat(hoop.pointsTo()).isEqualTo("neutral");
        assertThat(hoop.evidence().eventIds()).hasSize(10).allMatch(id -> id.startsWith("b"));
        // the other administrative hoops held, so the failure is that one test's
        assertThat(link(m, "model.administrative.initiative").test().passed()).isTrue();
    }

    @Test
    void aSmokingGunDecidesTheModel() {
        // the same case with the enterprise only the target of the approvals: it takes part in none of 18 decisions
        ModelVerdict m = Glassbox.analyze(commanded(8, 10, false).build()).model();
        assertThat(m.status()).isEqualTo(VerdictStatus.DECIDED);
        assertThat(m.verdict()).isEqualTo(ConstructionModel.ADMINISTRATIVE);
        EvidenceLink gun = link(m, "model.administrative.command");
        assertThat(gun.test().kind()).isEqualTo(TestKind.SMOKING_GUN);
        assertThat(gun.test().passed()).isTrue();
        assertThat(gun.pointsTo()).isEqualTo("administrative");
        assertThat(m.reason()).contains("smoking gun of administrative: enterprises take part in none of the decision events (0 of 18)");
        // exclusive by construction: no rival's smoking gun passes
        assertThat(m.evidence()).filteredOn(l -> l.test() != null && l.test().kind() == TestKind.SMOKING_GUN && l.test().passed())
                .hasSize(1);
    }

    @Test
    void aSmokingGunDecidesWhereTheMarginAloneGivesHybrid() {
        // a joint-venture operator coordinates six departments; the enterprise initiates and co-designs under contract
        // sixteen inspections the government initiates with the enterprise as target pull the scores towards the middle
        CaseFixture fx = CoordinatorTest.matrix("jv", "joint-venture").tie("k", "pg", "e1", "contract");
        for (int i = 0; i < 16; i++) {
            fx.event("i" + i, String.format(Locale.ROOT, "2020-%02d-%02d", i % 12 + 1, i / 12 + 10), "inspection", "pg", "e1", "");
        }
        ModelVerdict m = Glassbox.analyze(fx.build()).model();
        EvidenceLink gun = link(m, "model.market.operator");
        assertThat(gun.test().passed()).isTrue();
        assertThat(m.verdict()).isEqualTo(ConstructionModel.MARKET);
        assertThat(m.reason()).contains("smoking gun of market");
        ModelRule.Scores sc = new ModelRule.Scores(m.scores().get(ConstructionModel.MARKET),
                m.scores().get(ConstructionModel.ADMINISTRATIVE), m.scores().get(ConstructionModel.HYBRID));
        assertThat(ModelRule.verdict(sc, Codebook.defaults())).as("scores %s", sc).isEqualTo(ConstructionModel.HYBRID);
    }

    @Test
    void everyComponentLinkIsAStrawInTheWindAndEveryTestOfTheTableIsInTheChain() {
        ModelVerdict m = Glassbox.analyze(commanded(8, 10, false).build()).model();
        List<EvidenceLink> straws = m.evidence().stream().filter(l -> l.test() != null && l.test().kind() == TestKind.STRAW_IN_THE_WIND).toList();
        assertThat(straws).hasSize(6);
        // a straw passes exactly when it votes for the verdict tested
        for (EvidenceLink l : straws) {
            assertThat(l.test().passed()).isEqualTo(l.pointsTo().equals("administrative"));
        }
        assertThat(m.evidence()).filteredOn(l -> l.test() != null && l.test().kind() != TestKind.STRAW_IN_THE_WIND)
                .extracting(l -> l.test().id()).containsExactly("model.administrative.initiative", "model.administrative.decisions",
                        "model.administrative.command", "model.market.contracts",
                        "model.market.decisions", "model.market.initiative", "model.market.operator", "model.hybrid.both-initiate",
                        "model.hybrid.enterprise-decisions", "model.hybrid.dual-coordination");
    }

    @Test
    void aMatrixOfOneHolderIsNotIssued() {
        // two actors under authority, one of them under a coordinator too: dualAuthorityRatio 0.5 ≥ 0.30, but a matrix
        // crossing a single unit fails the hoop
        CaseFixture fx = CaseFixture.of().actor("pg", "government").actor("lg", "party").actor("d1", "government").actor("d2", "government")
                .tie("c1", "pg", "d1", "command").tie("c2", "pg", "d2", "command").tie("x1", "lg", "d1", "coordination")
                .event("e", "2020-01", "meeting", "pg", "", "d1").phase("p", "2020", "2020");
        var sv = Glassbox.analyze(fx.build()).phases().get(0).structure().verdict();
        assertThat(sv.leaning()).isEqualTo(StructureType.MATRIX);
        assertThat(sv.type()).isEqualTo(StructureType.UNCLASSIFIED);
        assertThat(sv.rule()).startsWith("matrix ruled out (dualAuthorityRatio 0.50 ≥ 0.30): hoop test failed: at least 2 actors hold dual authority: 1 < 2");
        assertThat(ProcessTest.failedHoop(sv.tests())).isNotNull();
        // a second holder under the same coordinator: the hoop holds and the smoking gun (one coordinator, two holders) fires
        var two = Glassbox.analyze(fx.tie("x2", "lg", "d2", "coordination").build()).phases().get(0).structure().verdict();
        assertThat(two.type()).isEqualTo(StructureType.MATRIX);
        assertThat(ProcessTest.smokingGun(two.tests())).isTrue();
    }

    @Test
    void anInterEmbeddingWithoutEnterpriseInitiativeAtTheEndIsNotIssued() {
        Codebook c = Codebook.defaults();
        // index 0.3 → 0.6 under contracts — the rules say inter-embedded, but enterprises initiate nothing towards government at the end
        var t = TrajectoryRule.classify(List.of("p1", "p2"), List.of(embedding(0.3, 1.0, 5, 5), embedding(0.6, 1.0, 5, 0)), c);
        assertThat(t.type()).isEqualTo(org.glassbox.core.analysis.mechanism.TrajectoryType.INTER_EMBEDDED);
        assertThat(t.status()).isEqualTo(VerdictStatus.UNDETERMINED);
        assertThat(t.rule()).contains("hoop test failed: enterprises initiate towards government in the last voting phase: 0 events");
        var two = TrajectoryRule.classify(List.of("p1", "p2"), List.of(embedding(0.3, 1.0, 5, 5), embedding(0.6, 1.0, 5, 5)), c);
        assertThat(two.decided()).isTrue();
        assertThat(two.type()).isEqualTo(org.glassbox.core.analysis.mechanism.TrajectoryType.INTER_EMBEDDED);
        assertThat(ProcessTest.smokingGun(two.tests())).isTrue();
    }

    /** Embedding metrics made by hand: 20 government–enterprise events, reciprocity from the initiations, index as given. */
    private static EmbeddingMetrics embedding(double index, double contractStrength, int ge, int eg) {
        return new EmbeddingMetrics(ge, eg, Math.min(ge, eg) / (double) Math.max(ge, eg), 10, 6, 0.6, 3, 0.5, 20,
                (int) Math.round(20 * contractStrength), contractStrength, 2, 0.1, index, org.glassbox.core.analysis.Evidence.of("hand"),
                org.glassbox.core.analysis.mechanism.EmbeddingIds.none());
    }
}
