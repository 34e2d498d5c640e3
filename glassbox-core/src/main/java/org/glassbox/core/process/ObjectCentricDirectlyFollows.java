package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.glassbox.core.model.EventStore;

/**
 * Object-centric DFG on an {@link ObjectView}: for each object o of type T with events
 * e_0 … e_m in time order, every (e_j, e_j+1) is an occurrence of edge (T, act(e_j), act(e_j+1)).
 * Measures as pm4py's {@code discover_ocdfg}: event couples, unique objects, total objects, and
 * durations per couple and per occurrence. Start/end activities use each object's first/last
 * event. Complexity O(L log L) for L event–object links (sorting occurrences per edge).
 */
final class ObjectCentricDirectlyFollows {
    private ObjectCentricDirectlyFollows() {
    }

    static ObjectCentricDfg discover(ObjectView v) {
        EventStore s = v.store();
        int types = s.objectTypes().size();
        int acts = s.types().size();
        // occurrences: edge id, e1, e2, object
        LongIntMap edgeIds = new LongIntMap(1024);
        List<long[]> edgeKeys = new ArrayList<>();
        int occ = 0;
        for (int o = 0; o < v.objects(); o++) {
            occ += Math.max(0, v.to(o) - v.from(o) - 1);
        }
        int[] oEdge = new int[occ];
        int[] oE1 = new int[occ];
        int[] oE2 = new int[occ];
        int[] oObj = new int[occ];
        int n = 0;
        // (type, activity) -> sets for activity measures; collected as (type, act, event, object) rows
        IntRows rows = new IntRows();
        IntRows starts = new IntRows();
        IntRows ends = new IntRows();
        for (int o = 0; o < v.objects(); o++) {
            int t = s.objectType(o);
            int from = v.from(o);
            int to = v.to(o);
            if (from == to) {
                continue;
            }
            starts.add(t, s.type(v.event(from)), v.event(from), o);
            ends.add(t, s.type(v.event(to - 1)), v.event(to - 1), o);
            for (int k = from; k < to; k++) {
                int e = v.event(k);
                rows.add(t, s.type(e), e, o);
                if (k + 1 < to) {
                    int e2 = v.event(k + 1);
                    long key = ((long) t * acts + s.type(e)) * acts + s.type(e2);
                    int id = edgeIds.getOrPut(key, edgeKeys.size());
                    if (id == edgeKeys.size()) {
                        edgeKeys.add(new long[] {t, s.type(e), s.type(e2)});
                    }
                    oEdge[n] = id;
                    oE1[n] = e;
                    oE2[n] = e2;
                    oObj[n] = o;
                    n++;
                }
            }
        }
        int edges = edgeKeys.size();
        int[] start = new int[edges + 1];
        for (int i = 0; i < n; i++) {
            start[oEdge[i] + 1]++;
        }
        for (int e = 0; e < edges; e++) {
            start[e + 1] += start[e];
        }
        int[] order = new int[n];
        int[] fill = Arrays.copyOf(start, edges);
        for (int i = 0; i < n; i++) {
            order[fill[oEdge[i]]++] = i;
        }
        List<OcdfgEdge> out = new ArrayList<>(edges);
        long ne = s.size();
        for (int e = 0; e < edges; e++) {
            int a = start[e];
            int b = start[e + 1];
            long[] couples = new long[b - a];
            int[] objs = new int[b - a];
            for (int k = a; k < b; k++) {
                int i = order[k];
                couples[k - a] = oE1[i] * ne + oE2[i];
                objs[k - a] = oObj[i];
            }
            Arrays.sort(couples);
            Arrays.sort(objs);
            int distinctCouples = distinct(couples);
            int distinctObjects = 0;
            for (int k = 0; k < objs.length; k++) {
                if (k == 0 || objs[k] != objs[k - 1]) {
                    distinctObjects++;
                }
            }
            // (e1, e2, o) triples: occurrences are distinct unless an event links one object twice
            long[] tripleKeys = tripleKeys(order, a, b, oE1, oE2, oObj, ne, v.objects());
            int distinctTriples = tripleKeys == null ? b - a : distinct(tripleKeys.clone());
            long[] coupleDur = new long[distinctCouples];
            int c = 0;
            for (int k = 0; k < couples.length; k++) {
                if (k == 0 || couples[k] != couples[k - 1]) {
                    long e1 = couples[k] / ne;
                    long e2 = couples[k] % ne;
                    coupleDur[c++] = s.time((int) e2) - s.time((int) e1);
                }
            }
            long[] objDur = tripleKeys == null ? occurrenceDurations(order, a, b, oE1, oE2, s)
                    : distinctTripleDurations(tripleKeys, s, ne, v.objects());
            long[] key = edgeKeys.get(e);
            out.add(new OcdfgEdge(s.objectTypes().value((int) key[0]), s.types().value((int) key[1]),
                    s.types().value((int) key[2]), distinctCouples, distinctObjects, distinctTriples,
                    Durations.summarise(coupleDur, 0, coupleDur.length), Durations.summarise(objDur, 0, objDur.length)));
        }
        out.sort(Comparator.comparing(OcdfgEdge::objectType).thenComparing(OcdfgEdge::source).thenComparing(OcdfgEdge::target));
        TreeSet<String> typeNames = new TreeSet<>();
        TreeSet<String> actNames = new TreeSet<>();
        for (int r = 0; r < rows.size; r++) {
            typeNames.add(s.objectTypes().value(rows.a[r]));
            actNames.add(s.types().value(rows.b[r]));
        }
        return new ObjectCentricDfg(new ArrayList<>(typeNames), new ArrayList<>(actNames), measures(s, rows, true),
                measures(s, rows, false), measures(s, starts, true), measures(s, ends, true), out);
    }

    private static long[] tripleKeys(int[] order, int a, int b, int[] e1, int[] e2, int[] obj, long ne, int objects) {
        // key = (e1 * ne + e2) * objects + o; when it could overflow, occurrences count as distinct (null)
        if ((double) ne * ne * Math.max(1, objects) > 9.0e18) {
            return null;
        }
        long[] keys = new long[b - a];
        for (int k = a; k < b; k++) {
            int i = order[k];
            keys[k - a] = (e1[i] * ne + e2[i]) * objects + obj[i];
        }
        return keys;
    }

    private static long[] occurrenceDurations(int[] order, int a, int b, int[] e1, int[] e2, EventStore s) {
        long[] out = new long[b - a];
        for (int k = a; k < b; k++) {
            out[k - a] = s.time(e2[order[k]]) - s.time(e1[order[k]]);
        }
        return out;
    }

    private static long[] distinctTripleDurations(long[] keys, EventStore s, long ne, int objects) {
        long[] k = keys.clone();
        Arrays.sort(k);
        long[] out = new long[k.length];
        int n = 0;
        for (int i = 0; i < k.length; i++) {
            if (i == 0 || k[i] != k[i - 1]) {
                long couple = k[i] / objects;
                out[n++] = s.time((int) (couple % ne)) - s.time((int) (couple / ne));
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int distinct(long[] sorted) {
        Arrays.sort(sorted);
        int d = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                d++;
            }
        }
        return d;
    }

    /** Distinct events, distinct objects and distinct (event, object) pairs per (type, activity) or per activity. */
    private static List<OcdfgActivity> measures(EventStore s, IntRows rows, boolean perType) {
        int acts = s.types().size();
        long no = s.objects().size();
        Integer[] idx = new Integer[rows.size];
        for (int r = 0; r < rows.size; r++) {
            idx[r] = r;
        }
        int[] group = new int[rows.size];
        for (int r = 0; r < rows.size; r++) {
            group[r] = perType ? rows.a[r] * acts + rows.b[r] : rows.b[r];
        }
        Arrays.sort(idx, Comparator.comparingInt(r -> group[r]));
        List<OcdfgActivity> out = new ArrayList<>();
        int i = 0;
        while (i < idx.length) {
            int g = group[idx[i]];
            int j = i;
            while (j < idx.length && group[idx[j]] == g) {
                j++;
            }
            long[] ev = new long[j - i];
            long[] ob = new long[j - i];
            long[] pr = new long[j - i];
            for (int k = i; k < j; k++) {
                int r = idx[k];
                ev[k - i] = rows.c[r];
                ob[k - i] = rows.d[r];
                pr[k - i] = rows.c[r] * no + rows.d[r];
            }
            String type = perType ? s.objectTypes().value(g / acts) : null;
            out.add(new OcdfgActivity(type, s.types().value(perType ? g % acts : g), distinct(ev), distinct(ob), distinct(pr)));
            i = j;
        }
        out.sort(Comparator.comparing((OcdfgActivity x) -> x.objectType() == null ? "" : x.objectType())
                .thenComparing(OcdfgActivity::activity));
        return out;
    }

    /** Growable rows of four ints. */
    private static final class IntRows {
        int[] a = new int[64];
        int[] b = new int[64];
        int[] c = new int[64];
        int[] d = new int[64];
        int size;

        void add(int x, int y, int z, int w) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                c = Arrays.copyOf(c, size * 2);
                d = Arrays.copyOf(d, size * 2);
            }
            a[size] = x;
            b[size] = y;
            c[size] = z;
            d[size] = w;
            size++;
        }
    }
}
