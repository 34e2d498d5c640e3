package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A calibration resting on few coded events says so (docs/simulation.md §5, "thin"). */
class CautionsTest {
    static final Path A = Path.of("..", "examples", "province-a");

    @Test
    void aCaseOfSixEventsNamesEveryEstimateThatRestsOnFewEvents(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(A), "examples not found; skipping");
        Path thin = dir.resolve("thin");
        Files.createDirectories(thin);
        try (Stream<Path> files = Files.list(A)) {
            for (Path f : files.toList()) {
                Files.copy(f, thin.resolve(f.getFileName()));
            }
        }
        List<String> lines = Files.readAllLines(A.resolve("events.csv"));
        Files.write(thin.resolve("events.csv"), lines.subList(0, 7)); // the header and e001–e006
        Scenario sc = Simulation.calibrate(Cases.read(thin), null);
        List<String> c = Calibration.cautions(sc.estimates());
        // e001–e006: 4 government–enterprise interactions, 3 government initiations with an enterprise, 1 active enterprise
        assertThat(c).anySatisfy(s -> assertThat(s).startsWith("contractStrength, subsidy, reputation rest on 4 government–enterprise"))
                .anySatisfy(s -> assertThat(s).startsWith("publicParticipation rests on 6 events"))
                .anySatisfy(s -> assertThat(s).startsWith("initial.contractShare rests on 3 "))
                .noneSatisfy(s -> assertThat(s).contains("initiateShare"));
        // a value the user sets is not an estimate: it is not named
        List<String> set = Calibration.cautions(sc.with(Parameter.CONTRACT_STRENGTH, 0.8).estimates());
        assertThat(set).noneSatisfy(s -> assertThat(s).contains("contractStrength"))
                .anySatisfy(s -> assertThat(s).startsWith("subsidy, reputation rest on 4"));
    }

    @Test
    void theDemoCasesRestOnEnoughEventsAndCityBsFirstPhaseAloneDoesNot() throws Exception {
        Path b = Path.of("..", "examples", "city-b");
        Assumptions.assumeTrue(Files.isDirectory(A) && Files.isDirectory(b), "examples not found; skipping");
        Case a = Cases.read(A);
        // the whole window's estimates rest on enough events (constant constraints: nothing to name)
        assertThat(Calibration.cautions(Simulation.calibrate(a, null, false).estimates())).isEmpty();
        assertThat(Calibration.cautions(Simulation.calibrate(a, "p1").estimates())).isEmpty();
        // the dated constraints the default plays rest on each phase's own events: Province A's p2 contract strength
        // (0: no contract signed in it) on its 9 government–enterprise interaction events
        assertThat(Calibration.cautions(Simulation.calibrate(a, null).estimates())).containsExactly(
                "in p2 (a dated constraint): contractStrength, subsidy, reputation rest on 9 government–enterprise interaction events"
                        + " of the phase (fewer than 10)");
        Case cityB = Cases.read(b);
        assertThat(Calibration.cautions(Simulation.calibrate(cityB, null, false).estimates())).isEmpty();
        assertThat(Calibration.cautions(Simulation.calibrate(cityB, null).estimates())).containsExactly(
                "in p1 (a dated constraint): contractStrength, subsidy, reputation rest on 6 government–enterprise interaction events"
                        + " of the phase (fewer than 10)",
                "in p1 (a dated constraint): contractTerm rests on 2 contract ties of the phase (fewer than 3)",
                "in p2 (a dated constraint): contractTerm rests on 2 contract ties of the phase (fewer than 3)");
        // a value set replaces the dated estimates of every phase: none of them is named any more
        assertThat(Calibration.cautions(Simulation.calibrate(cityB, null).with(Parameter.CONTRACT_TERM, 2).estimates())).containsExactly(
                "in p1 (a dated constraint): contractStrength, subsidy, reputation rest on 6 government–enterprise interaction events"
                        + " of the phase (fewer than 10)");
        // City B's p1: 6 government–enterprise interaction events (e001–e010 read by hand), 2 contract ties
        assertThat(Calibration.cautions(Simulation.calibrate(cityB, "p1").estimates())).containsExactly(
                "contractStrength, subsidy, reputation rest on 6 government–enterprise interaction events (fewer than 10)",
                "contractTerm rests on 2 contract ties (fewer than 3)");
    }
}
