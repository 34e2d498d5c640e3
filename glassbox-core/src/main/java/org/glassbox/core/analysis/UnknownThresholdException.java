package org.glassbox.core.analysis;

import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * An override in {@link AnalysisOptions#thresholdOverrides()} names a threshold the case's
 * codebook does not have. Carries the name and the known names, so that a caller can suggest one.
 */
public final class UnknownThresholdException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final List<String> known;

    public UnknownThresholdException(String name, List<String> known) {
        super("no threshold named " + name + " in the codebook; known: " + String.join(", ", known));
        this.name = Objects.requireNonNull(name, "name");
        this.known = Frozen.list(known);
    }

    /** The name that is not in the codebook. */
    public String name() {
        return name;
    }

    /** The codebook's threshold names, in its order. */
    public List<String> known() {
        return known;
    }
}
