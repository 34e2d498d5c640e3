package org.glassbox.core.analysis.subjects;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * The governance subjects of one period.
 *
 * @param activeActors               actors taking part in at least one event of the period
 * @param activeBySector             sector → number of active actors, in codebook order
 * @param interactionEdges           directed edges (initiator → target / participant) of the interaction network
 * @param positions                  the listed subjects, by degree centrality then id (at most {@code AnalysisOptions.subjectsListed})
 * @param positionsTotal             number of subjects with a position (all active actors)
 * @param betweenness                how betweenness was computed
 * @param brokerageTotals            Gould–Fernandez role counts summed over all brokers
 * @param governmentInitiationShare  share of initiations made by government-side actors
 * @param enterpriseInitiationShare  share of initiations made by enterprise-side actors
 */
public record SubjectsMetrics(int activeActors, Map<String, Integer> activeBySector, long interactionEdges,
                              List<SubjectPosition> positions, int positionsTotal, BetweennessEstimate betweenness,
                              Map<BrokerageRole, Long> brokerageTotals, double governmentInitiationShare,
                              double enterpriseInitiationShare) {
    public SubjectsMetrics {
        activeBySector = Frozen.map(activeBySector);
        positions = Frozen.list(positions);
        Objects.requireNonNull(betweenness, "betweenness");
        brokerageTotals = Frozen.map(brokerageTotals);
    }
}
