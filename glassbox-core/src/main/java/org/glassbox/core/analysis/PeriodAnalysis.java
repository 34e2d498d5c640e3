package org.glassbox.core.analysis;

import java.util.Objects;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.MechanismMix;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.structure.PeriodNetwork;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.subjects.SubjectsMetrics;

/**
 * The three layers of the framework computed on one period (a year or a phase), and the period's
 * organisation network they were read from (which the report draws and the export writes).
 */
public record PeriodAnalysis(Period period, StructureMetrics structure, SubjectsMetrics subjects,
                             MechanismMix mechanism, EmbeddingMetrics embedding, PeriodNetwork network) {
    public PeriodAnalysis {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(network, "network");
    }
}
