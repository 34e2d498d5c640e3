package org.glassbox.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record view of one event of the store (events.csv).
 *
 * @param index      position in the store (file order)
 * @param mechanism  as coded; null when blank (the type's default applies, see {@link Codebook})
 * @param attributes unknown columns, kept in file order
 */
public record Event(int index, String id, String type, PartialDate date, Mechanism mechanism,
                   List<String> initiators, List<String> targets, List<String> participants,
                   List<ObjectRef> objects, String title, List<String> sources, String fromJurisdiction,
                   Map<String, String> attributes) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        initiators = Collections2.copy(initiators);
        targets = Collections2.copy(targets);
        participants = Collections2.copy(participants);
        objects = Collections2.copy(objects);
        sources = Collections2.copy(sources);
        attributes = Collections2.copyOrdered(attributes);
    }
}
