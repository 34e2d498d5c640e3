package org.glassbox.qca.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.SetData;
import org.junit.jupiter.api.Test;

class SopExpressionTest {
    static final List<String> C = List.of("A", "B", "M");
    static final int[] L = {2, 2, 3};

    @Test
    void evaluatesFuzzyAndOrNot() {
        DataTable t = new DataTable(List.of("x", "y"), Map.of("A", new double[] {0.8, 0.3}, "B", new double[] {0.4, 0.9}, "Y", new double[] {1, 0}));
        SetData d = SetData.of(t, "Y", List.of("A", "B"));
        SopExpression e = SopExpression.parse("test", "A*~B + ~A", List.of("A", "B"), new int[] {2, 2});
        double[] m = e.evaluate(d);
        assertThat(m[0]).isEqualTo(Math.max(Math.min(0.8, 0.6), 0.2));
        assertThat(m[1]).isEqualTo(Math.max(Math.min(0.3, 1 - 0.9), 0.7));
    }

    @Test
    void multiValueLiteralsAndCoverage() {
        SopExpression e = SopExpression.parse("test", "M[1,2]*~A + B", C, L);
        assertThat(e.covers(new int[] {0, 0, 2})).isTrue();
        assertThat(e.covers(new int[] {1, 0, 2})).isFalse();
        assertThat(e.covers(new int[] {1, 1, 0})).isTrue();
        assertThat(SopExpression.parse("t", "~M[0]", C, L).products().get(0).get(0).levels().stream().toArray()).containsExactly(1, 2);
    }

    @Test
    void errorsCarryTheCharacterPosition() {
        assertThatThrownBy(() -> SopExpression.parse("--x", "A*~Q", C, L))
                .isInstanceOf(QcaInputException.class)
                .hasMessageContaining("unknown condition 'Q'")
                .satisfies(ex -> assertThat(((QcaInputException) ex).column()).isEqualTo(4));
        assertThatThrownBy(() -> SopExpression.parse("--x", "A + ", C, L)).hasMessageContaining("at end of expression");
        assertThatThrownBy(() -> SopExpression.parse("--x", "M[3]", C, L)).hasMessageContaining("level 3 of 'M' does not exist");
        assertThatThrownBy(() -> SopExpression.parse("--x", "A B", C, L)).hasMessageContaining("expected '+' or '*'");
    }

    @Test
    void implicantOrderFollowsTheReference() {
        Notation n = new Notation(List.of("A", "B", "C"), false);
        List<Implicant> l = new java.util.ArrayList<>(List.of(new Implicant(new int[] {0, 2, 2}), new Implicant(new int[] {2, 2, 0}),
                new Implicant(new int[] {1, 2, 0}), new Implicant(new int[] {0, 0, 1})));
        l.sort(Implicant.REFERENCE_ORDER);
        assertThat(l.stream().map(n::term).toList()).containsExactly("~C", "~A*B", "A*B", "B*C");
        assertThat(new Notation(List.of("A", "B", "C"), true).term(new Implicant(new int[] {1, 0, 3}))).isEqualTo("A[0]*C[2]");
    }
}
