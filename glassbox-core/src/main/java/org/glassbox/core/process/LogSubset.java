package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Mechanism;

/**
 * A new {@link EventLog} holding the chosen events of a log, in file order, with everything they
 * carry (activity, time, actors with roles, objects with qualifiers, case, attributes). Actor and
 * object codes are preserved (so the object table is shared); case codes are renumbered in order
 * of first appearance and case attributes follow. O(kept events × attributes).
 */
final class LogSubset {
    private LogSubset() {
    }

    static EventLog of(EventLog log, boolean[] keep, String what) {
        EventStore s = log.events();
        EventStore.Builder b = EventStore.builder(s.actors());
        for (int o = 0; o < s.objects().size(); o++) {
            b.declareObject(s.objects().value(o), s.objectTypes().value(s.objectType(o)));
        }
        List<AttributeColumn> cols = new ArrayList<>(s.attributes().values());
        int[] oldCase = new int[Math.max(1, s.hasCases() ? s.caseIds().size() : 0)];
        int kept = 0;
        for (int i = 0; i < s.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            kept++;
            b.add(s.hasIds() ? s.id(i) : null, s.typeName(i), s.time(i), s.precision(i));
            Mechanism m = s.codedMechanism(i);
            if (m != null) {
                b.mechanism(m);
            }
            for (int k = s.actorsFrom(i); k < s.actorsTo(i); k++) {
                b.actor(s.actorAt(k), s.roleAt(k));
            }
            for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                int o = s.objectAt(k);
                b.object(s.objects().value(o), s.objectTypes().value(s.objectType(o)), s.qualifiers().value(s.qualifierAt(k)));
            }
            if (s.hasCases() && s.caseOf(i) >= 0) {
                int before = b.caseIds().size();
                b.caseId(s.caseIds().value(s.caseOf(i)));
                if (b.caseIds().size() > before) {
                    oldCase[before] = s.caseOf(i);
                }
            }
            for (AttributeColumn c : cols) {
                if (!c.isPresent(i)) {
                    continue;
                }
                switch (c.kind()) {
                    case STRING -> b.attribute(c.name(), c.text(i));
                    case LONG -> b.attribute(c.name(), c.longValue(i));
                    case DOUBLE -> b.attribute(c.name(), c.doubleValue(i));
                    case BOOLEAN -> b.attribute(c.name(), c.booleanValue(i));
                    case TIME -> b.timeAttribute(c.name(), c.longValue(i));
                }
            }
        }
        EventStore out = b.build();
        int cases = out.hasCases() ? out.caseIds().size() : 0;
        Map<String, AttributeColumn> caseAttrs = new LinkedHashMap<>();
        for (AttributeColumn c : log.caseAttributes().values()) {
            AttributeColumn.Builder cb = new AttributeColumn.Builder(c.name(), c.kind());
            for (int nc = 0; nc < cases; nc++) {
                int oc = oldCase[nc];
                if (oc >= c.size() || !c.isPresent(oc)) {
                    continue;
                }
                switch (c.kind()) {
                    case STRING -> cb.setString(nc, c.text(oc));
                    case LONG, TIME -> cb.setLong(nc, c.longValue(oc));
                    case DOUBLE -> cb.setDouble(nc, c.doubleValue(oc));
                    case BOOLEAN -> cb.setBoolean(nc, c.booleanValue(oc));
                }
            }
            caseAttrs.put(c.name(), cb.build(cases));
        }
        List<String> warnings = new ArrayList<>(log.warnings());
        warnings.add("filtered (" + what + "): " + kept + " of " + s.size() + " events kept");
        return new EventLog(log.name(), out, caseAttrs, log.objects(), log.logAttributes(), log.eventTypeSchemas(), warnings);
    }
}
