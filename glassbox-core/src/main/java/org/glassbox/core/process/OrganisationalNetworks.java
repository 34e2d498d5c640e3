package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.glassbox.core.model.EventStore;

/**
 * Social-network metrics on resources (W.M.P. van der Aalst, H.A. Reijers, M. Song, "Discovering
 * Social Networks from Event Logs", CSCW 14(6), 2005), as pm4py's DataFrame variants compute them.
 *
 * <p><b>Handover of work</b> (beta = 0, direct successors only): for every pair of consecutive
 * events of a case (in the given {@link SequenceOrder}; pm4py uses file order), count
 * (resource of the first, resource of the second), self-handovers included; value = count / number
 * of pairs counted (= events − cases when every event has a resource).
 *
 * <p><b>Working together</b>: for every case and every ordered pair (a, b) of distinct resources
 * both appearing in it, add one; value = count / number of events (pm4py's DataFrame variant
 * divides by the number of events, not of cases; its EventLog variant divides by cases).
 *
 * <p>Events without a resource: see {@link MissingResource}. Where pm4py raises on a log with no
 * pair (one event, one resource), these give an empty network.
 *
 * <p>Complexity: handover O(n); working together O(n + Σ k²) for k distinct resources per case.
 */
final class OrganisationalNetworks {
    private OrganisationalNetworks() {
    }

    static ResourceNetwork handover(CaseView v, SequenceOrder order, MissingResource missing) {
        EventStore s = v.store();
        int r = s.actors().size();
        int missingNode = r;
        PairIndex index = new PairIndex(r + 1);
        long[] counts = new long[64];
        long total = 0;
        boolean[] used = new boolean[r + 1];
        long withoutResource = 0;
        for (int c = 0; c < v.cases(); c++) {
            int from = v.from(c);
            int to = v.to(c);
            int prev = -2;
            for (int k = from; k < to; k++) {
                int res = v.resource(v.ordered(order, k));
                if (res < 0) {
                    withoutResource++;
                    res = missing == MissingResource.AS_NODE ? missingNode : -1;
                }
                if (res >= 0) {
                    used[res] = true;
                }
                if (k > from && prev >= 0 && res >= 0) {
                    int id = index.id(prev, res);
                    if (id == counts.length) {
                        counts = Arrays.copyOf(counts, id * 2);
                    }
                    counts[id]++;
                    total++;
                }
                prev = res;
            }
        }
        List<ResourceEdge> edges = new ArrayList<>(index.size());
        for (int id = 0; id < index.size(); id++) {
            edges.add(new ResourceEdge(name(s, index.first(id), r), name(s, index.second(id), r), counts[id],
                    (double) counts[id] / total));
        }
        edges.sort(Comparator.comparing(ResourceEdge::source).thenComparing(ResourceEdge::target));
        return new ResourceNetwork("handover_of_work", resources(s, used, r), edges, total, withoutResource);
    }

    static ResourceNetwork workingTogether(CaseView v, MissingResource missing) {
        EventStore s = v.store();
        int r = s.actors().size();
        int missingNode = r;
        PairIndex index = new PairIndex(r + 1);
        long[] counts = new long[64];
        int[] stamp = new int[r + 1];
        Arrays.fill(stamp, -1);
        int[] present = new int[r + 1];
        boolean[] used = new boolean[r + 1];
        long withoutResource = 0;
        for (int c = 0; c < v.cases(); c++) {
            int k0 = 0;
            for (int k = v.from(c); k < v.to(c); k++) {
                int res = v.resource(v.timeOrdered(k));
                if (res < 0) {
                    withoutResource++;
                    if (missing == MissingResource.SKIP) {
                        continue;
                    }
                    res = missingNode;
                }
                used[res] = true;
                if (stamp[res] != c) {
                    stamp[res] = c;
                    present[k0++] = res;
                }
            }
            for (int i = 0; i < k0; i++) {
                for (int j = 0; j < k0; j++) {
                    if (i != j) {
                        int id = index.id(present[i], present[j]);
                        if (id == counts.length) {
                            counts = Arrays.copyOf(counts, id * 2);
                        }
                        counts[id]++;
                    }
                }
            }
        }
        long events = v.events();
        List<ResourceEdge> edges = new ArrayList<>(index.size());
        for (int id = 0; id < index.size(); id++) {
            edges.add(new ResourceEdge(name(s, index.first(id), r), name(s, index.second(id), r), counts[id],
                    (double) counts[id] / events));
        }
        edges.sort(Comparator.comparing(ResourceEdge::source).thenComparing(ResourceEdge::target));
        return new ResourceNetwork("working_together", resources(s, used, r), edges, events, withoutResource);
    }

    private static String name(EventStore s, int code, int missingNode) {
        return code == missingNode ? ProcessMining.MISSING_RESOURCE : s.actors().value(code);
    }

    private static List<String> resources(EventStore s, boolean[] used, int missingNode) {
        TreeSet<String> out = new TreeSet<>();
        for (int i = 0; i < used.length; i++) {
            if (used[i]) {
                out.add(name(s, i, missingNode));
            }
        }
        return new ArrayList<>(out);
    }
}
