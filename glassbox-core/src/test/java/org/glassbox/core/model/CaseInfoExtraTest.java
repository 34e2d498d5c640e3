package org.glassbox.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unknown keys of case.yaml: written back as read, else nested where the dotted keys allow, never changed in the flat view. */
class CaseInfoExtraTest {

    private static CaseInfo info(Map<String, String> extra, Map<String, Object> shape) {
        return new CaseInfo("c", "C", null, null, null, null, null, List.of(), null, extra, shape);
    }

    @Test
    void theShapeAsReadIsWrittenBackWhileItStandsForTheExtras() {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("keywords", List.of("a", "b"));
        shape.put("simulated.from", "preset:market");
        Map<String, String> flat = CaseInfo.flatten(shape);
        assertThat(flat).containsExactly(Map.entry("keywords.0", "a"), Map.entry("keywords.1", "b"),
                Map.entry("simulated.from", "preset:market"));
        assertThat(info(flat, shape).extraToWrite()).isEqualTo(shape);
        // extras changed after reading: the shape no longer stands for them and is not written
        Map<String, String> changed = new LinkedHashMap<>(flat);
        changed.put("keywords.1", "c");
        assertThat(CaseInfo.flatten(info(changed, shape).extraToWrite())).isEqualTo(changed);
        // the shape is form, not content
        assertThat(info(flat, shape)).isEqualTo(info(flat, Map.of())).hasSameHashCodeAs(info(flat, Map.of()));
    }

    @Test
    void flatExtrasAreNestedWhereTheirKeysAllowAndReadTheSame() {
        Map<String, String> flat = new LinkedHashMap<>();
        flat.put("generated.process", "market");
        flat.put("generated.expected.model", "market-based");
        flat.put("tags.0", "x");
        flat.put("tags.1", "y");
        Map<String, Object> w = info(flat, Map.of()).extraToWrite();
        assertThat(w).containsOnlyKeys("generated", "tags");
        assertThat(w.get("tags")).isEqualTo(List.of("x", "y"));
        assertThat(w.get("generated")).isEqualTo(Map.of("process", "market", "expected", Map.of("model", "market-based")));
        assertThat(CaseInfo.flatten(w)).isEqualTo(flat);
        // a key that is both a value and a prefix cannot nest: written flat
        Map<String, String> clash = Map.of("a", "1", "a.b", "2");
        assertThat(info(clash, Map.of()).extraToWrite()).isEqualTo(clash);
    }
}
