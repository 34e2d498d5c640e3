package org.glassbox.io.caseformat;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the position it was read at: a scalar (its text, null for YAML null), a list
 * or an ordered map. Kept small so that case.yaml, a codebook and a workbook's {@code case} sheet
 * are checked by the same code with positions.
 */
record YamlNode(Object value, Pos pos) {

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    boolean isScalar() {
        return !isMap() && !isList();
    }

    boolean isNull() {
        return value == null;
    }

    /** The scalar's text; null for YAML null (and for lists and maps). */
    String text() {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    Map<String, YamlNode> map() {
        return (Map<String, YamlNode>) value;
    }

    @SuppressWarnings("unchecked")
    List<YamlNode> list() {
        return (List<YamlNode>) value;
    }

    /** What a user would call this value, for "found …" in problems. */
    String describe() {
        if (isMap()) {
            return "a mapping";
        }
        if (isList()) {
            return "a list";
        }
        return value == null ? "nothing" : (String) value;
    }
}
