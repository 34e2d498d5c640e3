package org.glassbox.io.ocel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each object and event of an OCEL 2.0 file was read from — {@code line:column} of its JSON object or
 * XML element, {@code table#row} of its SQLite row (an object's: the row of its values) — and the E2O links the reader dropped because their
 * object is not in the log (the count is in {@link org.glassbox.core.model.EventLog#warnings()}; these are the
 * links themselves, so a case read can name each one). Kept by {@link OcelReader#readLocated}.
 */
public final class OcelSourceMap {
    /** An E2O link of {@code event} to {@code object}, which is not in the log, with its qualifier. */
    public record DroppedLink(String event, String object, String qualifier) {
    }

    private final Map<String, String> objects;
    private final Map<String, String> events;
    private final List<DroppedLink> dropped;

    OcelSourceMap(List<String> objectIds, List<String> objectPlaces, List<String> eventIds, List<String> eventPlaces,
                  List<DroppedLink> dropped) {
        this.objects = zip(objectIds, objectPlaces);
        this.events = zip(eventIds, eventPlaces);
        this.dropped = List.copyOf(dropped);
    }

    private static Map<String, String> zip(List<String> ids, List<String> places) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < ids.size() && i < places.size(); i++) {
            if (places.get(i) != null) {
                m.put(ids.get(i), places.get(i));
            }
        }
        return m;
    }

    /**
     * Where object {@code id} is ({@code 12:5}; in SQLite the row of its {@code object_<type>} table that holds its
     * values, e.g. {@code object_organization#3}, or its {@code object#7} row when it has none), or null when not known.
     */
    public String object(String id) {
        return objects.get(id);
    }

    /** Where event {@code id} is ({@code 40:7} or {@code event_Decide#2}), or null when not known. */
    public String event(String id) {
        return events.get(id);
    }

    /** The dropped E2O links, in file order. */
    public List<DroppedLink> droppedLinks() {
        return dropped;
    }
}
