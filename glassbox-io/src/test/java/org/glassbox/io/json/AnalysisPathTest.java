package org.glassbox.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AnalysisPath}: syntax, shortcuts, resolution and the nearest keys, on hand-made trees. */
class AnalysisPathTest {
    static final JsonNode TREE = tree("{\"phases\":[{\"id\":\"p1\",\"x\":0.1},{\"id\":\"p2\",\"x\":0.7}],"
            + "\"periods\":[{\"year\":2020,\"n\":3},{\"year\":2021,\"n\":5}],"
            + "\"d\":[{\"id\":\"a\",\"score\":0.3},{\"id\":\"b\",\"score\":0.9}],\"t\":{\"a.b\":2},"
            + "\"embedding\":{\"index\":0.4,\"dyads\":7,\"end\":0.2,\"peak\":0.5,\"trajectory\":\"embedded\",\"reciprocity\":0.1,\"coDecision\":0.3}}");

    static JsonNode tree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static double at(String path) {
        return AnalysisPath.parse(path).resolve(TREE).asDouble();
    }

    @Test
    void indicesSelectorsQuotedKeysAndShortcuts() {
        assertThat(at("lastPhase.x")).isEqualTo(0.7);
        assertThat(at("phases[-1].x")).isEqualTo(0.7);
        assertThat(at("phases[last].x")).isEqualTo(0.7);
        assertThat(at("phases[first].x")).isEqualTo(0.1);
        assertThat(at("phases[1].x")).isEqualTo(0.7);
        assertThat(at("firstPhase.x")).isEqualTo(0.1);
        assertThat(at("lastYear.n")).isEqualTo(5);
        assertThat(at("phases[id=p1].x")).isEqualTo(0.1);
        assertThat(at("d[id=b].score")).isEqualTo(0.9);
        assertThat(at("t[\"a.b\"]")).isEqualTo(2);
        assertThat(at("t['a.b']")).isEqualTo(2);
        assertThat(AnalysisPath.parse("embedding.trajectory").resolve(TREE).asText()).isEqualTo("embedded");
    }

    @Test
    void stepsExpandTheShortcutsOnlyAtTheStart() {
        AnalysisPath p = AnalysisPath.parse("lastPhase.embedding.index");
        assertThat(p.text()).isEqualTo("lastPhase.embedding.index");
        assertThat(p.steps()).containsExactly(new AnalysisPath.Step("phases", null, null, null, "phases"),
                new AnalysisPath.Step(null, -1, null, null, "[last]"),
                new AnalysisPath.Step("embedding", null, null, null, "embedding"),
                new AnalysisPath.Step("index", null, null, null, "index"));
        assertThat(p.keys()).containsExactly("phases", "embedding", "index");
        assertThat(AnalysisPath.parse("a.lastPhase").keys()).containsExactly("a", "lastPhase");
        assertThat(AnalysisPath.parse("d[id=b].score").steps().get(1)).isEqualTo(new AnalysisPath.Step(null, null, "id", "b", "[id=b]"));
        assertThat(AnalysisPath.parse("a.b")).isEqualTo(AnalysisPath.parse("a.b")).hasSameHashCodeAs(AnalysisPath.parse("a.b"));
    }

    @Test
    void syntaxErrorsCarryTheirColumn() {
        assertSyntax("phases[oops].x", 7, "'[oops]' at column 7 is not an index: use [2], [-1], [last], [first], [key=value] or [\"key\"]");
        assertSyntax("phases[0", 7, "'[' at column 7 is not closed");
        assertSyntax("model.", 6, "the path ends with '.'");
        assertSyntax("phases[0]x", 10, "expected '.' or '[' at column 10");
        assertSyntax("model..x", 7, "empty key at column 7");
        assertSyntax("", 1, "empty path");
    }

    private static void assertSyntax(String path, int column, String message) {
        assertThatThrownBy(() -> AnalysisPath.parse(path)).isInstanceOfSatisfying(AnalysisPathException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }

    @Test
    void aMissingKeyNamesWhereItBrokeAndTheNearestKeys() {
        assertThatThrownBy(() -> at("lastPhase.embedding.indx")).isInstanceOf(AnalysisPathException.class)
                .hasMessage("no key 'embedding' in phases[last]; nearest: id, x");
        assertThatThrownBy(() -> at("embedding.indx")).hasMessage(
                "no key 'indx' in embedding; nearest: index, end, dyads, peak, coDecision"
                        + " (keys there: index, dyads, end, peak, trajectory, reciprocity, coDecision)");
        assertThatThrownBy(() -> at("nope")).hasMessageStartingWith("no key 'nope' in the top level; nearest: ");
        assertThatThrownBy(() -> at("phases[2].x")).hasMessage("phases has 2 elements; [2] is out of range");
        assertThatThrownBy(() -> at("phases[-3].x")).hasMessage("phases has 2 elements; [-3] is out of range");
        assertThatThrownBy(() -> at("d[id=z].score")).hasMessage("no element of d has id = 'z'; values there: a, b");
        assertThatThrownBy(() -> at("d[name=z].score")).hasMessage("no element of d has name = 'z' (its elements have no key 'name')");
        assertThatThrownBy(() -> at("phases.x")).hasMessage("phases is an array, which has no key 'x'");
        assertThatThrownBy(() -> at("t[0]")).hasMessage("t is an object, not an array, so [0] does not apply; keys there: a.b");
        assertThatThrownBy(() -> at("embedding.index.x")).hasMessage("embedding.index is the value 0.4, which has no key 'x'");
        assertThatThrownBy(() -> at("t[k=v]")).hasMessage("t is an object, not an array, so [k=v] does not apply");
    }

    @Test
    void nearestRanksByEditDistanceIgnoringCaseThenAlphabetically() {
        assertThat(AnalysisPath.nearest("indx", List.of("peak", "index", "Indx", "end", "dyads", "x", "inde")))
                .containsExactly("Indx", "inde", "index", "end", "x");
        assertThat(AnalysisPath.nearest("a", List.of("b", "c"))).containsExactly("b", "c");
        assertThat(AnalysisPath.nearest("a", List.of())).isEmpty();
    }

    @Test
    void distanceIsLevenshteins() {
        assertThat(AnalysisPath.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(AnalysisPath.distance("", "abc")).isEqualTo(3);
        assertThat(AnalysisPath.distance("flaw", "lawn")).isEqualTo(2);
        assertThat(AnalysisPath.distance("same", "same")).isZero();
        // seeded property: a metric (symmetric, triangle inequality) bounded by the longer length
        Random r = new Random(9);
        for (int k = 0; k < 300; k++) {
            String a = word(r);
            String b = word(r);
            String c = word(r);
            int ab = AnalysisPath.distance(a, b);
            assertThat(ab).isEqualTo(AnalysisPath.distance(b, a)).isLessThanOrEqualTo(Math.max(a.length(), b.length()))
                    .isGreaterThanOrEqualTo(Math.abs(a.length() - b.length()));
            assertThat(ab).isLessThanOrEqualTo(AnalysisPath.distance(a, c) + AnalysisPath.distance(c, b));
        }
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(7); i > 0; i--) {
            sb.append((char) ('a' + r.nextInt(3)));
        }
        return sb.toString();
    }

    @Test
    void keysOfAnObjectInOrderAndNoneOfOtherNodes() {
        assertThat(AnalysisPath.keys(TREE.get("t"))).containsExactly("a.b");
        assertThat(AnalysisPath.keys(TREE.get("phases"))).isEmpty();
    }
}
