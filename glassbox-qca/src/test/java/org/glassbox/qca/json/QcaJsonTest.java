package org.glassbox.qca.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.qca.DataTable;
import org.glassbox.qca.ParametersOfFit;
import org.glassbox.qca.Qca;
import org.glassbox.qca.SufficiencyFit;
import org.glassbox.qca.minimize.MinimizationResult;
import org.glassbox.qca.minimize.MinimizeOptions;
import org.glassbox.qca.truth.TruthTable;
import org.glassbox.qca.truth.TruthTableOptions;
import org.junit.jupiter.api.Test;

/**
 * {@link QcaJson} on a four-case crisp table worked by hand: A = 1,1,0,0, B = 1,0,1,0, Y = A.
 * Rows (A,B) = (0,0) 1, (0,1) 2, (1,0) 3, (1,1) 4; rows 3 and 4 are positive with incl = PRI = 1,
 * rows 1 and 2 negative with incl = PRI = 0; the solution is A; A is necessary for Y with
 * inclN = RoN = covN = 1.
 */
class QcaJsonTest {
    static final DataTable T = table();

    static DataTable table() {
        Map<String, double[]> c = new LinkedHashMap<>();
        c.put("A", new double[] {1, 1, 0, 0});
        c.put("B", new double[] {1, 0, 1, 0});
        c.put("Y", new double[] {1, 1, 0, 0});
        return new DataTable(List.of("c1", "c2", "c3", "c4"), c);
    }

    static List<String> keys(JsonNode n) {
        List<String> l = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            l.add(it.next());
        }
        return l;
    }

    static List<String> texts(JsonNode n) {
        List<String> l = new ArrayList<>();
        n.forEach(x -> l.add(x.asText()));
        return l;
    }

    @Test
    void truthTableRowsByHand() {
        TruthTable t = Qca.truthTable(T, "Y", List.of("A", "B"), new TruthTableOptions(0.9, 0.8, 1, 0, Set.of(2L)));
        ObjectNode j = QcaJson.truthTable(t);
        assertThat(keys(j)).containsExactly("conditions", "outcome", "noflevels", "options", "fuzzy", "multivalue", "rows", "warnings");
        assertThat(texts(j.get("conditions"))).containsExactly("A", "B");
        assertThat(j.get("outcome").asText()).isEqualTo("Y");
        assertThat(j.get("noflevels").toString()).isEqualTo("[2,2]");
        assertThat(j.get("options").toString()).isEqualTo("{\"incl.cut\":[0.9,0.8],\"n.cut\":1,\"pri.cut\":0.0,\"exclude\":[2]}");
        assertThat(j.get("fuzzy").toString()).isEqualTo("[false,false]");
        assertThat(j.get("multivalue").asBoolean()).isFalse();
        JsonNode rows = j.get("rows");
        assertThat(rows.size()).isEqualTo(4);
        Map<Long, JsonNode> byRow = new LinkedHashMap<>();
        rows.forEach(r -> byRow.put(r.get("row").asLong(), r));
        assertThat(byRow.keySet()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        JsonNode r4 = byRow.get(4L);
        assertThat(keys(r4)).containsExactly("row", "config", "OUT", "n", "incl", "PRI", "cases");
        assertThat(r4.get("config").toString()).isEqualTo("{\"A\":1,\"B\":1}");
        assertThat(r4.get("OUT").asText()).isEqualTo("1");
        assertThat(r4.get("n").asInt()).isEqualTo(1);
        assertThat(r4.get("incl").asDouble()).isEqualTo(1.0);
        assertThat(r4.get("PRI").asDouble()).isEqualTo(1.0);
        assertThat(texts(r4.get("cases"))).containsExactly("c1");
        assertThat(byRow.get(3L).get("OUT").asText()).isEqualTo("1");
        assertThat(byRow.get(1L).get("incl").asDouble()).isZero();
        assertThat(byRow.get(1L).get("OUT").asText()).isEqualTo("0");
        assertThat(texts(byRow.get(2L).get("cases"))).containsExactly("c3");
        // one cut-off is written as one value
        assertThat(QcaJson.truthTable(Qca.truthTable(T, "Y", List.of("A", "B"), TruthTableOptions.defaults()))
                .at("/options/incl.cut").toString()).isEqualTo("[1.0]");
    }

    @Test
    void minimizationByHand() {
        TruthTableOptions o = TruthTableOptions.defaults();
        MinimizationResult r = Qca.minimize(T, "Y", List.of("A", "B"), o, MinimizeOptions.complex());
        ObjectNode j = QcaJson.minimization(r);
        assertThat(keys(j)).containsExactly("outcome", "solution", "solutions", "essential", "primes", "initials", "overall", "numbers",
                "intermediate", "truncated");
        assertThat(j.get("solution").toString()).isEqualTo("[[\"A\"]]");
        JsonNode m1 = j.at("/solutions/0");
        assertThat(keys(m1)).containsExactly("model", "terms", "fit", "term_fit", "SA");
        assertThat(m1.get("model").asText()).isEqualTo("M1");
        assertThat(m1.get("fit").toString()).isEqualTo("{\"inclS\":1.0,\"PRI\":1.0,\"covS\":1.0}");
        assertThat(keys(m1.at("/term_fit/0"))).containsExactly("term", "inclS", "PRI", "covS", "covU", "cases");
        assertThat(m1.at("/term_fit/0/term").asText()).isEqualTo("A");
        assertThat(m1.at("/term_fit/0/covS").asDouble()).isEqualTo(1.0);
        assertThat(m1.get("SA").size()).isZero();
        assertThat(texts(j.get("essential"))).containsExactly("A");
        assertThat(j.get("numbers").toString()).isEqualTo("{\"OUT1\":2,\"OUT0\":2,\"OUTC\":0,\"Total\":4}");
        assertThat(j.get("intermediate").size()).isZero();
        assertThat(j.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void intermediateSolutionsCarryTheirCounterfactuals() {
        Map<String, double[]> c = new LinkedHashMap<>();
        c.put("A", new double[] {1, 0, 0});
        c.put("B", new double[] {1, 1, 0});
        c.put("Y", new double[] {1, 0, 0});
        DataTable t = new DataTable(List.of("x", "y", "z"), c);
        MinimizationResult r = Qca.minimize(t, "Y", List.of("A", "B"), TruthTableOptions.defaults(),
                new MinimizeOptions(true, false, "A,B", false, 1000));
        JsonNode im = QcaJson.minimization(r).at("/intermediate/0");
        assertThat(keys(im)).containsExactly("label", "c.sol", "p.sol", "solutions", "essential", "primes", "overall", "EC", "DC");
        assertThat(im.get("label").asText()).isEqualTo(r.intermediate().get(0).label());
        assertThat(im.get("EC").size()).isEqualTo(r.intermediate().get(0).easy().size());
    }

    @Test
    void necessityAndFitByHand() {
        ObjectNode n = QcaJson.necessity("Y", Qca.necessity(T, "Y", List.of("A", "B"), 0.9, 0, 0, 1));
        assertThat(keys(n)).containsExactly("outcome", "incl.cov");
        assertThat(n.at("/incl.cov/0").toString()).isEqualTo("{\"term\":\"A\",\"inclN\":1.0,\"RoN\":1.0,\"covN\":1.0}");

        ObjectNode f = QcaJson.fit(Qca.fit(T, "A*B -> Y"));
        assertThat(f.get("relation").asText()).isEqualTo("sufficiency");
        // A*B holds for c1 only: inclS 1, covS 1/2, covU of the only term = its coverage
        assertThat(f.at("/incl.cov/0/term").asText()).isEqualTo("A*B");
        assertThat(f.at("/incl.cov/0/inclS").asDouble()).isEqualTo(1.0);
        assertThat(f.at("/incl.cov/0/covS").asDouble()).isEqualTo(0.5);
        assertThat(keys(f.at("/incl.cov/0"))).containsExactly("term", "inclS", "PRI", "covS", "covU");
        ObjectNode fn = QcaJson.fit(Qca.fit(T, "B <- Y"));
        assertThat(fn.get("relation").asText()).isEqualTo("necessity");
        // B for Y: min(B,Y) = 1 in c1 only: inclN 1/2, covN 1/2
        assertThat(fn.at("/incl.cov/0/inclN").asDouble()).isEqualTo(0.5);
        assertThat(fn.at("/incl.cov/0/covN").asDouble()).isEqualTo(0.5);
        assertThat(keys(fn.at("/incl.cov/0"))).containsExactly("term", "inclN", "RoN", "covN");
        assertThatThrownBy(() -> QcaJson.fit(List.<ParametersOfFit.Row>of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUndefinedFitIsNull() {
        // X empty: inclS = 0/0
        ObjectNode m = QcaJson.sufficiencyFit(QcaJson.thresholds("X", new double[0]), SufficiencyFit.of(new double[] {0, 0},
                new double[] {1, 0}), true);
        assertThat(m.get("inclS").isNull()).isTrue();
        assertThat(m.get("covS").asDouble()).isZero();
    }

    @Test
    void calibrationAndThresholds() throws Exception {
        ObjectNode c = QcaJson.calibration("X", "e=1,c=2,i=3", List.of("a", "b"), new double[] {0.05, 0.5}, List.of("w"));
        assertThat(keys(c)).containsExactly("column", "thresholds", "cases", "values", "warnings");
        assertThat(c.get("values").toString()).isEqualTo("[0.05,0.5]");
        ObjectNode t = QcaJson.thresholds("X", new double[] {1.5, 2.5});
        StringWriter w = new StringWriter();
        QcaJson.write(t, w);
        assertThat(w.toString()).isEqualTo("{\n  \"column\" : \"X\",\n  \"thresholds\" : [ 1.5, 2.5 ]\n}");
        assertThatThrownBy(() -> QcaJson.calibration("X", "", List.of("a"), new double[2], List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
