package org.glassbox.core.analysis.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.SplittableRandom;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.CaseFixture;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.analysis.outcome.ModelRuleTest;
import org.glassbox.core.model.Codebook;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    /**
     * One phase (2020) of {@code n} government–enterprise events: {@code n − coDesign} directives g → e
     * (top-down) and {@code coDesign} co-designs e → g; five departments under g's command (the structure votes).
     */
    static CaseFixture phase(int n, int coDesign) {
        CaseFixture fx = CaseFixture.of().actor("g", "government").actor("e", "private-enterprise");
        for (int i = 1; i <= 5; i++) {
            fx.actor("d" + i, "government").tie("c" + i, "g", "d" + i, "command");
        }
        for (int i = 0; i < n; i++) {
            String date = String.format(Locale.ROOT, "2020-%02d-%02d", i % 12 + 1, i % 28 + 1);
            if (i < coDesign) {
                fx.event("x" + i, date, "co-design", "e", "", "g");
            } else {
                fx.event("x" + i, date, "directive", "g", "e", "");
            }
        }
        return fx.phase("p", "2020", "2020").codebook(ModelRuleTest.eventsOnly(Codebook.defaults()));
    }

    static CaseAnalysis robust(CaseFixture fx, int resamples, long seed) {
        return Glassbox.analyze(fx.build(), AnalysisOptions.builder().robustness(true).resamples(resamples).seed(seed).build());
    }

    static VerdictStability verdict(CaseAnalysis a, String name) {
        return a.robustness().verdicts().stream().filter(v -> v.verdict().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aVerdictOnExactlyTheMinimumIsFragileWhenAnyOneEventIsLeftOut() {
        // ten government–enterprise events: decided, but leaving any one out drops it below the minimum of 10
        CaseAnalysis a = robust(phase(10, 0), 100, 1);
        assertThat(a.model().decided()).isTrue();
        VerdictStability m = verdict(a, "model.verdict");
        assertThat(m.base()).isEqualTo("administrative");
        assertThat(m.agreement()).isZero();
        assertThat(m.status()).isEqualTo(VerdictStability.Status.FRAGILE);
        assertThat(m.outcomes()).containsOnlyKeys("undetermined");
    }

    @Test
    void aClearCutVerdictOnManyEventsIsRobust() {
        CaseAnalysis a = robust(phase(120, 6), 200, 1);
        VerdictStability m = verdict(a, "model.verdict");
        assertThat(m.base()).isEqualTo("administrative");
        assertThat(m.agreement()).isEqualTo(1.0);
        assertThat(m.status()).isEqualTo(VerdictStability.Status.ROBUST);
        assertThat(verdict(a, "structure.late").status()).isEqualTo(VerdictStability.Status.ROBUST);
        assertThat(a.robustness().verdicts()).extracting(VerdictStability::verdict)
                .containsExactly("structure.type@p", "structure.late", "embedding.trajectory", "model.verdict");
    }

    @Test
    void aBalancedCaseNearTheMarginIsFragileAndTheSharesSumToOne() {
        // 60 events, 27 co-designs: hybrid on the data, market or administrative in many resamples
        CaseAnalysis a = robust(phase(60, 27), 400, 3);
        VerdictStability m = verdict(a, "model.verdict");
        assertThat(m.outcomes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(400);
        assertThat(m.agreement()).isEqualTo(m.outcomes().getOrDefault(m.base(), 0) / 400.0);
        assertThat(m.outcomes()).hasSizeGreaterThan(1);
        assertThat(m.status()).isEqualTo(m.agreement() >= Robustness.AGREEMENT_MIN
                ? VerdictStability.Status.ROBUST : VerdictStability.Status.FRAGILE);
    }

    @Test
    void anUndecidedVerdictIsInsufficientAndTheSeedFixesTheReport() {
        CaseAnalysis a = robust(phase(6, 3), 50, 5);
        assertThat(verdict(a, "model.verdict").status()).isEqualTo(VerdictStability.Status.INSUFFICIENT);
        CaseAnalysis big1 = robust(phase(80, 30), 100, 9);
        CaseAnalysis big2 = robust(phase(80, 30), 100, 9);
        assertThat(big2.robustness()).isEqualTo(big1.robustness());
        assertThat(big1.robustness().seed()).isEqualTo(9);
    }

    @Test
    void theBootstrapDrawsNUnitsAndLeaveOneOutDropsExactlyOne() {
        SplittableRandom rng = new SplittableRandom(1);
        int[] hist = {30, 0, 10, 5};
        for (int r = 0; r < 20; r++) {
            int[] d = Robustness.draw(hist, null, rng, r);
            assertThat(d[0] + d[1] + d[2] + d[3]).isEqualTo(45);
            assertThat(d[1]).isZero();
        }
        int[] small = {3, 0, 2};
        int[] dropped = new int[3];
        for (int r = 0; r < 5; r++) {
            int[] d = Robustness.draw(small, null, rng, r);
            assertThat(d[0] + d[1] + d[2]).isEqualTo(4);
            for (int b = 0; b < 3; b++) {
                dropped[b] += small[b] - d[b];
            }
        }
        // five resamples leave out each of the five units once
        assertThat(dropped).containsExactly(3, 0, 2);
    }

    @Test
    void excludingTheLowConfidenceRowsReportsWhichVerdictsSurvive() {
        // 12 directives, 12 co-designs; the co-designs are marked low confidence: without them the case is administrative
        CaseFixture fx = phase(24, 0);
        CaseFixture marked = CaseFixture.of().actor("g", "government").actor("e", "private-enterprise");
        for (int i = 1; i <= 5; i++) {
            marked.actor("d" + i, "government").tie("c" + i, "g", "d" + i, "command");
        }
        for (int i = 0; i < 12; i++) {
            marked.event("a" + i, String.format(Locale.ROOT, "2020-%02d-03", i + 1), "directive", "g", "e", "").extra("confidence", "high");
            marked.event("b" + i, String.format(Locale.ROOT, "2020-%02d-05", i + 1), "co-design", "e", "", "g").extra("confidence", "low");
        }
        marked.phase("p", "2020", "2020").codebook(ModelRuleTest.eventsOnly(Codebook.defaults()));
        CaseAnalysis a = Glassbox.analyze(marked.build(), AnalysisOptions.builder().excludeWhere("confidence=low").build());
        Exclusion x = a.robustness().exclusions().get(0);
        assertThat(x.column()).isEqualTo("confidence");
        assertThat(x.eventsExcluded()).isEqualTo(12);
        Exclusion.Outcome model = x.verdicts().stream().filter(v -> v.verdict().equals("model.verdict")).findFirst().orElseThrow();
        assertThat(model.without()).isEqualTo("administrative");
        assertThat(model.base()).isNotEqualTo("administrative");
        assertThat(model.survives()).isFalse();
        long kept = x.verdicts().stream().filter(Exclusion.Outcome::survives).count();
        assertThat(x.survived()).isEqualTo((double) kept / x.verdicts().size());
        assertThat(x.survived()).isLessThan(1.0);
        assertThat(fx.build().events().size()).isEqualTo(24);

        assertThatThrownBy(() -> Glassbox.analyze(marked.build(), AnalysisOptions.builder().excludeWhere("confidense=low").build()))
                .isInstanceOf(UnknownColumnException.class).hasMessageContaining("confidense").hasMessageContaining("confidence");
    }
}
