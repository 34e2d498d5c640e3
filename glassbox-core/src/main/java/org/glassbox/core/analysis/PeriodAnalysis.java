package org.glassbox.core.analysis;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.MechanismMix;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.structure.PeriodNetwork;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.subjects.SubjectsMetrics;
import org.glassbox.core.model.Frozen;

/**
 * The three layers of the framework computed on one period (a year or a phase), and the period's
 * organisation network they were read from (which the report draws and the export writes).
 *
 * @param weights the count behind each figure and its minimum ({@link EvidenceWeights}), keyed
 *                {@code layer.figure}; empty for periods made by hand without a codebook
 * @param coverage how many of the period's events and ties have a coded passage ({@link DocumentationCoverage});
 *                 null when the case has no source documents (a version 1 case)
 */
public record PeriodAnalysis(Period period, StructureMetrics structure, SubjectsMetrics subjects,
                             MechanismMix mechanism, EmbeddingMetrics embedding, PeriodNetwork network,
                             Map<String, FigureWeight> weights, DocumentationCoverage coverage) {
    public PeriodAnalysis {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(network, "network");
        weights = Frozen.map(weights);
    }

    /** A period of a case without documents (no coverage). */
    public PeriodAnalysis(Period period, StructureMetrics structure, SubjectsMetrics subjects,
                          MechanismMix mechanism, EmbeddingMetrics embedding, PeriodNetwork network,
                          Map<String, FigureWeight> weights) {
        this(period, structure, subjects, mechanism, embedding, network, weights, null);
    }

    /** A period without weights (made by hand, e.g. in tests of the report). */
    public PeriodAnalysis(Period period, StructureMetrics structure, SubjectsMetrics subjects,
                          MechanismMix mechanism, EmbeddingMetrics embedding, PeriodNetwork network) {
        this(period, structure, subjects, mechanism, embedding, network, Map.of(), null);
    }

    /** The weight of a figure ({@code embedding.index}, …); null when the period has none for it. */
    public FigureWeight weight(String figure) {
        return weights.get(figure);
    }

    /** Whether a figure may vote: its weight reaches its minimum (a figure without a weight votes). */
    public boolean sufficient(String figure) {
        FigureWeight w = weights.get(figure);
        return w == null || w.sufficient();
    }
}
