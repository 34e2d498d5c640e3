package org.glassbox.app.qca;

/**
 * Bad input for {@link ComparisonQca}: a column specification that cannot be read, a path that
 * does not lead to a usable value in a case, a calibration that names no column. Parameter names
 * appear in the message in backquotes ({@code `outcome`}, {@code `conditions`}, {@code `calibrate`})
 * so that a caller can show them in its own words (a command line as its flags).
 */
public final class ComparisonQcaException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final String caseLabel;
    private final String path;
    private final boolean missing;

    ComparisonQcaException(String parameter, String caseLabel, String path, boolean missing, String message) {
        super(message);
        this.parameter = parameter;
        this.caseLabel = caseLabel;
        this.path = path;
        this.missing = missing;
    }

    /** An error in the option {@code parameter} itself (no case involved). */
    static ComparisonQcaException option(String parameter, String message) {
        return new ComparisonQcaException(parameter, null, null, false, message);
    }

    /** A required parameter that was not given. */
    static ComparisonQcaException missing(String parameter, String message) {
        return new ComparisonQcaException(parameter, null, null, true, message);
    }

    /** A path of the {@code parameter} that is malformed ({@code caseLabel} null) or does not serve in a case. */
    static ComparisonQcaException path(String parameter, String caseLabel, String path, String message) {
        return new ComparisonQcaException(parameter, caseLabel, path,
                false, (caseLabel == null ? "" : "case " + caseLabel + ": ") + "path '" + path + "': " + message);
    }

    /** The parameter at fault: {@code outcome}, {@code conditions} or {@code calibrate}. */
    public String parameter() {
        return parameter;
    }

    /**
     * The case (its label in the data table) whose analysis lacks the value, or null when the
     * options alone are at fault (a usage error rather than bad data).
     */
    public String caseLabel() {
        return caseLabel;
    }

    /** The path at fault, or null when the error is not about one path. */
    public String path() {
        return path;
    }

    /** Whether the parameter was required and not given. */
    public boolean missing() {
        return missing;
    }
}
