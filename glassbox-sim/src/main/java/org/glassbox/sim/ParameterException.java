package org.glassbox.sim;

/** A parameter that does not exist or a value outside its bounds; names the parameter and the value. */
public final class ParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;
    private final double value;

    public ParameterException(String parameter, double value, String message) {
        super(message);
        this.parameter = parameter;
        this.value = value;
    }

    /** The parameter's name as given. */
    public String parameter() {
        return parameter;
    }

    /** The value given, NaN when the name itself is wrong. */
    public double value() {
        return value;
    }
}
