package org.glassbox.sim;

import java.util.List;

/** A case too thin to calibrate: every estimate that lacks data, each saying which data. Bad input, not a bad argument. */
public final class CalibrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> missing;

    public CalibrationException(String caseId, List<String> missing) {
        super("case " + caseId + " is too thin to calibrate: " + String.join("; ", missing));
        this.missing = List.copyOf(missing);
    }

    /** One line per estimate that lacks data. */
    public List<String> missing() {
        return missing;
    }
}
