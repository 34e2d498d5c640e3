package org.glassbox.core.analysis.subjects;

import java.util.Arrays;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;

/**
 * The interaction network of a set of events (FRAMEWORK.md): nodes are the actors taking part,
 * directed edges initiator → target and initiator → participant weighted by the number of events
 * (an actor is never its own partner), and the undirected weighted projection w(u,v) = w(u→v) + w(v→u).
 * Stored as compressed sparse rows over local node ids 0..n−1; {@link #actor(int)} maps back to actor codes.
 * O(Σ initiators × others) to build.
 */
public final class InteractionNetwork {
    private final int n;
    private final int[] actor;
    private final int[] events;
    private final int[] initiated;
    private final int[] targetedOnly;
    private final int[] outStart;
    private final int[] out;
    private final int[] inStart;
    private final int[] in;
    private final int[] undStart;
    private final int[] und;
    private final double[] undWeight;
    private final long directedEdges;

    public InteractionNetwork(CaseFacts f, int[] eventIndices) {
        EventStore ev = f.events();
        int na = f.actorCount();
        int[] local = new int[na];
        Arrays.fill(local, -1);
        int[] nodes = new int[16];
        int cnt = 0;
        int[] evCount = new int[16];
        int[] initCount = new int[16];
        int[] tgtOnly = new int[16];
        LongCounts directed = new LongCounts(Math.max(16, eventIndices.length * 2));
        int[] ini = new int[8];
        int[] oth = new int[8];
        int[] seen = new int[8];
        byte[] roleMask = new byte[8];
        for (int i : eventIndices) {
            int from = ev.actorsFrom(i);
            int to = ev.actorsTo(i);
            int len = to - from;
            if (len > ini.length) {
                ini = new int[len];
                oth = new int[len];
                seen = new int[len];
                roleMask = new byte[len];
            }
            int ni = 0;
            int no = 0;
            int ns = 0;
            for (int k = from; k < to; k++) {
                int a = ev.actorAt(k);
                int l = local[a];
                if (l < 0) {
                    if (cnt == nodes.length) {
                        int c2 = cnt * 2;
                        nodes = Arrays.copyOf(nodes, c2);
                        evCount = Arrays.copyOf(evCount, c2);
                        initCount = Arrays.copyOf(initCount, c2);
                        tgtOnly = Arrays.copyOf(tgtOnly, c2);
                    }
                    l = cnt++;
                    local[a] = l;
                    nodes[l] = a;
                }
                Role r = ev.roleAt(k);
                int pos = -1;
                for (int j = 0; j < ns; j++) {
                    if (seen[j] == l) {
                        pos = j;
                        break;
                    }
                }
                if (pos < 0) {
                    pos = ns++;
                    seen[pos] = l;
                    roleMask[pos] = 0;
                }
                roleMask[pos] |= (byte) (1 << r.ordinal());
                if (r == Role.INITIATOR) {
                    ini[ni++] = l;
                } else {
                    oth[no++] = l;
                }
            }
            for (int j = 0; j < ns; j++) {
                int l = seen[j];
                evCount[l]++;
                if ((roleMask[j] & (1 << Role.INITIATOR.ordinal())) != 0) {
                    initCount[l]++;
                }
                if (roleMask[j] == (1 << Role.TARGET.ordinal())) {
                    tgtOnly[l]++;
                }
            }
            for (int x = 0; x < ni; x++) {
                for (int y = 0; y < no; y++) {
                    if (ini[x] != oth[y]) {
                        directed.add(((long) ini[x] << 32) | oth[y], 1);
                    }
                }
            }
        }
        n = cnt;
        actor = Arrays.copyOf(nodes, cnt);
        events = Arrays.copyOf(evCount, cnt);
        initiated = Arrays.copyOf(initCount, cnt);
        targetedOnly = Arrays.copyOf(tgtOnly, cnt);
        long[] keys = directed.sortedKeys();
        directedEdges = keys.length;
        outStart = new int[n + 1];
        inStart = new int[n + 1];
        out = new int[keys.length];
        in = new int[keys.length];
        LongCounts undirected = new LongCounts(Math.max(16, keys.length));
        for (long k : keys) {
            int u = (int) (k >>> 32);
            int v = (int) k;
            outStart[u + 1]++;
            inStart[v + 1]++;
            long uk = u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
            undirected.add(uk, directed.get(k));
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        int[] fo = Arrays.copyOf(outStart, n);
        int[] fi = Arrays.copyOf(inStart, n);
        for (long k : keys) { // keys sorted by (u, v): out lists come out sorted
            int u = (int) (k >>> 32);
            int v = (int) k;
            out[fo[u]++] = v;
            in[fi[v]++] = u;
        }
        long[] uk = undirected.sortedKeys();
        undStart = new int[n + 1];
        for (long k : uk) {
            undStart[(int) (k >>> 32) + 1]++;
            undStart[(int) k + 1]++;
        }
        for (int i = 0; i < n; i++) {
            undStart[i + 1] += undStart[i];
        }
        und = new int[uk.length * 2];
        undWeight = new double[uk.length * 2];
        int[] fu = Arrays.copyOf(undStart, n);
        for (long k : uk) {
            int u = (int) (k >>> 32);
            int v = (int) k;
            double w = undirected.get(k);
            und[fu[u]] = v;
            undWeight[fu[u]++] = w;
            und[fu[v]] = u;
            undWeight[fu[v]++] = w;
        }
    }

    public int nodes() {
        return n;
    }

    /** The actor code of local node l. */
    public int actor(int l) {
        return actor[l];
    }

    public int events(int l) {
        return events[l];
    }

    public int initiated(int l) {
        return initiated[l];
    }

    public int targetedOnly(int l) {
        return targetedOnly[l];
    }

    public long directedEdges() {
        return directedEdges;
    }

    /** Sorted out-neighbours of l: {@code out[outStart(l) .. outStart(l+1))}. */
    int outStart(int l) {
        return outStart[l];
    }

    int out(int k) {
        return out[k];
    }

    int inStart(int l) {
        return inStart[l];
    }

    int in(int k) {
        return in[k];
    }

    /** Whether the directed edge u → v exists (binary search). */
    boolean hasEdge(int u, int v) {
        return Arrays.binarySearch(out, outStart[u], outStart[u + 1], v) >= 0;
    }

    int[] undirectedStart() {
        return undStart;
    }

    int[] undirectedAdjacency() {
        return und;
    }

    double[] undirectedWeights() {
        return undWeight;
    }

    /** Partners of l in the undirected projection. */
    public int partners(int l) {
        return undStart[l + 1] - undStart[l];
    }

    /** Sum of l's undirected edge weights. */
    public double strength(int l) {
        double s = 0;
        for (int k = undStart[l]; k < undStart[l + 1]; k++) {
            s += undWeight[k];
        }
        return s;
    }
}
