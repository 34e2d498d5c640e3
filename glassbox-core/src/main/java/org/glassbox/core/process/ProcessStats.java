package org.glassbox.core.process;

import java.util.List;
import java.util.Objects;

/**
 * Overview of one event log.
 *
 * @param log                    the log's name
 * @param events                 events in the store
 * @param cases                  non-empty cases
 * @param activities             distinct activities of the events used
 * @param resources              distinct resources (missing excluded)
 * @param variants               distinct activity sequences (time order)
 * @param eventsWithoutTimestamp left out of every time-based result
 * @param eventsWithoutResource  events with no resource
 * @param firstTime              earliest event time (epoch ms), or null
 * @param lastTime               latest event time (epoch ms), or null
 * @param durations              case durations
 * @param throughput             per month
 * @param warnings               the reader's warnings
 */
public record ProcessStats(String log, int events, int cases, int activities, int resources, int variants,
                           int eventsWithoutTimestamp, int eventsWithoutResource, Long firstTime, Long lastTime,
                           CaseDurationSummary durations, List<ThroughputPeriod> throughput, List<String> warnings) {
    public ProcessStats {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(durations, "durations");
        throughput = List.copyOf(throughput);
        warnings = List.copyOf(warnings);
    }
}
