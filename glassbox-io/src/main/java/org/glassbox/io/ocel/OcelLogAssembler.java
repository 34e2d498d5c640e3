package org.glassbox.io.ocel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.IntArrayBuilder;
import org.glassbox.core.model.LongArrayBuilder;
import org.glassbox.core.model.ObjectTable;
import org.glassbox.core.model.Precision;

/**
 * Collects what an OCEL 2.0 reader parses, in whatever order the file gives it (JSON may list
 * events before objects), and assembles the {@link EventLog} once everything is known.
 *
 * <p>Rules, shared by the three formats: object codes follow the order objects are declared;
 * events keep the order they are given; an object attribute entry at the epoch (OCEL's "initial
 * value") or without a time is a static attribute, any other entry a time-stamped change;
 * an empty value is a missing value; event attribute values are typed by the declared type of
 * their event type (integer, float, boolean, time, string), undeclared ones by their JSON kind;
 * a value that does not parse as its declared type is kept as text. Objects without events are
 * kept and counted, O2O relations to unknown objects are kept as dangling relations and counted,
 * E2O links to unknown objects are dropped and counted — each with a warning.
 *
 * <p>Memory: O(events + links + attribute entries), all in flat lists.
 */
final class OcelLogAssembler {
    private final String name;
    private final Map<String, Map<String, String>> eventTypes = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> objectTypes = new LinkedHashMap<>();

    private final List<String> objectIds = new ArrayList<>();
    private final List<String> objectTypeOf = new ArrayList<>();
    private final Map<String, Integer> objectIndex = new HashMap<>();

    private final IntArrayBuilder attrObject = new IntArrayBuilder();
    private final List<String> attrName = new ArrayList<>();
    private final LongArrayBuilder attrTime = new LongArrayBuilder();
    private final List<String> attrValue = new ArrayList<>();

    private final IntArrayBuilder o2oFrom = new IntArrayBuilder();
    private final List<String> o2oTarget = new ArrayList<>();
    private final List<String> o2oQualifier = new ArrayList<>();

    private final List<String> eventIds = new ArrayList<>();
    private final Set<String> eventIdSet = new HashSet<>();
    private final List<String> eventTypeOf = new ArrayList<>();
    private final LongArrayBuilder eventTime = new LongArrayBuilder();
    private final IntArrayBuilder eventAttrStart = new IntArrayBuilder();
    private final List<String> eventAttrName = new ArrayList<>();
    private final List<Object> eventAttrValue = new ArrayList<>();
    private final IntArrayBuilder e2oStart = new IntArrayBuilder();
    private final List<String> e2oObject = new ArrayList<>();
    private final List<String> e2oQualifier = new ArrayList<>();

    private final List<String> objectPlaces = new ArrayList<>();
    private final List<String> eventPlaces = new ArrayList<>();
    private final List<OcelSourceMap.DroppedLink> dropped = new ArrayList<>();
    /** Whether places are kept (only for a case read, {@link OcelReader#readLocated}: a large log pays nothing). */
    private boolean locating;

    private final Map<String, String> interned = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    OcelLogAssembler(String name) {
        this.name = name;
    }

    private String intern(String s) {
        if (s == null) {
            return null;
        }
        String v = interned.putIfAbsent(s, s);
        return v == null ? s : v;
    }

    /** Declares an event type and its attributes (name → OCEL type). */
    void eventType(String type, Map<String, String> attributes) {
        eventTypes.computeIfAbsent(type, t -> new LinkedHashMap<>()).putAll(attributes);
    }

    void objectType(String type, Map<String, String> attributes) {
        objectTypes.computeIfAbsent(type, t -> new LinkedHashMap<>()).putAll(attributes);
    }

    boolean hasObjectType(String type) {
        return objectTypes.containsKey(type);
    }

    /** Declares an object; returns its code, or -1 when the id is already declared. */
    int object(String id, String type) {
        if (objectIndex.containsKey(id)) {
            return -1;
        }
        int code = objectIds.size();
        objectIndex.put(id, code);
        objectIds.add(id);
        objectTypeOf.add(intern(type));
        if (locating) {
            objectPlaces.add(null);
        }
        return code;
    }

    /** Keep where each object and event is, and the dropped E2O links, for {@link #sourceMap}; before any is read. */
    void locate() {
        locating = true;
    }

    /** Whether places are kept; a reader makes a place's text only then. */
    boolean locating() {
        return locating;
    }

    /** Where object {@code code} is in the file ({@code line:column} or {@code table#row}), for {@link #sourceMap}. */
    void placeObject(int code, String place) {
        if (locating) {
            objectPlaces.set(code, place);
        }
    }

    /** Where the current event is in the file, for {@link #sourceMap}. */
    void placeEvent(String place) {
        if (locating) {
            eventPlaces.set(eventPlaces.size() - 1, place);
        }
    }

    /** Where the objects and events were read from, and the E2O links {@link #build} dropped. */
    OcelSourceMap sourceMap() {
        return new OcelSourceMap(objectIds, objectPlaces, eventIds, eventPlaces, dropped);
    }

    /** The code of object {@code id}, or -1. */
    int objectCode(String id) {
        Integer c = objectIndex.get(id);
        return c == null ? -1 : c;
    }

    /** An attribute entry of an object; {@code time} {@link EventStore#MISSING_TIME} when the file gives none. */
    void objectAttribute(int object, String attribute, long time, String value) {
        attrObject.add(object);
        attrName.add(intern(attribute));
        attrTime.add(time);
        attrValue.add(value == null || value.isEmpty() ? null : value);
    }

    void objectRelation(int from, String targetId, String qualifier) {
        o2oFrom.add(from);
        o2oTarget.add(targetId);
        o2oQualifier.add(intern(qualifier == null ? "" : qualifier));
    }

    /** Starts an event; returns false when its id was already used. */
    boolean event(String id, String type, long time) {
        if (!eventIdSet.add(id)) {
            return false;
        }
        eventIds.add(id);
        eventTypeOf.add(intern(type));
        if (locating) {
            eventPlaces.add(null);
        }
        eventTime.add(time);
        eventAttrStart.add(eventAttrName.size());
        e2oStart.add(e2oObject.size());
        return true;
    }

    /** An attribute of the current event: a String, Long, Double or Boolean (null and "" are missing). */
    void eventAttribute(String attribute, Object value) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return;
        }
        eventAttrName.add(intern(attribute));
        eventAttrValue.add(value instanceof String s ? intern(s) : value);
    }

    void e2o(String objectId, String qualifier) {
        e2oObject.add(objectId);
        e2oQualifier.add(intern(qualifier == null ? "" : qualifier));
    }

    int events() {
        return eventIds.size();
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    /** Assembles the log. */
    EventLog build() {
        EventStore.Builder b = EventStore.builder();
        for (int o = 0; o < objectIds.size(); o++) {
            b.declareObject(objectIds.get(o), objectTypeOf.get(o));
        }
        int n = eventIds.size();
        eventAttrStart.add(eventAttrName.size());
        e2oStart.add(e2oObject.size());
        int[] linksPerObject = new int[objectIds.size()];
        int unknownE2o = 0;
        Map<String, Integer> unknownExamples = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            String type = eventTypeOf.get(i);
            b.add(eventIds.get(i), type, eventTime.get(i), Precision.INSTANT);
            Map<String, String> schema = eventTypes.getOrDefault(type, Map.of());
            for (int k = eventAttrStart.get(i); k < eventAttrStart.get(i + 1); k++) {
                String a = eventAttrName.get(k);
                setTyped(b, a, schema.get(a), eventAttrValue.get(k));
            }
            for (int k = e2oStart.get(i); k < e2oStart.get(i + 1); k++) {
                String oid = e2oObject.get(k);
                Integer o = objectIndex.get(oid);
                if (o == null) {
                    unknownE2o++;
                    if (locating) {
                        dropped.add(new OcelSourceMap.DroppedLink(eventIds.get(i), oid, e2oQualifier.get(k)));
                    }
                    if (unknownExamples.size() < 3) {
                        unknownExamples.merge(oid, 1, Integer::sum);
                    }
                    continue;
                }
                linksPerObject[o]++;
                b.object(oid, objectTypeOf.get(o), e2oQualifier.get(k));
            }
        }
        EventStore store = b.build();

        ObjectTable.Builder t = ObjectTable.builder();
        objectTypes.forEach((type, attrs) -> {
            t.type(type);
            attrs.forEach((a, vt) -> t.typeAttribute(type, a, vt));
        });
        Set<Long> staticSet = new HashSet<>();
        Map<String, Integer> attrCodes = new HashMap<>();
        for (int k = 0; k < attrObject.size(); k++) {
            int o = attrObject.get(k);
            String a = attrName.get(k);
            long time = attrTime.get(k);
            if (time == EventStore.MISSING_TIME || time == OcelTime.EPOCH) {
                long key = ((long) o << 32) | attrCodes.computeIfAbsent(a, x -> attrCodes.size());
                if (staticSet.add(key)) {
                    if (attrValue.get(k) != null) {
                        t.attribute(o, a, attrValue.get(k));
                    }
                    continue;
                }
                time = OcelTime.EPOCH; // a second initial value: kept as a change at the epoch
            }
            t.change(o, a, time, attrValue.get(k));
        }
        int dangling = 0;
        Map<String, Integer> danglingByType = new TreeMap<>();
        for (int k = 0; k < o2oFrom.size(); k++) {
            Integer to = objectIndex.get(o2oTarget.get(k));
            if (to == null) {
                t.dangling(o2oFrom.get(k), o2oTarget.get(k), o2oQualifier.get(k));
                dangling++;
                danglingByType.merge(objectTypeOf.get(o2oFrom.get(k)), 1, Integer::sum);
            } else {
                t.relation(o2oFrom.get(k), to, o2oQualifier.get(k));
            }
        }
        ObjectTable objects = t.build(objectIds.size());

        int eventless = 0;
        Map<String, Integer> eventlessByType = new TreeMap<>();
        for (int o = 0; o < linksPerObject.length; o++) {
            if (linksPerObject[o] == 0) {
                eventless++;
                eventlessByType.merge(objectTypeOf.get(o), 1, Integer::sum);
            }
        }
        if (eventless > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d objects have no events (kept; pm4py drops them): %s",
                    eventless, eventlessByType));
        }
        if (dangling > 0) {
            warnings.add(String.format(Locale.ROOT,
                    "%,d object-to-object relations point at objects that are not in the log (kept as dangling"
                            + " relations), from objects of type %s", dangling, danglingByType));
        }
        if (unknownE2o > 0) {
            warnings.add(String.format(Locale.ROOT,
                    "%,d event-to-object links point at objects that are not in the log and were dropped, e.g. %s",
                    unknownE2o, unknownExamples.keySet()));
        }
        Map<String, Map<String, String>> ordered = new LinkedHashMap<>();
        eventTypes.forEach((k, v) -> ordered.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return new EventLog(name, store, Map.of(), objects, Map.of(), ordered, warnings);
    }

    private static void setTyped(EventStore.Builder b, String attribute, String declared, Object value) {
        String type = declared == null ? null : declared.toLowerCase(Locale.ROOT);
        if (type == null) {
            if (value instanceof Long l) {
                b.attribute(attribute, (long) l);
            } else if (value instanceof Double d) {
                b.attribute(attribute, (double) d);
            } else if (value instanceof Boolean z) {
                b.attribute(attribute, (boolean) z);
            } else {
                b.attribute(attribute, value.toString());
            }
            return;
        }
        String text = value.toString();
        try {
            switch (type) {
                case "integer", "int", "long" -> {
                    if (value instanceof Long l) {
                        b.attribute(attribute, (long) l);
                    } else if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) {
                        b.attribute(attribute, (long) (double) d);
                    } else {
                        b.attribute(attribute, Long.parseLong(text.strip()));
                    }
                }
                case "float", "double", "real" -> b.attribute(attribute, value instanceof Number x
                        ? x.doubleValue() : Double.parseDouble(text.strip()));
                case "boolean", "bool" -> {
                    if (value instanceof Boolean z) {
                        b.attribute(attribute, (boolean) z);
                    } else if (text.equalsIgnoreCase("true") || text.equals("1")) {
                        b.attribute(attribute, true);
                    } else if (text.equalsIgnoreCase("false") || text.equals("0")) {
                        b.attribute(attribute, false);
                    } else {
                        b.attribute(attribute, text);
                    }
                }
                case "time", "date", "datetime", "timestamp" -> b.timeAttribute(attribute, OcelTime.parse(text));
                default -> b.attribute(attribute, text);
            }
        } catch (RuntimeException notOfItsType) {
            b.attribute(attribute, text); // kept as text: the column falls back to text, nothing is lost
        }
    }
}
