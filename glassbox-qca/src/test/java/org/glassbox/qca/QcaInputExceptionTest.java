package org.glassbox.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.glassbox.qca.truth.TruthTableOptions;
import org.junit.jupiter.api.Test;

/** Parameters are named as the API names them, in backquotes, and a caller can show its own words. */
class QcaInputExceptionTest {
    static final UnaryOperator<String> FLAGS = n -> Map.of("inclCut", "--incl-cut", "nCut", "--n-cut").getOrDefault(n, n);

    @Test
    void aParameterIsNamedInBackquotesWithItsColumn() {
        QcaInputException e = QcaInputException.parameter("thresholds", 4, "'x' is not a number");
        assertThat(e.getMessage()).isEqualTo("`thresholds`:4: 'x' is not a number");
        assertThat(e.source()).isEqualTo("thresholds");
        assertThat(e.isParameter()).isTrue();
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.line()).isZero();
        assertThat(QcaInputException.parameter("below/above", 0, "m").getMessage()).isEqualTo("`below`/`above`: m");
    }

    @Test
    void aFileIsNamedAsItIs() {
        QcaInputException e = new QcaInputException("data.csv", 3, 2, "bad");
        assertThat(e.getMessage()).isEqualTo("data.csv:3:2: bad");
        assertThat(e.isParameter()).isFalse();
        assertThat(e.message(FLAGS)).isEqualTo("data.csv:3:2: bad");
    }

    @Test
    void theCallerReplacesTheNames() {
        assertThatThrownBy(() -> new TruthTableOptions(2, 2, 1, 0, java.util.Set.of())).isInstanceOfSatisfying(QcaInputException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("`inclCut`: consistency cut-offs must lie in [0, 1]");
            assertThat(e.message(FLAGS)).isEqualTo("--incl-cut: consistency cut-offs must lie in [0, 1]");
            assertThat(e.message(UnaryOperator.identity())).isEqualTo("inclCut: consistency cut-offs must lie in [0, 1]");
        });
        assertThat(QcaInputException.names("lower `inclCut` or `nCut`; `other`", FLAGS)).isEqualTo("lower --incl-cut or --n-cut; other");
    }

    @Test
    void noLibraryMessageNamesACommandLineFlag() {
        // a nothing-to-minimise table and a bad outcome: the messages name the parameters
        DataTable t = new DataTable(List.of("a", "b"), Map.of("A", new double[] {1, 0}, "Y", new double[] {0, 0}));
        assertThatThrownBy(() -> Qca.minimize(t, "Y", List.of("A"), TruthTableOptions.defaults(),
                org.glassbox.qca.minimize.MinimizeOptions.complex()))
                .hasMessage("truth table: no positive configurations (OUT = 1): nothing to minimise; lower `inclCut` or `nCut`");
        assertThatThrownBy(() -> Qca.truthTable(t, "Z", List.of("A"), TruthTableOptions.defaults()))
                .hasMessageStartingWith("`outcome`: unknown outcome column 'Z'").hasMessageNotContaining("--");
    }
}
