package org.glassbox.core.process;

/** An attribute splits a log into fewer than two groups, so there is nothing to compare: bad input. */
public final class GroupCountException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String log;
    private final String attribute;
    private final int groups;

    public GroupCountException(String log, String attribute, int groups) {
        super(log + ": attribute '" + attribute + "' has " + groups + (groups == 1 ? " value" : " values")
                + " in the log; a comparison needs at least two");
        this.log = log;
        this.attribute = attribute;
        this.groups = groups;
    }

    public String log() {
        return log;
    }

    public String attribute() {
        return attribute;
    }

    /** Distinct values found. */
    public int groups() {
        return groups;
    }
}
