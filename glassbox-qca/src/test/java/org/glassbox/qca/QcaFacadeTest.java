package org.glassbox.qca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTableOptions;
import org.junit.jupiter.api.Test;

/** The facade on an in-memory table, as the framework's comparison will call it (no files). */
class QcaFacadeTest {
    /** Four hand-made cases: Y is exactly A*B. */
    static DataTable table() {
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("A", new double[] {1, 1, 0, 0, 1});
        cols.put("B", new double[] {1, 0, 1, 0, 1});
        cols.put("Y", new double[] {1, 0, 0, 0, 1});
        return new DataTable(List.of("city-a", "city-b", "city-c", "city-d", "city-e"), cols);
    }

    @Test
    void minimisesAnInMemoryTable() {
        MinimizationResult r = Qca.minimize(table(), "Y", null, TruthTableOptions.defaults(), MinimizeOptions.parsimonious());
        assertThat(r.models()).singleElement().satisfies(m -> assertThat(m.terms()).containsExactly("A*B"));
        assertThat(r.models().get(0).termFits().get(0).cases()).isEqualTo("city-a,city-e");
        assertThat(r.models().get(0).fit().inclS()).isEqualTo(1.0);
        assertThat(r.models().get(0).fit().covS()).isEqualTo(1.0);
        MinimizationResult neg = Qca.minimize(table(), "~Y", null, TruthTableOptions.defaults(), MinimizeOptions.parsimonious());
        assertThat(neg.models().get(0).terms()).containsExactly("~A", "~B");
    }

    @Test
    void necessityAndFitOfExpressions() {
        assertThat(Qca.necessity(table(), "Y", null, 1, 0, 0, 0).stream().map(t -> t.term()).toList()).contains("A", "B", "A*B");
        ParametersOfFit.Row row = Qca.fit(table(), "A -> Y").get(0);
        assertThat(row.sufficiency().inclS()).isCloseTo(2.0 / 3, within(1e-15));
        assertThat(row.sufficiency().covS()).isEqualTo(1.0);
    }

    @Test
    void unknownOutcomeIsBadInput() {
        assertThatThrownBy(() -> Qca.truthTable(table(), "Z", null, TruthTableOptions.defaults()))
                .isInstanceOf(QcaInputException.class).hasMessageContaining("unknown outcome column 'Z'");
    }
}
