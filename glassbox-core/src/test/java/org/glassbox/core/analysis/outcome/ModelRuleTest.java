package org.glassbox.core.analysis.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.EvidenceWeights;
import org.glassbox.core.analysis.VerdictStatus;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.mechanism.EmbeddingMeasureTest;
import org.glassbox.core.analysis.mechanism.TrajectoryType;
import org.glassbox.core.analysis.structure.StructureType;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

public class ModelRuleTest {

    /**
     * The codebook with every evidence minimum at 1, so that the five-event fixture's six components all vote,
     * and standing arrangements weightless ({@link #eventsOnly}).
     */
    public static Codebook thin(Codebook c) {
        for (String k : EvidenceWeights.thresholds(c).keySet()) {
            c = c.withThreshold(k, 1);
        }
        return eventsOnly(c);
    }

    /** The codebook with standing arrangements weightless: the fixtures' undated contracts add no evidence, only events count. */
    public static Codebook eventsOnly(Codebook c) {
        return c.withThreshold(EvidenceWeights.STANDING_PER_YEAR, 0);
    }

    static CaseAnalysis analyse(Codebook c) {
        return Glassbox.analyze(EmbeddingMeasureTest.embedded().phase("all", "2020", "2020").codebook(thin(c)).build(),
                AnalysisOptions.defaults());
    }

    /**
     * Two phases: p1 (2018) with {@code early} directives government → enterprise (top-down), p2 (2019–2020)
     * with {@code late} co-design events an enterprise initiates with government taking part; contracts bind
     * g1–e1, a command tie g1 → g2.
     */
    static CaseFixture twoPhases(int early, int late) {
        CaseFixture fx = CaseFixture.of().actor("g1", "government").actor("g2", "government")
                .actor("e1", "private-enterprise").actor("e2", "private-enterprise")
                .tie("t1", "g1", "g2", "command").tie("t2", "g1", "e1", "contract").tie("t3", "g2", "e2", "command");
        for (int i = 0; i < early; i++) {
            fx.event("a" + i, String.format(java.util.Locale.ROOT, "2018-%02d", i % 12 + 1), "directive", "g2", "e2", "");
        }
        for (int i = 0; i < late; i++) {
            fx.event("b" + i, String.format(java.util.Locale.ROOT, "2020-%02d", i % 12 + 1), "co-design", "e1", "", "g1");
        }
        return fx.phase("p1", "2018", "2018").phase("p2", "2019", "2020").codebook(eventsOnly(Codebook.defaults()));
    }

    @Test
    void scoresAreTheMeansOfTheSixComponents() {
        CaseAnalysis a = analyse(Codebook.defaults());
        // structure: network, unity 1, dual 0 → (m 0, a 1); reciprocity 1/3; co-decision 0.75; contract 0.75;
        // dominance 0.5; trajectory inter-embedded → (m 1, a 0)
        assertThat(a.phases().get(0).structure().type()).isEqualTo(StructureType.NETWORK);
        assertThat(a.trajectory().type()).isEqualTo(TrajectoryType.INTER_EMBEDDED);
        double market = (0 + 1.0 / 3 + 0.75 + 0.75 + 0.5 + 1) / 6;
        double admin = (1 + 2.0 / 3 + 0.25 + 0.25 + 0.5 + 0) / 6;
        assertThat(a.model().scores().get(ConstructionModel.MARKET)).isCloseTo(market, within(1e-12));
        assertThat(a.model().scores().get(ConstructionModel.ADMINISTRATIVE)).isCloseTo(admin, within(1e-12));
        assertThat(a.model().scores().get(ConstructionModel.HYBRID)).isCloseTo(1 - (market - admin), within(1e-12));
        assertThat(a.model().verdict()).isEqualTo(ConstructionModel.HYBRID);
        assertThat(a.model().rule()).isEqualTo("|market 0.56 − administrative 0.44| < 0.20");
    }

    @Test
    void theChainRunsStructureSubjectsMechanismModelWithIds() {
        ModelVerdict m = analyse(Codebook.defaults()).model();
        // six scored components and the context, then the ten tests of the three models (issue 11, item 9), then the model
        assertThat(m.evidence()).hasSize(18);
        assertThat(m.evidence().subList(0, 7)).extracting(EvidenceLink::layer).containsExactly(EvidenceLayer.STRUCTURE, EvidenceLayer.SUBJECTS,
                EvidenceLayer.MECHANISM, EvidenceLayer.MECHANISM, EvidenceLayer.MECHANISM, EvidenceLayer.MECHANISM,
                EvidenceLayer.MECHANISM);
        assertThat(m.evidence().get(17).layer()).isEqualTo(EvidenceLayer.MODEL);
        EvidenceLink contract = m.evidence().get(3);
        assertThat(contract.evidence().eventIds()).containsExactly("ev1", "ev3", "ev4");
        assertThat(contract.evidence().tieIds()).containsExactly("t1");
        assertThat(contract.pointsTo()).isEqualTo("market");
        assertThat(m.evidence().get(0).pointsTo()).isEqualTo("administrative");
        assertThat(m.evidence().get(6).pointsTo()).isEqualTo("neutral");
        assertThat(m.evidence().get(17).evidence().thresholds()).containsEntry(ModelRule.MARGIN, 0.20);
    }

    @Test
    void aNarrowerMarginDecides() {
        CaseAnalysis a = analyse(Codebook.defaults().withThreshold(ModelRule.MARGIN, 0.1));
        assertThat(a.model().verdict()).isEqualTo(ConstructionModel.MARKET);
    }

    @Test
    void aLatePhaseWithFiveGovernmentEnterpriseEventsIsPooledWithThePhaseBefore() {
        CaseAnalysis a = Glassbox.analyze(twoPhases(12, 5).build());
        ModelVerdict m = a.model();
        assertThat(a.phases().get(1).embedding().dyadInteractions()).isEqualTo(5);
        assertThat(m.late().phases()).containsExactly("p1", "p2");
        assertThat(m.late().id()).isEqualTo("p1+p2");
        assertThat(m.late().weight().n()).isEqualTo(17);
        assertThat(m.status()).isEqualTo(VerdictStatus.DECIDED);
        assertThat(m.reason()).isEqualTo("the last phase p2 has 5 government–enterprise events < 10: pooled with p1 to 17 ≥ 10; the hoop tests of administrative hold");
        // the verdict is the rule applied to the pooled stage (12 top-down directives outweigh 5 co-designs)
        assertThat(m.verdict()).isEqualTo(ConstructionModel.ADMINISTRATIVE);
        // two actors under authority < 5: the structure link names the pooled stage and does not vote
        assertThat(m.evidence().get(0).evidence().claim()).startsWith("not scored, insufficient (n 2 < 5): in p1+p2 the structure is");
        // beside it, the model per phase: p2 alone is undetermined on its five events; of its components only
        // reciprocity (0: m 0, a 1) and co-decision (5 of 5: m 1, a 0) vote — the trajectory does not (p1's index rests
        // on one government–enterprise dyad < 3, p2's on five events < 10) → market 1/2, administrative 1/2, hybrid leaning
        assertThat(m.phases()).extracting(PhaseModel::phase).containsExactly("p1", "p2");
        PhaseModel p2 = m.phases().get(1);
        assertThat(p2.status()).isEqualTo(VerdictStatus.UNDETERMINED);
        assertThat(p2.verdict()).isNull();
        assertThat(p2.scores().get(ConstructionModel.MARKET)).isCloseTo(0.5, within(1e-12));
        assertThat(p2.scores().get(ConstructionModel.ADMINISTRATIVE)).isCloseTo(0.5, within(1e-12));
        assertThat(p2.leaning()).isEqualTo(ConstructionModel.HYBRID);
        assertThat(a.trajectory().skipped()).containsExactly("p1", "p2");
        assertThat(a.trajectory().decided()).isFalse();
        assertThat(p2.weight().n()).isEqualTo(5);
        assertThat(m.phases().get(0).status()).isEqualTo(VerdictStatus.DECIDED);
        assertThat(m.phases().get(0).verdict()).isEqualTo(ConstructionModel.ADMINISTRATIVE);
    }

    @Test
    void aLatePhaseWithEnoughEventsIsReadAlone() {
        ModelVerdict m = Glassbox.analyze(twoPhases(12, 12).build()).model();
        assertThat(m.late().phases()).containsExactly("p2");
        assertThat(m.late().pooled()).isFalse();
        assertThat(m.reason()).isEqualTo("the last phase p2 has 12 government–enterprise events ≥ 10; the hoop tests of market hold");
        assertThat(m.decided()).isTrue();
        assertThat(m.verdict()).isEqualTo(m.phases().get(1).verdict());
    }

    @Test
    void tooThinEvenPooledIsUndeterminedWithALeaningAndTheReason() {
        ModelVerdict m = Glassbox.analyze(twoPhases(3, 2).build()).model();
        assertThat(m.status()).isEqualTo(VerdictStatus.UNDETERMINED);
        assertThat(m.verdict()).isNull();
        assertThat(m.word()).isEqualTo("undetermined");
        assertThat(m.leaning()).isNotNull();
        assertThat(m.late().phases()).containsExactly("p1", "p2");
        assertThat(m.reason()).isEqualTo("insufficient: all phases together (p1, p2) have 5 government–enterprise events < 10");
        assertThat(m.evidence().get(m.evidence().size() - 1).pointsTo()).isEqualTo("neutral");
        assertThat(m.phases()).allSatisfy(p -> assertThat(p.verdict()).isNull());
        // the same case with the minimum at 5 is decided
        ModelVerdict lowered = Glassbox.analyze(twoPhases(3, 2).codebook(Codebook.defaults()
                .withThreshold(EvidenceWeights.GE_EVENTS_MIN, 5).withThreshold(EvidenceWeights.STANDING_PER_YEAR, 0)).build()).model();
        assertThat(lowered.decided()).isTrue();
        assertThat(lowered.verdict()).isEqualTo(lowered.leaning());
    }

    @Test
    void oneEventNeverGivesAConfidentLabel() {
        CaseAnalysis a = Glassbox.analyze(CaseFixture.of().actor("g1", "government").actor("e1", "private-enterprise")
                .tie("t1", "g1", "e1", "contract").event("x1", "2020-05", "co-design", "e1", "", "g1").build());
        assertThat(a.model().decided()).isFalse();
        assertThat(a.model().verdict()).isNull();
        assertThat(a.trajectory().decided()).isFalse();
    }

    @Test
    void aFigureBelowItsMinimumDoesNotVote() {
        // twelve procurements government → enterprise: no decision event, so co-decision has n 0 < 5
        CaseFixture fx = CaseFixture.of().actor("g1", "government").actor("g2", "government").actor("e1", "private-enterprise")
                .tie("t1", "g1", "g2", "command").tie("t2", "g1", "e1", "contract");
        for (int i = 0; i < 12; i++) {
            fx.event("x" + i, String.format(java.util.Locale.ROOT, "2020-%02d", i + 1), "procurement", "g1", "e1", "");
        }
        CaseAnalysis a = Glassbox.analyze(fx.codebook(eventsOnly(Codebook.defaults())).build());
        ModelVerdict m = a.model();
        EvidenceLink co = m.evidence().get(2);
        assertThat(co.pointsTo()).isEqualTo("neutral");
        assertThat(co.evidence().claim()).startsWith("not scored, insufficient (n 0 < 5): who co-decides");
        assertThat(co.evidence().metrics()).containsEntry("n", 0.0).containsEntry("minimum", 5.0);
        assertThat(a.phases().get(0).weight("embedding.coDecision").sufficient()).isFalse();
        // one actor under authority (g2) < 5: the structure does not vote either
        assertThat(m.evidence().get(0).evidence().claim()).startsWith("not scored, insufficient (n 1 < 5)");
        // voting: reciprocity 0 (m 0, a 1), contract strength 1 (m 1, a 0), dominance 1 (m 0, a 1); the trajectory does
        // not: the index rests on co-decision too (0 decision events < 5), so it is undetermined, leaning never-embedded
        // → market 1/3, administrative 2/3
        assertThat(a.trajectory().type()).isEqualTo(TrajectoryType.NEVER_EMBEDDED);
        assertThat(a.trajectory().decided()).isFalse();
        assertThat(a.phases().get(0).weight("embedding.index").sufficient()).isFalse();
        assertThat(m.scores().get(ConstructionModel.MARKET)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.scores().get(ConstructionModel.ADMINISTRATIVE)).isCloseTo(2.0 / 3, within(1e-12));
    }
}
