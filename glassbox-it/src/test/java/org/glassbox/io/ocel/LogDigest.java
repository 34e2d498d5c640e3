package org.glassbox.io.ocel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.ObjectTable;

/**
 * Everything an OCEL 2.0 log says, as comparable text per event and per object (keyed by id), so
 * that a round trip can be checked field by field with readable differences.
 */
record LogDigest(List<String> eventOrder, Map<String, String> events, Map<String, String> objects,
                 Map<String, Map<String, String>> eventTypes, Map<String, Map<String, String>> objectTypes) {

    static LogDigest of(EventLog log) {
        return of(log, true);
    }

    static LogDigest of(EventLog log, boolean withDangling) {
        EventStore s = log.events();
        List<String> order = new ArrayList<>();
        Map<String, String> events = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            StringBuilder b = new StringBuilder();
            b.append(s.typeName(i)).append(" @").append(s.time(i)).append(" ");
            Map<String, String> attrs = new TreeMap<>();
            for (AttributeColumn c : s.attributes().values()) {
                String v = OcelTime.text(c, i);
                if (v != null) {
                    attrs.put(c.name(), v);
                }
            }
            b.append(attrs).append(" ->");
            for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                b.append(' ').append(s.objects().value(s.objectAt(k))).append('/')
                        .append(s.qualifiers().value(s.qualifierAt(k)));
            }
            order.add(s.id(i));
            events.put(s.id(i), b.toString());
        }
        ObjectTable t = log.objects();
        Map<Integer, StringBuilder> obj = new LinkedHashMap<>();
        for (int o = 0; o < s.objects().size(); o++) {
            StringBuilder b = new StringBuilder(s.objectTypes().value(s.objectType(o))).append(" ");
            Map<String, String> attrs = new TreeMap<>();
            for (AttributeColumn c : t.attributes().values()) {
                if (o < c.size() && c.isPresent(o)) {
                    attrs.put(c.name(), c.text(o));
                }
            }
            b.append(attrs);
            obj.put(o, b);
        }
        for (ObjectTable.AttributeChange c : t.changes()) {
            obj.get(c.object()).append(" ").append(c.attribute()).append('@').append(c.time()).append('=')
                    .append(c.value());
        }
        for (int k = 0; k < t.relations(); k++) {
            obj.get(t.relationFrom(k)).append(" ->").append(s.objects().value(t.relationTo(k))).append('/')
                    .append(t.relationQualifier(k));
        }
        for (ObjectTable.DanglingRelation d : withDangling ? t.danglingRelations() : List.<ObjectTable.DanglingRelation>of()) {
            obj.get(d.from()).append(" ->?").append(d.targetId()).append('/').append(d.qualifier());
        }
        Map<String, String> objects = new TreeMap<>();
        obj.forEach((o, b) -> objects.put(s.objects().value(o), b.toString()));
        Map<String, Map<String, String>> et = new TreeMap<>();
        log.eventTypeSchemas().forEach((k, v) -> et.put(k, new TreeMap<>(v)));
        Map<String, Map<String, String>> ot = new TreeMap<>();
        t.typeSchemas().forEach((k, v) -> ot.put(k, new TreeMap<>(v)));
        return new LogDigest(order, events, objects, et, ot);
    }
}
