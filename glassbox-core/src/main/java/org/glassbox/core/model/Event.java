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
        initiators = Frozen.list(initiators);
        targets = Frozen.list(targets);
        participants = Frozen.list(participants);
        objects = Frozen.list(objects);
        sources = Frozen.list(sources);
        attributes = Frozen.map(attributes);
    }
}
