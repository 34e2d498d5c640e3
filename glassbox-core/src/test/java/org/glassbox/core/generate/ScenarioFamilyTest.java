package org.glassbox.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 10: on seeded generated cases of every scenario family, no verdict is decided on evidence
 * below the minimum, and the families do what they say.
 */
class ScenarioFamilyTest {

    private static Case generated(GeneratingProcess p, long seed) {
        return CaseGenerator.generate(CaseGenerator.Options.of(600, 60).withSeed(seed).withProcess(p).withNoise(0.3));
    }

    @Test
    void noVerdictIsDecidedOnEvidenceBelowTheMinimum() {
        int decided = 0;
        for (ScenarioFamily f : ScenarioFamily.values()) {
            for (GeneratingProcess p : GeneratingProcess.values()) {
                for (long seed = 1; seed <= 2; seed++) {
                    CaseAnalysis a = Glassbox.analyze(f.apply(generated(p, seed), seed));
                    if (a.model().decided()) {
                        decided++;
                        assertThat(a.model().late().weight().sufficient()).as("%s %s seed %d", f, p, seed).isTrue();
                    }
                    if (a.trajectory().decided()) {
                        assertThat(a.trajectory().skipped()).as("%s %s seed %d", f, p, seed).hasSizeLessThan(a.phases().size());
                    }
                    a.model().phases().stream().filter(m -> m.verdict() != null)
                            .forEach(m -> assertThat(m.weight().sufficient()).isTrue());
                }
            }
        }
        assertThat(decided).as("some verdicts are decided at all").isPositive();
    }

    @Test
    void sparseLateKeepsThreeToTwelveGovernmentEnterpriseEventsInTheLastPhase() {
        for (long seed = 1; seed <= 3; seed++) {
            Case g = generated(GeneratingProcess.MARKET, seed);
            CaseAnalysis a = Glassbox.analyze(ScenarioFamily.SPARSE_LATE.apply(g, seed));
            int last = a.phases().get(a.phases().size() - 1).embedding().dyadInteractions();
            assertThat(last).isEqualTo(3 + (int) (seed % 10));
            assertThat(Glassbox.analyze(g).phases().get(a.phases().size() - 1).embedding().dyadInteractions()).isGreaterThan(last);
        }
    }

    @Test
    void coordinatorsOfBothKindsMakeAMatrixWhoseCoordinatorIsTheProcesss() {
        Case adm = ScenarioFamily.COORDINATORS.apply(generated(GeneratingProcess.ADMINISTRATIVE, 1), 1);
        Case mkt = ScenarioFamily.COORDINATORS.apply(generated(GeneratingProcess.MARKET, 1), 1);
        var ca = Glassbox.analyze(adm).phases().get(2).structure().coordination();
        var cm = Glassbox.analyze(mkt).phases().get(2).structure().coordination();
        assertThat(ca.governmentShare()).isGreaterThan(ca.enterpriseShare());
        assertThat(cm.enterpriseShare()).isGreaterThan(cm.governmentShare());
        assertThat(adm.info().extra()).containsEntry("generated.expected.structure", "matrix");
    }
}
