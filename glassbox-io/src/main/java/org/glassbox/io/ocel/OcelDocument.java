package org.glassbox.io.ocel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.ObjectTable;

/**
 * What the three OCEL 2.0 writers need of an {@link EventLog}, computed once: the event and
 * object types with their attribute declarations (declared schemas first, then every attribute
 * actually used, typed by its column), and per object its time-stamped changes and relations.
 *
 * <p>A store's actor links (XES/CSV resources) and case notion have no OCEL 2.0 counterpart of
 * their own; they are written as objects of type {@value #RESOURCE} (qualifier = the role) and
 * {@value #TRACE} (qualifier {@code case}), so that nothing is lost.
 */
final class OcelDocument {
    static final String RESOURCE = "resource";
    static final String TRACE = "case:concept:name";

    final EventLog log;
    final EventStore store;
    final ObjectTable table;
    final Map<String, Map<String, String>> eventTypes = new LinkedHashMap<>();
    final Map<String, Map<String, String>> objectTypes = new LinkedHashMap<>();
    /** Objects: store objects first, then resources and traces; id and type per index. */
    final List<String> objectIds = new ArrayList<>();
    final List<String> objectTypeOf = new ArrayList<>();
    private final int storeObjects;
    private final int[] actorObject;
    private final int[] traceObject;
    private final int[] changeStart;
    private final int[] changeIndex;
    private final int[] relStart;
    private final int[] relIndex;
    private final int[] dangStart;
    private final int[] dangIndex;
    final List<String> warnings = new ArrayList<>();

    OcelDocument(EventLog log) {
        this.log = log;
        this.store = log.events();
        this.table = log.objects();
        storeObjects = store.objects().size();
        Set<String> ids = new HashSet<>();
        for (int o = 0; o < storeObjects; o++) {
            objectIds.add(store.objects().value(o));
            objectTypeOf.add(store.objectTypes().value(store.objectType(o)));
            ids.add(objectIds.get(o));
        }
        actorObject = extraObjects(store.actors().values(), RESOURCE, ids, store.actorLinks() > 0);
        traceObject = extraObjects(store.caseIds().values(), TRACE, ids, store.hasCases());

        // event types: declared schema, then used attributes
        log.eventTypeSchemas().forEach((type, attrs) -> {
            Map<String, String> m = eventTypes.computeIfAbsent(type, k -> new LinkedHashMap<>());
            attrs.forEach((a, v) -> m.put(a, normalType(v)));
        });
        for (int t = 0; t < store.types().size(); t++) {
            eventTypes.putIfAbsent(store.types().value(t), new LinkedHashMap<>());
        }
        List<Map<String, String>> byCode = new ArrayList<>();
        for (int t = 0; t < store.types().size(); t++) {
            byCode.add(eventTypes.get(store.types().value(t)));
        }
        for (AttributeColumn c : store.attributes().values()) {
            boolean[] done = new boolean[byCode.size()];
            for (int i = 0; i < store.size(); i++) {
                int t = store.type(i);
                if (!done[t] && c.isPresent(i)) {
                    done[t] = true;
                    byCode.get(t).putIfAbsent(c.name(), kindType(c.kind()));
                }
            }
        }

        // object types
        table.typeSchemas().forEach((type, attrs) -> {
            Map<String, String> m = objectTypes.computeIfAbsent(type, k -> new LinkedHashMap<>());
            attrs.forEach((a, v) -> m.put(a, normalType(v)));
        });
        for (int t = 0; t < store.objectTypes().size(); t++) {
            objectTypes.putIfAbsent(store.objectTypes().value(t), new LinkedHashMap<>());
        }
        for (int o = storeObjects; o < objectIds.size(); o++) {
            objectTypes.computeIfAbsent(objectTypeOf.get(o), k -> new LinkedHashMap<>());
        }
        for (AttributeColumn c : table.attributes().values()) {
            for (int o = 0; o < Math.min(c.size(), storeObjects); o++) {
                if (c.isPresent(o)) {
                    objectTypes.get(objectTypeOf.get(o)).putIfAbsent(c.name(),
                            c.kind() == AttributeColumn.Kind.DOUBLE ? "float" : "string");
                }
            }
        }
        List<ObjectTable.AttributeChange> changes = table.changes();
        for (ObjectTable.AttributeChange ch : changes) {
            objectTypes.get(objectTypeOf.get(ch.object())).putIfAbsent(ch.attribute(), "string");
        }
        int n = storeObjects;
        int[][] c = csr(n, changes.size(), k -> changes.get(k).object());
        changeStart = c[0];
        changeIndex = c[1];
        int[][] r = csr(n, table.relations(), table::relationFrom);
        relStart = r[0];
        relIndex = r[1];
        List<ObjectTable.DanglingRelation> dangling = table.danglingRelations();
        int[][] d = csr(n, dangling.size(), k -> dangling.get(k).from());
        dangStart = d[0];
        dangIndex = d[1];
        int missingTimes = 0;
        for (int i = 0; i < store.size(); i++) {
            if (store.time(i) == EventStore.MISSING_TIME) {
                missingTimes++;
            }
        }
        if (missingTimes > 0) {
            warnings.add(String.format(Locale.ROOT, "%,d events have no time; OCEL 2.0 requires one, so they are"
                    + " written at 1970-01-01T00:00:00Z", missingTimes));
        }
    }

    private int[] extraObjects(List<String> names, String type, Set<String> ids, boolean used) {
        if (!used) {
            return new int[0];
        }
        int[] out = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            String id = names.get(k);
            if (!ids.add(id)) {
                id = type + ":" + id;
                for (int s = 2; !ids.add(id); s++) {
                    id = type + ":" + names.get(k) + "#" + s;
                }
            }
            out[k] = objectIds.size();
            objectIds.add(id);
            objectTypeOf.add(type);
        }
        return out;
    }

    private interface IntFn {
        int at(int k);
    }

    private static int[][] csr(int n, int m, IntFn key) {
        int[] start = new int[n + 1];
        for (int k = 0; k < m; k++) {
            start[key.at(k) + 1]++;
        }
        for (int o = 0; o < n; o++) {
            start[o + 1] += start[o];
        }
        int[] fill = start.clone();
        int[] idx = new int[m];
        for (int k = 0; k < m; k++) {
            idx[fill[key.at(k)]++] = k;
        }
        return new int[][] {start, idx};
    }

    /** The XSD's attribute types: string, time, integer, float, boolean. */
    static String normalType(String declared) {
        String t = declared == null ? "string" : declared.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "integer", "int", "long" -> "integer";
            case "float", "double", "real" -> "float";
            case "boolean", "bool" -> "boolean";
            case "time", "date", "datetime", "timestamp" -> "time";
            default -> "string";
        };
    }

    static String kindType(AttributeColumn.Kind k) {
        return switch (k) {
            case STRING -> "string";
            case LONG -> "integer";
            case DOUBLE -> "float";
            case BOOLEAN -> "boolean";
            case TIME -> "time";
        };
    }

    int objects() {
        return objectIds.size();
    }

    boolean isStoreObject(int o) {
        return o < storeObjects;
    }

    /** One E2O link of an event, resolved to the written object index. */
    record Link(int object, String qualifier) {
    }

    /** The E2O links of event i: its objects, then its actors and its case (when the store has them). */
    List<Link> links(int i) {
        List<Link> out = new ArrayList<>(store.objectsTo(i) - store.objectsFrom(i) + 1);
        for (int k = store.objectsFrom(i); k < store.objectsTo(i); k++) {
            out.add(new Link(store.objectAt(k), store.qualifiers().value(store.qualifierAt(k))));
        }
        if (actorObject.length > 0) {
            for (int k = store.actorsFrom(i); k < store.actorsTo(i); k++) {
                out.add(new Link(actorObject[store.actorAt(k)], store.roleAt(k).word()));
            }
        }
        if (traceObject.length > 0 && store.caseOf(i) >= 0) {
            out.add(new Link(traceObject[store.caseOf(i)], "case"));
        }
        return out;
    }

    /** Event time as OCEL text (missing times at the epoch). */
    String time(int i) {
        long t = store.time(i);
        return OcelTime.format(t == EventStore.MISSING_TIME ? 0L : t);
    }

    /** Static attributes of object o as (name, value) pairs. */
    List<String[]> staticAttributes(int o) {
        List<String[]> out = new ArrayList<>();
        if (o >= storeObjects) {
            return out;
        }
        for (AttributeColumn c : table.attributes().values()) {
            if (o < c.size() && c.isPresent(o)) {
                out.add(new String[] {c.name(), c.text(o)});
            }
        }
        return out;
    }

    List<ObjectTable.AttributeChange> changes(int o) {
        List<ObjectTable.AttributeChange> out = new ArrayList<>();
        if (o < storeObjects) {
            for (int k = changeStart[o]; k < changeStart[o + 1]; k++) {
                out.add(table.changes().get(changeIndex[k]));
            }
        }
        return out;
    }

    /** O2O relations of object o as (target id, qualifier, target type or null when dangling). */
    List<String[]> relations(int o, boolean withDangling) {
        List<String[]> out = new ArrayList<>();
        if (o >= storeObjects) {
            return out;
        }
        for (int k = relStart[o]; k < relStart[o + 1]; k++) {
            int r = relIndex[k];
            int to = table.relationTo(r);
            out.add(new String[] {objectIds.get(to), table.relationQualifier(r), objectTypeOf.get(to)});
        }
        if (withDangling) {
            for (int k = dangStart[o]; k < dangStart[o + 1]; k++) {
                ObjectTable.DanglingRelation d = table.danglingRelations().get(dangIndex[k]);
                out.add(new String[] {d.targetId(), d.qualifier(), null});
            }
        }
        return out;
    }
}
