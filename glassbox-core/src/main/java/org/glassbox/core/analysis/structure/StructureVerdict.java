package org.glassbox.core.analysis.structure;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.Evidence;
import org.glassbox.core.analysis.ProcessTest;
import org.glassbox.core.model.Frozen;

/**
 * The structure type of a period and why.
 *
 * @param rule       the rule that fired, in words with its comparison, e.g. {@code dualAuthorityRatio 0.42 ≥ 0.30}
 * @param thresholds the codebook thresholds the rules read
 * @param evidence   the ratios, the dual-authority actors and the authority ties behind them
 * @param leaning    the type the rule's comparisons name ({@code type} unless one of its hoop tests failed,
 *                   when {@code type} is {@code unclassified})
 * @param tests      the process-tracing tests of the leaning type, evaluated (docs/methods.md)
 */
public record StructureVerdict(StructureType type, String rule, Map<String, Double> thresholds, Evidence evidence,
                               StructureType leaning, List<ProcessTest> tests) {
    public StructureVerdict {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(leaning, "leaning");
        thresholds = Frozen.map(thresholds);
        tests = Frozen.list(tests);
    }

    /** A verdict without tests (made by hand). */
    public StructureVerdict(StructureType type, String rule, Map<String, Double> thresholds, Evidence evidence) {
        this(type, rule, thresholds, evidence, type, List.of());
    }
}
