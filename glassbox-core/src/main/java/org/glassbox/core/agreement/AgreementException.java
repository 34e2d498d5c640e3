package org.glassbox.core.agreement;

/**
 * Reliability data that a coefficient cannot take, naming the parameter and, where there is one,
 * the position: the unit (0-based row) and the coder (0-based column), or -1 when not applicable.
 */
public final class AgreementException extends IllegalArgumentException {
    private final String parameter;
    private final int unit;
    private final int coder;

    public AgreementException(String parameter, int unit, int coder, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
        this.unit = unit;
        this.coder = coder;
    }

    public AgreementException(String parameter, String message) {
        this(parameter, -1, -1, message);
    }

    /** The parameter whose value is refused. */
    public String parameter() {
        return parameter;
    }

    /** The 0-based unit concerned, -1 when none. */
    public int unit() {
        return unit;
    }

    /** The 0-based coder concerned, -1 when none. */
    public int coder() {
        return coder;
    }
}
