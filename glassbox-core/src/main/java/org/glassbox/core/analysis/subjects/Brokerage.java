package org.glassbox.core.analysis.subjects;

/**
 * Gould &amp; Fernandez (1989, "Structures of mediation", Sociological Methodology 19) brokerage
 * roles on a directed network with a group (here: sector) per node: for every two-path a → b → c
 * with a ≠ c and no edge a → c, b is counted once in the role given by the groups of a, b, c
 * ({@link BrokerageRole}). O(Σ<sub>b</sub> in(b) · out(b) · log deg) time.
 */
public final class Brokerage {
    private final long[][] counts;

    /**
     * @param net   the interaction network (its directed edges)
     * @param group group code of each local node
     */
    public Brokerage(InteractionNetwork net, int[] group) {
        int n = net.nodes();
        counts = new long[n][];
        for (int b = 0; b < n; b++) {
            long[] c = null;
            int gb = group[b];
            for (int i = net.inStart(b); i < net.inStart(b + 1); i++) {
                int a = net.in(i);
                int ga = group[a];
                for (int j = net.outStart(b); j < net.outStart(b + 1); j++) {
                    int cc = net.out(j);
                    if (cc == a || net.hasEdge(a, cc)) {
                        continue;
                    }
                    int gc = group[cc];
                    BrokerageRole r;
                    if (ga == gb && gb == gc) {
                        r = BrokerageRole.COORDINATOR;
                    } else if (ga == gc) {
                        r = BrokerageRole.CONSULTANT;
                    } else if (gb == gc) {
                        r = BrokerageRole.GATEKEEPER;
                    } else if (ga == gb) {
                        r = BrokerageRole.REPRESENTATIVE;
                    } else {
                        r = BrokerageRole.LIAISON;
                    }
                    if (c == null) {
                        c = new long[BrokerageRole.values().length];
                    }
                    c[r.ordinal()]++;
                }
            }
            counts[b] = c;
        }
    }

    /** Count of role r for local node b. */
    public long count(int b, BrokerageRole r) {
        return counts[b] == null ? 0 : counts[b][r.ordinal()];
    }
}
