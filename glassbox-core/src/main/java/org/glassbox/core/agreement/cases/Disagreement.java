package org.glassbox.core.agreement.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A unit on which the coders who coded it gave a field different values: what an adjudicator looks at.
 *
 * @param values one entry per coder, as written in the case format ({@code ;} lists sorted), null
 *               where the coder did not code the unit
 */
public record Disagreement(String unit, String field, List<String> values) {
    public Disagreement {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(field, "field");
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
