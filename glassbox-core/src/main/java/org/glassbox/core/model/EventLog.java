package org.glassbox.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event log as the process engine reads it — XES, CSV or OCEL 2.0 — on the same columnar
 * {@link EventStore} as coded cases: events with activity ({@link EventStore#type}), time,
 * resource (an {@link Role#INITIATOR} actor link), case notion ({@link EventStore#caseOf}) when
 * the log has one, objects when it is object-centric.
 *
 * @param name           a label (usually the file name)
 * @param events         the events, in file order
 * @param caseAttributes trace-level attributes indexed by case code (empty for object-centric logs)
 * @param objects        object attributes and relations (empty table for case-centric logs)
 * @param logAttributes  log-level attributes as text
 * @param eventTypeSchemas declared attribute names and types per event type (OCEL), may be empty
 * @param warnings       quirks met while reading (missing resources, dangling relations …)
 */
public record EventLog(String name, EventStore events, Map<String, AttributeColumn> caseAttributes,
                       ObjectTable objects, Map<String, String> logAttributes,
                       Map<String, Map<String, String>> eventTypeSchemas, List<String> warnings) {
    public EventLog {
        Objects.requireNonNull(events, "events");
        caseAttributes = Frozen.map(caseAttributes);
        objects = objects == null ? ObjectTable.empty(events.objects().size()) : objects;
        logAttributes = Frozen.map(logAttributes);
        eventTypeSchemas = Frozen.map(eventTypeSchemas);
        warnings = Frozen.list(warnings);
    }

    /** A log view of a coded case: the same store, with its objects (kind:id) as the object-centric notion. */
    public static EventLog of(Case c) {
        return new EventLog(c.id(), c.events(), Map.of(), null, Map.of(), Map.of(), List.of());
    }
}
