package org.glassbox.core.analysis.robustness;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * An exclusion ({@code excludeWhere}) names a column that neither the case's events nor its ties have.
 * Carries the name and the extra columns the case has.
 */
public final class UnknownColumnException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String column;
    private final List<String> known;

    public UnknownColumnException(String column, List<String> known) {
        super("excludeWhere: no event or tie has a column named " + column + "; extra columns: "
                + (known.isEmpty() ? "(none)" : String.join(", ", known)));
        this.column = Objects.requireNonNull(column, "column");
        this.known = Frozen.list(known);
    }

    public String column() {
        return column;
    }

    public List<String> known() {
        return known;
    }
}
