package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.AnalysisOptions;
import org.glassbox.core.analysis.Glassbox;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The strategies read per phase from the events (PhaseFigures.STRATEGIES, by StrategyTally), against Province A's events counted by hand. */
class StrategyReadTest {
    @Test
    void provinceAsPhasesReadAsTheirEventsShowAndTheRunsAreReadTheSameWay() throws Exception {
        Path a = Path.of("..", "examples", "province-a");
        Assumptions.assumeTrue(Files.isDirectory(a), "examples not found; skipping");
        Case c = Cases.read(a);
        List<Map<String, Double>> f = PhaseFigures.of(c, Glassbox.analyze(c, AnalysisOptions.defaults()));
        // p1: pg (e001, e018 with an enterprise taking part), info (e009, e015, e016, e019 of 7 towards an enterprise
        // not top-down: 4 ≥ 7/2) and lg (e003, e014) are contracting; tel, plat and ven initiate or take part in decisions
        assertThat(f.get(0).get("contractingGovernments")).isEqualTo(1.0);
        assertThat(f.get(0).get("initiatingEnterprises")).isEqualTo(1.0);
        // p3: pg, bdb (2 of 12 not top-down: e074, e089), sasac and pc direct; grp (e069) and plat (e085) initiate
        // towards government, tel and ven are only targets
        assertThat(f.get(2).get("contractingGovernments")).isEqualTo(0.0);
        assertThat(f.get(2).get("initiatingEnterprises")).isEqualTo(0.5);
        // a phase without a government that addresses an enterprise has no read: NaN, which the summary skips
        assertThat(StrategyTally.over(c, null, 0, 1).shares()).containsExactly(Double.NaN, Double.NaN);

        Scenario sc = Simulation.calibrate(c, null);
        SimulationResult r = Simulation.run(sc, new Simulation.Options(10, 1, 2), null, null);
        assertThat(r.strategies()).hasSize(3);
        assertThat(r.strategies().get(0).codedContracting()).isEqualTo(1.0);
        // the simulated read is the same function over each run's case, averaged over the runs
        List<RunOutcome> runs = Simulation.outcomes(sc, new Simulation.Options(10, 1, 2), null, null);
        double mean = runs.stream().mapToDouble(x -> x.phaseFigures().get(2).get("initiatingEnterprises"))
                .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
        assertThat(r.strategies().get(2).simulatedInitiating()).isCloseTo(mean, within(1e-12));
        // under the window's constants the model's governments have turned by p2, the coded ones still contract
        assertThat(r.strategies().get(1).simulatedContracting()).isLessThan(r.strategies().get(1).codedContracting() - 0.3);
    }

    @Test
    void theInitialStateStartsEachAgentWithTheStrategyTheSameTallyReadsFromTheFirstPhase() throws Exception {
        for (String name : new String[] {"province-a", "city-b"}) {
            Path dir = Path.of("..", "examples", name);
            Assumptions.assumeTrue(Files.isDirectory(dir), "examples not found; skipping");
            Case c = Cases.read(dir);
            org.glassbox.core.analysis.period.Period p1 = Glassbox.analyze(c, AnalysisOptions.defaults()).phases().get(0).period();
            StrategyTally t = StrategyTally.over(c, null, p1.start().startMillis(), p1.end().endMillisExclusive());
            InitialState s = Simulation.calibrate(c, null).initial();
            int read = 0;
            for (int k = 0; k < s.actors().size(); k++) {
                int a = c.actorIndex().get(s.actors().get(k).id());
                if (s.side()[k] == 'G' && t.towardsEnterprise(a) > 0) {
                    assertThat(s.cooperative()[k]).as(name + " " + s.actors().get(k).id()).isEqualTo(t.contracting(a) ? 1.0 : 0.0);
                    read++;
                } else if (s.side()[k] == 'E' && t.active(a)) {
                    assertThat(s.cooperative()[k]).as(name + " " + s.actors().get(k).id()).isEqualTo(t.initiating(a) ? 1.0 : 0.0);
                    read++;
                }
            }
            assertThat(read).as(name).isGreaterThan(2);
            // the fit's coded p1 strategies are the shares of the same tally
            assertThat(PhaseFigures.of(c, Glassbox.analyze(c, AnalysisOptions.defaults())).get(0)).containsEntry(PhaseFigures.STRATEGIES[0], t.shares()[0])
                    .containsEntry(PhaseFigures.STRATEGIES[1], t.shares()[1]);
        }
    }
}
