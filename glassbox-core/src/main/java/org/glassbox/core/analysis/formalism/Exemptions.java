package org.glassbox.core.analysis.formalism;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventStore;

/**
 * The coder's exemptions of a case, read once from the event attributes {@code exempt} (a {@code ;}
 * list of diagnostic ids) and {@code coding_note} (the reason), case format 1.1.
 */
final class Exemptions {
    static final String EXEMPT = "exempt";
    static final String CODING_NOTE = "coding_note";

    private final List<Exemption> all = new ArrayList<>();
    private final Map<String, Set<Integer>> events = new HashMap<>();

    Exemptions(EventStore ev) {
        AttributeColumn ex = ev.attribute(EXEMPT);
        AttributeColumn note = ev.attribute(CODING_NOTE);
        if (ex == null) {
            return;
        }
        for (int i = 0; i < ev.size(); i++) {
            if (!ex.isPresent(i)) {
                continue;
            }
            String reason = note != null && note.isPresent(i) ? note.text(i) : null;
            for (String d : ex.text(i).split(";")) {
                String id = d.strip();
                if (!id.isEmpty() && events.computeIfAbsent(id, x -> new HashSet<>()).add(i)) {
                    all.add(new Exemption(ev.id(i), id, reason));
                }
            }
        }
    }

    /** Whether event {@code i} is exempt from diagnostic {@code id}. */
    boolean exempt(int i, String id) {
        Set<Integer> s = events.get(id);
        return s != null && s.contains(i);
    }

    /** The exemptions from diagnostic {@code id}, in event order. */
    List<Exemption> from(String id) {
        return all.stream().filter(e -> e.diagnostic().equals(id)).toList();
    }

    /** Every exemption, in event order. */
    List<Exemption> all() {
        return List.copyOf(all);
    }
}
