package org.glassbox.core.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glassbox.core.model.Dictionary;
import org.glassbox.core.model.EventStore;

/**
 * The directly-follows relation of a case view: activity b directly follows a when, inside one
 * case sorted by time (stable: ties keep file order), an event of b comes right after an event of
 * a. Count per pair, and optionally the durations t(e2) − t(e1) in seconds (mean, median, min,
 * max, sum, sample stdev). Start/end activities: first/last event of each non-empty case in the
 * requested {@link SequenceOrder}.
 *
 * <p>Reference: W.M.P. van der Aalst, Process Mining (2016), §6.2; pm4py
 * {@code dfg.variants.native} on a DataFrame. Equal to pm4py on every log of the reference set.
 *
 * <p>Complexity: O(n) for frequencies (an int matrix or a long-keyed open-addressing map of
 * edge ids); with performance O(n log n) worst case for the per-edge sorts, one long array of
 * n − cases durations. No per-event objects.
 */
final class DirectlyFollows {
    private DirectlyFollows() {
    }

    static DirectlyFollowsGraph discover(CaseView v, boolean performance, SequenceOrder order) {
        EventStore s = v.store();
        Dictionary acts = s.types();
        int a = acts.size();
        long[] actCount = new long[a];
        long[] startCount = new long[a];
        long[] endCount = new long[a];
        PairIndex index = new PairIndex(a);
        int[] counts = new int[64];
        for (int c = 0; c < v.cases(); c++) {
            int from = v.from(c);
            int to = v.to(c);
            if (from == to) {
                continue;
            }
            startCount[s.type(v.ordered(order, from))]++;
            endCount[s.type(v.ordered(order, to - 1))]++;
            int prev = s.type(v.timeOrdered(from));
            actCount[prev]++;
            for (int k = from + 1; k < to; k++) {
                int cur = s.type(v.timeOrdered(k));
                actCount[cur]++;
                int id = index.id(prev, cur);
                if (id == counts.length) {
                    counts = Arrays.copyOf(counts, id * 2);
                }
                counts[id]++;
                prev = cur;
            }
        }
        int edges = index.size();
        EdgePerformance[] perf = performance ? performance(v, index, counts) : null;
        List<DfgEdge> out = new ArrayList<>(edges);
        for (int id = 0; id < edges; id++) {
            out.add(new DfgEdge(acts.value(index.first(id)), acts.value(index.second(id)), counts[id],
                    perf == null ? null : perf[id]));
        }
        out.sort(Comparator.comparing(DfgEdge::source).thenComparing(DfgEdge::target));
        return new DirectlyFollowsGraph(byName(acts, actCount), out, byName(acts, startCount),
                byName(acts, endCount), v.nonEmptyCases(), v.events());
    }

    private static EdgePerformance[] performance(CaseView v, PairIndex index, int[] counts) {
        EventStore s = v.store();
        int edges = index.size();
        int[] offset = new int[edges + 1];
        for (int id = 0; id < edges; id++) {
            offset[id + 1] = offset[id] + counts[id];
        }
        long[] dur = new long[offset[edges]];
        int[] fill = Arrays.copyOf(offset, edges);
        for (int c = 0; c < v.cases(); c++) {
            int from = v.from(c);
            int to = v.to(c);
            if (to - from < 2) {
                continue;
            }
            int e1 = v.timeOrdered(from);
            for (int k = from + 1; k < to; k++) {
                int e2 = v.timeOrdered(k);
                int id = index.id(s.type(e1), s.type(e2));
                dur[fill[id]++] = s.time(e2) - s.time(e1);
                e1 = e2;
            }
        }
        EdgePerformance[] out = new EdgePerformance[edges];
        for (int id = 0; id < edges; id++) {
            out[id] = Durations.summarise(dur, offset[id], offset[id + 1]);
        }
        return out;
    }

    static Map<String, Long> byName(Dictionary d, long[] counts) {
        Map<String, Long> m = new TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                m.put(d.value(i), counts[i]);
            }
        }
        return m;
    }
}
