package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;

/**
 * Splits one log into sub-logs by the value of an attribute — municipalities or counties within one
 * log. Each event's value is its case's attribute when the log has a case attribute of that name
 * (a {@code case:} prefix is optional), otherwise the event's own attribute; the sub-log of value v
 * holds the events whose value is v, in file order, with their cases (so a case whose events carry
 * several values appears, in part, in several groups). Events without a value are left out. Groups
 * are named {@code attribute=value} and ordered by value. O(n × groups) for the subset copies.
 */
final class LogGroups {
    private LogGroups() {
    }

    static List<EventLog> split(EventLog log, String attribute) {
        EventStore s = log.events();
        String caseName = attribute.startsWith("case:") ? attribute.substring(5) : attribute;
        AttributeColumn caseCol = log.caseAttributes().get(caseName);
        AttributeColumn eventCol = caseCol == null ? s.attribute(attribute) : null;
        if (caseCol == null && eventCol == null) {
            Set<String> known = new LinkedHashSet<>(log.caseAttributes().keySet());
            known.addAll(s.attributes().keySet());
            throw new UnknownAttributeException(log.name(), attribute, UnknownAttributeException.nearestFirst(attribute, known));
        }
        TreeMap<String, List<Integer>> byValue = new TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            String v = null;
            if (caseCol != null) {
                int c = s.hasCases() ? s.caseOf(i) : -1;
                v = c >= 0 && c < caseCol.size() && caseCol.isPresent(c) ? caseCol.text(c) : null;
            } else if (eventCol.isPresent(i)) {
                v = eventCol.text(i);
            }
            if (v != null) {
                byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(i);
            }
        }
        List<EventLog> out = new ArrayList<>(byValue.size());
        String label = caseCol != null ? caseName : attribute;
        byValue.forEach((v, events) -> {
            boolean[] keep = new boolean[s.size()];
            for (int i : events) {
                keep[i] = true;
            }
            EventLog sub = LogSubset.of(log, keep, label + " = " + v);
            out.add(new EventLog(label + "=" + v, sub.events(), sub.caseAttributes(), sub.objects(), sub.logAttributes(),
                    sub.eventTypeSchemas(), sub.warnings()));
        });
        return out;
    }
}
