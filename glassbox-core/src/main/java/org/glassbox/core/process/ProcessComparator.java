package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glassbox.core.model.EventLog;

/**
 * Compares the processes of several logs: activity and edge sets (shared by all, unique to one),
 * per-edge frequency (per case, so logs of different sizes compare) and mean duration, variant
 * overlap for every pair of logs, and the handover networks side by side. Each log is analysed with
 * the same options as the single-log functions. O(Σ n_i + edges × logs + logs² × variants).
 */
final class ProcessComparator {
    private ProcessComparator() {
    }

    static ProcessComparison compare(List<EventLog> logs, SequenceOrder order, MissingResource missing) {
        if (logs.size() < 2) {
            throw new IllegalArgumentException("comparison needs at least two logs");
        }
        List<LogProfile> profiles = new ArrayList<>();
        for (EventLog l : logs) {
            profiles.add(profile(l, order, missing));
        }
        return compare(profiles);
    }

    /** The profile of one log: performance DFG, variants and handover network in the given order. */
    static LogProfile profile(EventLog log, SequenceOrder order, MissingResource missing) {
        CaseView v = CaseView.of(log.events());
        return new LogProfile(log.name(), DirectlyFollows.discover(v, true, order), Variants.discover(v, order),
                OrganisationalNetworks.handover(v, order, missing));
    }

    /** The comparison of profiles, whichever engine computed them. */
    static ProcessComparison compare(List<LogProfile> profiles) {
        if (profiles.size() < 2) {
            throw new IllegalArgumentException("comparison needs at least two logs");
        }
        int m = profiles.size();
        List<String> names = new ArrayList<>();
        List<Integer> cases = new ArrayList<>();
        List<DirectlyFollowsGraph> graphs = new ArrayList<>();
        List<Map<String, Long>> variantCases = new ArrayList<>();
        List<ResourceNetwork> networks = new ArrayList<>();
        for (LogProfile p : profiles) {
            names.add(p.name());
            cases.add(p.cases());
            graphs.add(p.dfg());
            Map<String, Long> vc = new HashMap<>();
            for (Variant x : p.variants()) {
                vc.put(String.join("\u0000", x.activities()), x.cases());
            }
            variantCases.add(vc);
            networks.add(p.handover());
        }
        // activities
        Map<String, Integer> actIn = new TreeMap<>();
        for (DirectlyFollowsGraph g : graphs) {
            g.activities().keySet().forEach(a -> actIn.merge(a, 1, Integer::sum));
        }
        List<String> sharedActs = new ArrayList<>();
        actIn.forEach((a, k) -> {
            if (k == m) {
                sharedActs.add(a);
            }
        });
        Map<String, List<String>> uniqueActs = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            List<String> u = new ArrayList<>();
            for (String a : graphs.get(i).activities().keySet()) {
                if (actIn.get(a) == 1) {
                    u.add(a);
                }
            }
            uniqueActs.put(names.get(i), u);
        }
        // edges
        TreeMap<String, DfgEdge[]> byEdge = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            for (DfgEdge e : graphs.get(i).edges()) {
                byEdge.computeIfAbsent(e.source() + "\u0000" + e.target(), k -> new DfgEdge[m])[i] = e;
            }
        }
        List<EdgeComparison> edges = new ArrayList<>();
        int shared = 0;
        int[] unique = new int[m];
        for (DfgEdge[] row : byEdge.values()) {
            DfgEdge any = null;
            List<Long> counts = new ArrayList<>();
            List<Double> perCase = new ArrayList<>();
            List<Double> means = new ArrayList<>();
            int present = 0;
            int only = -1;
            double pcMin = Double.POSITIVE_INFINITY;
            double pcMax = Double.NEGATIVE_INFINITY;
            double mMin = Double.POSITIVE_INFINITY;
            double mMax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                DfgEdge e = row[i];
                long c = e == null ? 0 : e.count();
                double pc = cases.get(i) == 0 ? 0 : (double) c / cases.get(i);
                counts.add(c);
                perCase.add(pc);
                pcMin = Math.min(pcMin, pc);
                pcMax = Math.max(pcMax, pc);
                double mean = e == null ? Double.NaN : e.performance().mean();
                means.add(mean);
                if (e != null) {
                    any = e;
                    present++;
                    only = i;
                    mMin = Math.min(mMin, mean);
                    mMax = Math.max(mMax, mean);
                }
            }
            if (present == m) {
                shared++;
            } else if (present == 1) {
                unique[only]++;
            }
            edges.add(new EdgeComparison(any.source(), any.target(), counts, perCase, means, present, pcMax - pcMin,
                    present >= 2 ? mMax - mMin : Double.NaN));
        }
        Map<String, Integer> uniqueEdges = new LinkedHashMap<>();
        for (int i = 0; i < m; i++) {
            uniqueEdges.put(names.get(i), unique[i]);
        }
        // variants
        List<VariantOverlap> overlaps = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                Map<String, Long> va = variantCases.get(a);
                Map<String, Long> vb = variantCases.get(b);
                int s = 0;
                long coveredA = 0;
                long coveredB = 0;
                for (Map.Entry<String, Long> e : va.entrySet()) {
                    Long other = vb.get(e.getKey());
                    if (other != null) {
                        s++;
                        coveredA += e.getValue();
                        coveredB += other;
                    }
                }
                int union = va.size() + vb.size() - s;
                overlaps.add(new VariantOverlap(a, b, va.size(), vb.size(), s, union == 0 ? 0 : (double) s / union,
                        cases.get(a) == 0 ? 0 : (double) coveredA / cases.get(a),
                        cases.get(b) == 0 ? 0 : (double) coveredB / cases.get(b)));
            }
        }
        Set<String> inAll = new HashSet<>(variantCases.get(0).keySet());
        for (int i = 1; i < m; i++) {
            inAll.retainAll(variantCases.get(i).keySet());
        }
        Set<String> res = new TreeSet<>(networks.get(0).resources());
        for (int i = 1; i < m; i++) {
            res.retainAll(networks.get(i).resources());
        }
        return new ProcessComparison(names, cases, sharedActs, uniqueActs, shared, uniqueEdges, edges, overlaps,
                inAll.size(), networks, new ArrayList<>(res));
    }
}
