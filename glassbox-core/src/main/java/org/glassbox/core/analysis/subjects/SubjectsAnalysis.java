package org.glassbox.core.analysis.subjects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.facts.PeriodSlice;

/**
 * The governance subjects of one period: active actors by sector, their position in the
 * interaction network ({@link InteractionNetwork}: degree, strength, {@link WeightedBetweenness},
 * initiation share, {@link Brokerage} roles across sectors).
 */
public final class SubjectsAnalysis {
    private SubjectsAnalysis() {
    }

    /**
     * @param listed    how many positions to list (by degree centrality, then actor id)
     * @param exactMax  networks up to this size get exact betweenness
     * @param samples   sampled sources on larger networks
     * @param seed      seed of the source sample
     */
    public static SubjectsMetrics measure(CaseFacts f, PeriodSlice s, int listed, int exactMax, int samples, long seed) {
        InteractionNetwork net = new InteractionNetwork(f, s.events());
        int n = net.nodes();
        Map<String, Integer> sectorCode = new HashMap<>();
        int[] group = new int[n];
        Map<String, Integer> bySector = new LinkedHashMap<>();
        for (String sec : f.codebook().sectors().keySet()) {
            bySector.put(sec, 0);
        }
        long initTotal = 0;
        long initGov = 0;
        long initEnt = 0;
        for (int l = 0; l < n; l++) {
            String sec = f.kase().actor(net.actor(l)).sector();
            group[l] = sectorCode.computeIfAbsent(sec, k -> sectorCode.size());
            bySector.merge(sec, 1, Integer::sum);
            int ini = net.initiated(l);
            initTotal += ini;
            byte side = f.side(net.actor(l));
            if (side == CaseFacts.GOVERNMENT) {
                initGov += ini;
            } else if (side == CaseFacts.ENTERPRISE) {
                initEnt += ini;
            }
        }
        bySector.values().removeIf(v -> v == 0);
        WeightedBetweenness bc = new WeightedBetweenness(n, net.undirectedStart(), net.undirectedAdjacency(),
                net.undirectedWeights(), exactMax, samples, seed);
        Brokerage br = new Brokerage(net, group);
        Map<BrokerageRole, Long> totals = new EnumMap<>(BrokerageRole.class);
        for (int l = 0; l < n; l++) {
            for (BrokerageRole r : BrokerageRole.values()) {
                long c = br.count(l, r);
                if (c > 0) {
                    totals.merge(r, c, Long::sum);
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int l = 0; l < n; l++) {
            order[l] = l;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer l) -> -net.partners(l))
                .thenComparing(l -> f.kase().actor(net.actor(l)).id()));
        List<SubjectPosition> positions = new ArrayList<>();
        double maxSe = 0;
        for (int r = 0; r < Math.min(listed, n); r++) {
            int l = order[r];
            Map<BrokerageRole, Long> roles = new EnumMap<>(BrokerageRole.class);
            for (BrokerageRole role : BrokerageRole.values()) {
                long c = br.count(l, role);
                if (c > 0) {
                    roles.put(role, c);
                }
            }
            int ev = net.events(l);
            maxSe = Math.max(maxSe, bc.standardError(l));
            positions.add(new SubjectPosition(f.kase().actor(net.actor(l)).id(), f.kase().actor(net.actor(l)).sector(),
                    ev, net.initiated(l), ev == 0 ? 0 : (double) net.initiated(l) / ev, net.targetedOnly(l),
                    net.partners(l), net.strength(l), n <= 1 ? 0 : (double) net.partners(l) / (n - 1),
                    bc.centrality(l), roles));
        }
        return new SubjectsMetrics(n, bySector, net.directedEdges(), positions, n,
                new BetweennessEstimate(n, bc.sources(), bc.sampled(), seed, maxSe), totals,
                initTotal == 0 ? 0 : (double) initGov / initTotal, initTotal == 0 ? 0 : (double) initEnt / initTotal);
    }
}
