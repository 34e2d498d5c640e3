package org.glassbox.io.ocel;

import java.util.Map;
import java.util.TreeMap;

import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;

/** The counts the shared README and pm4py's expected files give, computed from our log. */
record OcelCounts(int events, int objects, int e2o, int o2o, int dangling, int eventTypes, int objectTypes,
                  int objectsWithoutEvents, int changes, Map<String, Integer> objectsPerType,
                  Map<String, Integer> eventsPerType, Map<String, Integer> objectsWithEventsPerType,
                  Map<String, Integer> e2oPerObjectType) {

    static OcelCounts of(EventLog log) {
        EventStore s = log.events();
        int[] links = new int[s.objects().size()];
        Map<String, Integer> eventsPerType = new TreeMap<>();
        Map<String, Integer> e2oPerType = new TreeMap<>();
        int e2o = 0;
        for (int i = 0; i < s.size(); i++) {
            eventsPerType.merge(s.typeName(i), 1, Integer::sum);
            for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                links[s.objectAt(k)]++;
                e2o++;
                e2oPerType.merge(s.objectTypes().value(s.objectType(s.objectAt(k))), 1, Integer::sum);
            }
        }
        Map<String, Integer> perType = new TreeMap<>();
        Map<String, Integer> withEvents = new TreeMap<>();
        int without = 0;
        for (int o = 0; o < links.length; o++) {
            String t = s.objectTypes().value(s.objectType(o));
            perType.merge(t, 1, Integer::sum);
            if (links[o] == 0) {
                without++;
            } else {
                withEvents.merge(t, 1, Integer::sum);
            }
        }
        int dangling = log.objects().danglingRelations().size();
        return new OcelCounts(s.size(), s.objects().size(), e2o, log.objects().relations() + dangling, dangling,
                s.types().size(), s.objectTypes().size(), without, log.objects().changes().size(), perType,
                eventsPerType, withEvents, e2oPerType);
    }
}
