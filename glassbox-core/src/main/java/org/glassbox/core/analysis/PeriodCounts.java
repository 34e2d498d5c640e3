package org.glassbox.core.analysis;

import java.util.Objects;
import org.glassbox.core.analysis.mechanism.EmbeddingMetrics;
import org.glassbox.core.analysis.structure.AuthorityMetrics;
import org.glassbox.core.analysis.structure.Coordination;

/**
 * What the verdict rules read of one period: the structure's counts and ratios and the embedding's
 * figures. The analysis gives them as measured ({@link #of(PeriodAnalysis)}); robustness resamples
 * give them re-weighted, and both go through the same rules (structure type, trajectory, model).
 *
 * @param id                      the period's id
 * @param ties                    ties valid in the period (0: the structure is unclassified)
 * @param authority               unity of command and dual authority
 * @param lateralToAuthorityRatio lateral over authority ties
 * @param authorityTies           authority ties (line, ownership, cross-cutting) valid in the period
 * @param lateralTies             lateral ties valid in the period
 * @param coordination            who creates the dual authority
 * @param embedding               the embedding figures
 */
public record PeriodCounts(String id, int ties, AuthorityMetrics authority, double lateralToAuthorityRatio,
                           int authorityTies, int lateralTies, Coordination coordination, EmbeddingMetrics embedding) {
    public PeriodCounts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(coordination, "coordination");
        Objects.requireNonNull(embedding, "embedding");
        if (authorityTies < 0 || lateralTies < 0) {
            throw new IllegalArgumentException("tie counts must be ≥ 0, were " + authorityTies + ", " + lateralTies);
        }
    }

    /** The counts of an analysed period. */
    public static PeriodCounts of(PeriodAnalysis p) {
        return new PeriodCounts(p.period().id(), p.structure().ties(), p.structure().authority(),
                p.structure().lateralToAuthorityRatio(), p.structure().authorityTies(), p.structure().lateralTies(),
                p.structure().coordination(), p.embedding());
    }
}
