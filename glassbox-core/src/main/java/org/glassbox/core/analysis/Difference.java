package org.glassbox.core.analysis;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * One difference between compared cases.
 *
 * @param aspect    what differs, e.g. {@code model.verdict}, {@code structure.late}, {@code embedding.trajectory}, {@code mechanism.dominant}
 * @param values    case id → the value, in the order of the cases
 * @param statement the difference in words
 */
public record Difference(String aspect, Map<String, String> values, String statement) {
    public Difference {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(statement, "statement");
        values = Frozen.map(values);
    }
}
