package org.glassbox.core.analysis;

import java.util.Objects;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.mechanism.MechanismMix;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.structure.StructureMetrics;
import org.glassbox.core.analysis.subjects.SubjectsMetrics;

/** The three layers of the framework computed on one period (a year or a phase). */
public record PeriodAnalysis(Period period, StructureMetrics structure, SubjectsMetrics subjects,
                             MechanismMix mechanism, EmbeddingMetrics embedding) {
    public PeriodAnalysis {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(subjects, "subjects");
        Objects.requireNonNull(mechanism, "mechanism");
        Objects.requireNonNull(embedding, "embedding");
    }
}
