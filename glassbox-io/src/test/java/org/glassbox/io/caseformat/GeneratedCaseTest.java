package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import org.glassbox.core.generate.CaseGenerator;
import org.glassbox.core.generate.GeneratingProcess;
import org.glassbox.core.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Property: generated cases of any seed, size and process validate clean and round-trip field for field. */
class GeneratedCaseTest {
    @TempDir
    Path tmp;

    @Test
    void generatedCasesAlwaysValidateCleanAndRoundTrip() throws Exception {
        Random r = new Random(20261128);
        GeneratingProcess[] ps = {null, GeneratingProcess.ADMINISTRATIVE, GeneratingProcess.MARKET};
        for (int k = 0; k < 9; k++) {
            CaseGenerator.Options o = CaseGenerator.Options.of(r.nextInt(2000), CaseGenerator.MIN_ACTORS + r.nextInt(400))
                    .withSeed(r.nextLong()).withYears(1 + r.nextInt(15)).withStartYear(1990 + r.nextInt(30))
                    .withProcess(ps[k % 3]).withNoise(r.nextDouble());
            Case c = CaseGenerator.generate(o);
            Path dir = tmp.resolve("g" + k);
            CaseWriter.writeFolder(c, dir);
            ValidationReport report = Cases.validate(dir);
            assertThat(report.problems()).as("%s", o).isEmpty();
            CaseAssert.assertSameCase(Cases.read(dir), c);
        }
    }
}
