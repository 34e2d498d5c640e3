package org.glassbox.core.analysis.formalism;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * One digital-formalism diagnostic. A diagnostic is {@link Status#ASSESSED} with a score, or
 * {@link Status#NOT_ASSESSABLE} when the case does not code what it needs (no baseline days outside
 * the assessment windows, no coded use of any platform, no candidate the case codes enough to judge):
 * then its score is null and it flags nothing — absence of coding is not a symptom.
 *
 * @param id          {@code copy-without-diagnosis}, {@code platform-proliferation}, {@code assessment-driven-bursts} or {@code people-centredness}
 * @param status      assessed or not assessable
 * @param score       in [0, 1], higher = stronger symptom; null exactly when not assessable
 * @param flagged     ids of the events that show the symptom (empty when not assessable)
 * @param explanation how the score was reached (or why there is none), in words
 * @param coverage    how many candidates the case codes enough to judge
 * @param exemptions  the coder's exemptions from this diagnostic (events.csv {@code exempt}), honoured
 * @param metrics     the counts and rates behind the score
 * @param windows     the codebook windows and thresholds read
 */
public record Diagnostic(String id, Status status, Double score, List<String> flagged, String explanation,
                         Coverage coverage, List<Exemption> exemptions, Map<String, Double> metrics,
                         Map<String, Double> windows) {
    public static final String COPY_WITHOUT_DIAGNOSIS = "copy-without-diagnosis";
    public static final String PLATFORM_PROLIFERATION = "platform-proliferation";
    public static final String ASSESSMENT_DRIVEN_BURSTS = "assessment-driven-bursts";
    public static final String PEOPLE_CENTREDNESS = "people-centredness";
    /** Every diagnostic's id, in report order (what events.csv's {@code exempt} may name, case format 1.1). */
    public static final List<String> IDS = List.of(COPY_WITHOUT_DIAGNOSIS, PLATFORM_PROLIFERATION,
            ASSESSMENT_DRIVEN_BURSTS, PEOPLE_CENTREDNESS);

    /** Whether the case codes enough for the diagnostic to give a score. */
    public enum Status {
        ASSESSED("assessed"), NOT_ASSESSABLE("not-assessable");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        /** {@code assessed} or {@code not-assessable}, as the JSON writes it. */
        public String word() {
            return word;
        }
    }

    public Diagnostic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(coverage, "coverage");
        if (status == Status.ASSESSED) {
            if (score == null || !(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("an assessed diagnostic's score must be in [0, 1], was " + score);
            }
        } else {
            if (score != null) {
                throw new IllegalArgumentException("a not-assessable diagnostic has no score, was " + score);
            }
            if (flagged != null && !flagged.isEmpty()) {
                throw new IllegalArgumentException("a not-assessable diagnostic flags nothing, flagged " + flagged);
            }
        }
        flagged = Frozen.list(flagged);
        exemptions = Frozen.list(exemptions);
        metrics = Frozen.map(metrics);
        windows = Frozen.map(windows);
    }

    /** Whether the diagnostic gave a score. */
    public boolean assessed() {
        return status == Status.ASSESSED;
    }
}
