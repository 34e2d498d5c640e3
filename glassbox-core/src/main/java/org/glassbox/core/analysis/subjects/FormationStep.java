package org.glassbox.core.analysis.subjects;

import java.util.Objects;
import org.glassbox.core.model.PartialDate;

/**
 * One step of the formation timeline.
 *
 * @param detail  in words, e.g. {@code joined (actors.csv)} or {@code mainly target in 2017 → mainly initiator in 2018}
 * @param eventId the event that evidences it (its first event for an entry without a joined date), or null
 */
public record FormationStep(String actorId, String sector, FormationKind kind, PartialDate date, String detail,
                            String eventId) {
    public FormationStep {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(detail, "detail");
    }
}
