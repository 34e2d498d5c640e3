package org.glassbox.qca.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SetData;
import org.junit.jupiter.api.Test;

class TruthTableTest {
    static DataTable table() {
        Map<String, double[]> cols = new LinkedHashMap<>();
        cols.put("A", new double[] {0.9, 0.8, 0.2, 0.5});
        cols.put("B", new double[] {0.7, 0.3, 0.1, 0.9});
        cols.put("Y", new double[] {0.8, 0.4, 0.3, 0.6});
        return new DataTable(List.of("a", "b", "c", "d"), cols);
    }

    @Test
    void fuzzyRowsHaveHandComputedConsistency() {
        TruthTable t = TruthTable.build(SetData.of(table(), "Y", null), TruthTableOptions.defaults().withInclCut(0.8));
        // case d has A = 0.5: no row, with a warning
        assertThat(t.warnings()).singleElement().asString().contains("'d'");
        TruthTableRow r11 = t.row(4);
        assertThat(r11.cases()).containsExactly("a");
        // membership in A*B: min(A, B) = .7, .3, .1, .5 ; min with Y: .7, .3, .1, .5
        double sx = 0.7 + 0.3 + 0.1 + 0.5, sxy = 0.7 + 0.3 + 0.1 + 0.5;
        assertThat(r11.incl()).isCloseTo(sxy / sx, within(1e-15));
        assertThat(r11.out()).isEqualTo("1");
        assertThat(t.rowNumber(new int[] {1, 0})).isEqualTo(3);
        assertThat(t.configuration(3)).containsExactly(1, 0);
        assertThat(t.isRemainder(new int[] {0, 1})).isTrue();
    }

    @Test
    void twoCutOffsMarkContradictionsAndNCutMakesRemainders() {
        DataTable d = CsvDataReader.parse("t.csv", "case,A,Y\na,1,1\nb,1,1\nc,1,0\nd,0,0\n");
        TruthTable t = TruthTable.build(SetData.of(d, "Y", null), TruthTableOptions.defaults().withInclCut(0.8, 0.6));
        assertThat(t.row(2).out()).isEqualTo("C");
        TruthTable n = TruthTable.build(SetData.of(d, "Y", null), TruthTableOptions.defaults().withNCut(2));
        assertThat(n.row(1).out()).isEqualTo("?");
        assertThat(n.row(2).out()).isEqualTo("0");
    }

    @Test
    void csvErrorsCarryLineAndColumn() {
        try {
            CsvDataReader.parse("x.csv", "case,A\na,1\nb,zz\n");
        } catch (QcaInputException e) {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("x.csv:3:2:");
            return;
        }
        throw new AssertionError("no error");
    }
}
