package org.glassbox.core.agreement.cases;

import java.util.List;

/** Which events of the coders' versions are the same event, and which only one coder coded. */
public record EventMatching(List<MatchedEvent> matched, List<UnmatchedEvent> unmatched) {
    public EventMatching {
        matched = List.copyOf(matched);
        unmatched = List.copyOf(unmatched);
    }

    /** Units matched by id alone. */
    public long byId() {
        return matched.stream().filter(m -> m.method() == MatchMethod.ID).count();
    }

    /** Units where at least one version was matched by date, initiators and type. */
    public long byDateInitiatorType() {
        return matched.stream().filter(m -> m.method() == MatchMethod.DATE_INITIATOR_TYPE).count();
    }
}
