package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fit report judges only coded figures that rest on something (docs/simulation.md §7). */
class FitReportTest {
    static final Path PROVINCE_A = Path.of("..", "examples", "province-a");

    /** Province A with only its first {@code keep} events: its later phases have none. */
    static Path firstEvents(Path dir, int keep) throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(PROVINCE_A), "examples not found; skipping");
        try (var files = Files.list(PROVINCE_A)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        List<String> lines = Files.readAllLines(dir.resolve("events.csv"));
        Files.write(dir.resolve("events.csv"), lines.subList(0, keep + 1));
        return dir;
    }

    @Test
    void aPhaseWithoutCodedEventsIsReportedNotJudged(@TempDir Path dir) throws Exception {
        Scenario sc = Simulation.calibrate(Cases.read(firstEvents(dir, 12)), null);
        SimulationResult r = Simulation.run(sc, new Simulation.Options(3, 1, 1), null, null);
        assertThat(r.fit()).extracting(FitItem::phase).contains("p1", "p2", "p3");
        for (FitItem f : r.fit()) {
            if (f.phase().equals("p1")) {
                assertThat(f.weight().n()).as(f.measure()).isPositive();
                assertThat(f.coded()).as(f.measure()).isNotNaN();
            } else if (f.measure().equals("multiplexity")) {
                // the coded ties of the later phases are still there: their multiplexity rests on those dyads
                assertThat(f.weight().n()).isPositive();
            } else {
                // p2 and p3 have no coded event: no event figure, nothing judged (it used to read 0.000 and "OUTSIDE")
                assertThat(f.coded()).as(f.phase() + " " + f.measure()).isNaN();
                assertThat(f.judged()).as(f.phase() + " " + f.measure()).isFalse();
                assertThat(f.status()).isEqualTo("insufficient");
            }
        }
        String json = SimulationJson.tree(r, "test").toString();
        assertThat(json).contains("\"phase\":\"p3\",\"measure\":\"coDecision\",\"coded\":null");
    }
}
