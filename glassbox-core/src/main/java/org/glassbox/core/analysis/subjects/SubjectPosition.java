package org.glassbox.core.analysis.subjects;

import java.util.Map;
import java.util.Objects;
import org.glassbox.core.model.Frozen;

/**
 * One subject's position in a period's interaction network.
 *
 * @param events           events of the period the actor takes part in (any role)
 * @param initiated        events it initiates
 * @param initiationShare  initiated / events
 * @param targeted         events in which it is only a target
 * @param partners         distinct neighbours in the undirected projection
 * @param strength         sum of the projection's edge weights (events shared with partners)
 * @param degreeCentrality partners / (n − 1), n = actors in the network
 * @param betweenness      normalised betweenness on the weighted undirected projection (distance = 1 / weight), in [0, 1]
 * @param brokerage        Gould–Fernandez role counts on the directed network (zero roles omitted)
 */
public record SubjectPosition(String actorId, String sector, int events, int initiated, double initiationShare,
                              int targeted, int partners, double strength, double degreeCentrality,
                              double betweenness, Map<BrokerageRole, Long> brokerage) {
    public SubjectPosition {
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(sector, "sector");
        brokerage = Frozen.map(brokerage);
    }
}
