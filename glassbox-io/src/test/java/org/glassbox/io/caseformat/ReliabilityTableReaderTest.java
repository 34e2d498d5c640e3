package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.glassbox.core.agreement.Level;
import org.glassbox.core.agreement.ReliabilityData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@SuppressWarnings("unchecked")
class ReliabilityTableReaderTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path p = dir.resolve("data.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsUnitIdsCodersAndMissingValues() throws Exception {
        ReliabilityData<?> d = ReliabilityTableReader.read(file("unit,A,B,C\nu1,1,2,\nu2,3,,3\n\nu3,1.5,2e0,-1\n"), Level.INTERVAL);
        assertThat(d.coders()).containsExactly("A", "B", "C");
        assertThat(d.units()).containsExactly("u1", "u2", "u3");
        assertThat((List<Object>) d.values().get(0)).containsExactly(1.0, 2.0, null);
        assertThat((List<Object>) d.values().get(2)).containsExactly(1.5, 2.0, -1.0);
    }

    @Test
    void withoutAUnitColumnUnitsAreNumberedAndValuesAreTextOrSets() throws Exception {
        ReliabilityData<?> d = ReliabilityTableReader.read(file("A,B\nyes,no\n,yes\n"), Level.NOMINAL);
        assertThat(d.units()).containsExactly("1", "2");
        assertThat(d.values().get(1)).isEqualTo(Arrays.asList(null, "yes"));
        ReliabilityData<?> s = ReliabilityTableReader.read(file("A,B\ngov;dept,dept\n;,x\n"), Level.MASI);
        assertThat((List<Object>) s.values().get(0)).containsExactly(Set.of("gov", "dept"), Set.of("dept"));
        assertThat(s.values().get(1).get(0)).isEqualTo(Set.of());
    }

    @Test
    void reportsEveryProblemWithItsPosition() throws Exception {
        Path p = file("unit,A,A\nu1,1,x\nu2,1\nu1,2,3\n,4,5\n");
        assertThatThrownBy(() -> ReliabilityTableReader.read(p, Level.INTERVAL))
                .isInstanceOf(ReliabilityTableException.class)
                .satisfies(e -> {
                    List<String> msgs = ((ReliabilityTableException) e).problems().stream().map(Problem::format).toList();
                    assertThat(msgs).hasSize(5);
                    assertThat(msgs.get(0)).contains("data.csv:1:3").contains("coder A is named twice");
                    assertThat(msgs.get(1)).contains(":2:3").contains("values at the interval level are numbers").contains("'x'");
                    assertThat(msgs.get(2)).contains(":3:3").contains("the row has 2 cells but the header has 3");
                    assertThat(msgs.get(3)).contains(":4:1").contains("unit u1 appears twice (first on line 2)");
                    assertThat(msgs.get(4)).contains(":5:1").contains("the unit has no id");
                });
    }

    @Test
    void needsTwoCodersAndRatioValuesAreNotNegative() throws Exception {
        assertThatThrownBy(() -> ReliabilityTableReader.read(file("unit,A\nu1,1\n"), Level.NOMINAL))
                .hasMessageContaining("at least two coders");
        assertThatThrownBy(() -> ReliabilityTableReader.read(file("A,B\n1,-2\n"), Level.RATIO))
                .hasMessageContaining(":2:2").hasMessageContaining("not negative");
        assertThatThrownBy(() -> ReliabilityTableReader.read(file(""), Level.NOMINAL))
                .hasMessageContaining("the file is empty");
    }
}
