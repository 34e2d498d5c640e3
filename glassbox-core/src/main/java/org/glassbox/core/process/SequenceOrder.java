package org.glassbox.core.process;

/**
 * The order of a case's events for start/end activities, variants and handover of work.
 * The directly-follows graph always uses {@link #TIME}.
 */
public enum SequenceOrder {
    /**
     * Stable time order: by timestamp, equal timestamps in file order. Consistent with the
     * directly-follows graph. The default.
     */
    TIME,
    /**
     * File order, ignoring timestamps: what pm4py does for start/end activities, variants and
     * handover (it takes the DataFrame rows as they are). Differs from {@link #TIME} only when a
     * case is not time-sorted in the file.
     */
    FILE
}
