package org.glassbox.core.process;

import java.util.Objects;
import org.glassbox.core.model.EventStore;

/**
 * The object-centric view of an event store: for every object its events in stable time order
 * (by time; ties in store order, which OCEL readers set to pm4py's event order), through the
 * event-to-object links. An event linked twice to one object appears twice. Objects without events
 * have empty ranges. O(n + links) to build, two int arrays.
 */
public final class ObjectView {
    private final EventStore store;
    private final int[] start;
    private final int[] events;

    private ObjectView(EventStore s) {
        store = s;
        int objects = s.objects().size();
        start = new int[objects + 1];
        for (int i = 0; i < s.size(); i++) {
            if (s.time(i) != EventStore.MISSING_TIME) {
                for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                    start[s.objectAt(k) + 1]++;
                }
            }
        }
        for (int o = 0; o < objects; o++) {
            start[o + 1] += start[o];
        }
        events = new int[start[objects]];
        int[] fill = new int[objects];
        System.arraycopy(start, 0, fill, 0, objects);
        for (int r = 0; r < s.size(); r++) {
            int i = s.inTimeOrder(r);
            if (s.time(i) == EventStore.MISSING_TIME) {
                continue;
            }
            for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                int o = s.objectAt(k);
                events[fill[o]++] = i;
            }
        }
    }

    public static ObjectView of(EventStore store) {
        return new ObjectView(Objects.requireNonNull(store, "store"));
    }

    public EventStore store() {
        return store;
    }

    public int objects() {
        return start.length - 1;
    }

    public int from(int object) {
        return start[object];
    }

    public int to(int object) {
        return start[object + 1];
    }

    /** Event at position k (positions from(o)..to(o) are object o's events in time order). */
    public int event(int k) {
        return events[k];
    }
}
