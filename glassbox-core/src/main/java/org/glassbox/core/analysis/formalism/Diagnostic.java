package org.glassbox.core.analysis.formalism;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * One digital-formalism diagnostic.
 *
 * @param id          {@code copy-without-diagnosis}, {@code platform-proliferation}, {@code assessment-driven-bursts} or {@code people-centredness}
 * @param score       in [0, 1], higher = stronger symptom
 * @param flagged     ids of the events that show the symptom
 * @param explanation how the score was reached, in words
 * @param metrics     the counts and rates behind the score
 * @param windows     the codebook windows and thresholds read
 */
public record Diagnostic(String id, double score, List<String> flagged, String explanation,
                         Map<String, Double> metrics, Map<String, Double> windows) {
    public static final String COPY_WITHOUT_DIAGNOSIS = "copy-without-diagnosis";
    public static final String PLATFORM_PROLIFERATION = "platform-proliferation";
    public static final String ASSESSMENT_DRIVEN_BURSTS = "assessment-driven-bursts";
    public static final String PEOPLE_CENTREDNESS = "people-centredness";
    /** Every diagnostic's id, in report order (what events.csv's {@code exempt} may name, case format 1.1). */
    public static final List<String> IDS = List.of(COPY_WITHOUT_DIAGNOSIS, PLATFORM_PROLIFERATION,
            ASSESSMENT_DRIVEN_BURSTS, PEOPLE_CENTREDNESS);

    public Diagnostic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(explanation, "explanation");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("diagnostic score must be in [0, 1], was " + score);
        }
        flagged = Frozen.list(flagged);
        metrics = Frozen.map(metrics);
        windows = Frozen.map(windows);
    }
}
