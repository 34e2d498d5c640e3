package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.io.caseformat.CaseReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The study as a test that can fail (docs/simulation.md, "The study"): calibrated to the demo
 * cases and run forward, the runs end where the study says, judged by Glassbox.analyze. Few runs
 * (fixed seed), so it stays fast; the heavy version is {@code ./bench simulation}.
 */
class SimStudyTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    static Scenario provinceA;
    static Scenario cityB;
    static SimulationResult a;
    static SimulationResult b;

    @BeforeAll
    static void calibrate() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES.resolve("province-a")), "examples not found; skipping");
        provinceA = Simulation.calibrate(CaseReader.read(EXAMPLES.resolve("province-a")), null, "test");
        cityB = Simulation.calibrate(CaseReader.read(EXAMPLES.resolve("city-b")), null, "test");
        a = Simulation.run(provinceA, new Simulation.Options(30, 1, 2, "test"), null, null);
        b = Simulation.run(cityB, new Simulation.Options(30, 1, 2, "test"), null, null);
    }

    @Test
    void provinceAEndsAdministrativeAndDeEmbedded() {
        assertThat(a.share("model", "administrative")).isGreaterThanOrEqualTo(0.7);
        assertThat(a.share("model", "market")).isLessThanOrEqualTo(0.05);
        assertThat(a.share("lateStructure", "linear-functional")).isGreaterThanOrEqualTo(0.8);
        assertThat(a.share("trajectory", "de-embedded")).isGreaterThan(0.5)
                .isGreaterThan(b.share("trajectory", "de-embedded") + 0.3);
        // the embedding index falls and administrative dominance rises from the first phase to the last
        assertThat(a.phaseIndex().mean().get(2)).isLessThan(a.phaseIndex().mean().get(0) - 0.1);
        assertThat(a.phaseDominance().mean().get(2)).isGreaterThan(a.phaseDominance().mean().get(0) + 0.1);
    }

    @Test
    void cityBEndsMarketAndInterEmbedded() {
        assertThat(b.share("model", "market")).isGreaterThanOrEqualTo(0.8);
        assertThat(b.share("lateStructure", "matrix")).isGreaterThanOrEqualTo(0.8);
        assertThat(b.share("trajectory", "inter-embedded")).isGreaterThanOrEqualTo(0.7);
        assertThat(b.phaseIndex().mean().get(2)).isGreaterThan(b.phaseIndex().mean().get(0));
    }

    @Test
    void raisingContractStrengthFromProvinceAsValueMovesTowardsMarket() {
        double c = provinceA.parameters().get(Parameter.CONTRACT_STRENGTH);
        List<Sweep.Cell> cells = Sweep.run(provinceA, List.of(new Sweep.Axis(Parameter.CONTRACT_STRENGTH, c, 1, 4)),
                new Simulation.Options(12, 3, 2, "test"), null);
        double first = cells.get(0).model().get("market");
        double last = cells.get(cells.size() - 1).model().get("market");
        assertThat(last).isGreaterThan(first + 0.5);
        assertThat(cells.get(cells.size() - 1).meanMarketScore()).isGreaterThan(cells.get(0).meanMarketScore());
        double threshold = Sweep.marketThreshold(cells);
        assertThat(threshold).isGreaterThan(c).isLessThanOrEqualTo(1);
    }

    @Test
    void theMeanFieldOfProvinceAHasOnlyTheAdministrativeAttractorAndCityBsHasTheMarketOne() {
        assertThat(new Replicator(Payoffs.of(provinceA.parameters())).attractors())
                .extracting(Replicator.RestPoint::x, Replicator.RestPoint::y)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 0.0));
        assertThat(new Replicator(Payoffs.of(cityB.parameters())).attractors())
                .extracting(Replicator.RestPoint::x, Replicator.RestPoint::y)
                .contains(org.assertj.core.groups.Tuple.tuple(1.0, 1.0));
    }
}
