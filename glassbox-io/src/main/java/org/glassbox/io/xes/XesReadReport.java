package org.glassbox.io.xes;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.EventLog;

/**
 * A read XES log with the counts of what the file lacked or had twice.
 *
 * @param log                    the log (events in file order)
 * @param traces                 {@code <trace>} elements in the file
 * @param tracesWithoutEvents    traces with no event (they vanish from the log, as in pm4py)
 * @param duplicateCaseIds       traces whose {@code concept:name} repeats an earlier trace's
 *                               (their events join that case, as in pm4py)
 * @param eventsWithoutActivity  events without {@code concept:name}; their activity is
 *                               {@link XesReader#MISSING_ACTIVITY}
 * @param eventsWithoutTimestamp events without a valid {@code time:timestamp} (missing or
 *                               unparseable; time {@code EventStore.MISSING_TIME})
 * @param unparseableTimestamps  of those, the ones whose text could not be parsed
 * @param eventsWithoutResource  events without {@code org:resource} (no actor link)
 * @param lifecycleTransitions   count per {@code lifecycle:transition} value ("&lt;absent&gt;" for none)
 */
public record XesReadReport(EventLog log, int traces, int tracesWithoutEvents, int duplicateCaseIds,
                            int eventsWithoutActivity, int eventsWithoutTimestamp, int unparseableTimestamps,
                            int eventsWithoutResource, Map<String, Integer> lifecycleTransitions) {
    public XesReadReport {
        Objects.requireNonNull(log, "log");
        lifecycleTransitions = Map.copyOf(lifecycleTransitions);
    }
}
