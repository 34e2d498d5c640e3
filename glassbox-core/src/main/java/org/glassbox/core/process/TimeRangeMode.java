package org.glassbox.core.process;

/** How a time-window filter treats cases (pm4py {@code filter_time_range} modes). */
public enum TimeRangeMode {
    /** Keep the events inside the window (cases may be cut). */
    EVENTS,
    /** Keep whole cases whose events all lie inside the window. */
    CASES_CONTAINED,
    /** Keep whole cases with at least one event inside the window. */
    CASES_INTERSECTING
}
