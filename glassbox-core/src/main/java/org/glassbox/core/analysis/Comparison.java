package org.glassbox.core.analysis;

import java.util.List;
import org.glassbox.core.model.Frozen;

/**
 * Cases side by side.
 *
 * @param cases       each case as {@link Glassbox#analyze} gives it, in the order given
 * @param differences what differs, in words (verdicts first, then the metrics of the last phase)
 * @param agreements  the verdicts all cases share, in words
 */
public record Comparison(List<CaseAnalysis> cases, List<Difference> differences, List<String> agreements) {
    public Comparison {
        cases = Frozen.list(cases);
        differences = Frozen.list(differences);
        agreements = Frozen.list(agreements);
    }
}
