package org.glassbox.core.analysis;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * Where a result comes from (FRAMEWORK.md, Provenance).
 *
 * @param glassboxVersion    the version of Glassbox that computed it (passed in {@link AnalysisOptions})
 * @param codebookSha256     SHA-256 (hex) of the canonical rendering of the codebook in force, see {@link CodebookHash}
 * @param thresholds         every codebook threshold as used (after overrides)
 * @param seed               the random seed (betweenness sampling, anything random)
 * @param phaseSource        {@code coded} (case.yaml phases) or {@code detected} (change points)
 * @param changePointPenalty the penalty the change-point detection used
 */
public record Provenance(String glassboxVersion, String codebookSha256, Map<String, Double> thresholds, long seed,
                         String phaseSource, double changePointPenalty) {
    public Provenance {
        Objects.requireNonNull(glassboxVersion, "glassboxVersion");
        Objects.requireNonNull(codebookSha256, "codebookSha256");
        Objects.requireNonNull(phaseSource, "phaseSource");
        thresholds = Frozen.map(thresholds);
    }
}
