package org.glassbox.io.log;

/** Conventions every event-log reader follows, as pm4py does. */
public final class LogConventions {
    /** The activity of an event that has none (pm4py's fill value). */
    public static final String MISSING_ACTIVITY = "__missing__";

    private LogConventions() {
    }
}
