package org.glassbox.core.analysis;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * What a verdict or metric rests on: a claim in words, the metric values and thresholds it
 * compares, and the ids of the events, ties and actors behind it.
 *
 * @param claim      one sentence, e.g. "7 of 12 actors under authority hold dual authority"
 * @param metrics    metric name → value, in the order the claim uses them
 * @param thresholds codebook threshold name → value the rule compared against
 * @param eventIds   ids of the events behind the claim (events.csv ids)
 * @param tieIds     ids of the ties behind the claim (ties.csv ids)
 * @param actorIds   ids of the actors the claim is about
 * @param passages   the coded passages (case format 1.1 segments) linked to those events, then to those
 *                   ties, in id order and file order; empty when the case has none
 */
public record Evidence(String claim, Map<String, Double> metrics, Map<String, Double> thresholds,
                       List<String> eventIds, List<String> tieIds, List<String> actorIds, List<Passage> passages) {
    public Evidence {
        Objects.requireNonNull(claim, "claim");
        metrics = Frozen.map(metrics);
        thresholds = Frozen.map(thresholds);
        eventIds = Frozen.list(eventIds);
        tieIds = Frozen.list(tieIds);
        actorIds = Frozen.list(actorIds);
        passages = Frozen.list(passages);
    }

    /** Evidence without passages (they are attached by {@link #withPassages}). */
    public Evidence(String claim, Map<String, Double> metrics, Map<String, Double> thresholds,
                    List<String> eventIds, List<String> tieIds, List<String> actorIds) {
        this(claim, metrics, thresholds, eventIds, tieIds, actorIds, List.of());
    }

    /** A copy citing {@code passages}. */
    public Evidence withPassages(List<Passage> other) {
        return new Evidence(claim, metrics, thresholds, eventIds, tieIds, actorIds, other);
    }

    public static Evidence of(String claim) {
        return new Evidence(claim, Map.of(), Map.of(), List.of(), List.of(), List.of());
    }
}
