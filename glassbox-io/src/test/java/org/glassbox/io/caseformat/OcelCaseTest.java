package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.core.model.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CaseReader reads OCEL 2.0 files written from a case through the OCEL engineer's mapping. */
class OcelCaseTest {
    @TempDir
    Path tmp;

    @Test
    void jsonOcelWrittenFromACaseReadsBackAsTheCase() throws Exception {
        Case c = Cases.read(Fixtures.write(tmp.resolve("c")));
        Path f = tmp.resolve("c.jsonocel");
        Cases.write(c, f, true);
        CaseAssert.assertSameCase(Cases.read(f), c);
        assertThat(Cases.validate(f).isClean()).isTrue();
    }

    @Test
    void brokenOcelIsAProblemWithItsLine() throws Exception {
        Path f = tmp.resolve("bad.jsonocel");
        Files.writeString(f, "{\n  \"objectTypes\": [\n  oops\n");
        ValidationReport r = Cases.validate(f);
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f.toString());
            assertThat(p.line()).isGreaterThan(0);
        });
    }
}
