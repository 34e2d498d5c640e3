package org.glassbox.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;

/**
 * The directly-follows graph of event categories of a coded case (FRAMEWORK.md, "Process map of a
 * coded case"): every object ({@code kind:id}) is a trace of the categories of the events that
 * touch it, in time order, and the case's whole timeline is one more trace; an edge a → b counts
 * how often an event of category b directly follows one of category a in some trace.
 *
 * <p>Time order is the store's stable order (start of each partial date, then file order). Node
 * frequency is the number of events of the category. A type the codebook does not know has category
 * {@code other}. Repeats (a → a) are kept as edges. Complexity O(events + object links + categories²).
 */
final class CategoryProcessMap {
    static final String OTHER = "other";

    /** A category and the number of its events. */
    record Node(String category, int events) {
    }

    /** Directly-follows pair with its frequency. */
    record Edge(String from, String to, int count) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final int traces;

    CategoryProcessMap(Case kase) {
        EventStore ev = kase.events();
        int n = ev.size();
        // category code per event type
        List<String> cats = new ArrayList<>();
        int[] catOfType = new int[ev.types().size()];
        for (int t = 0; t < catOfType.length; t++) {
            EventType et = kase.codebook().eventType(ev.types().value(t));
            String c = et == null ? OTHER : et.category();
            int k = cats.indexOf(c);
            if (k < 0) {
                k = cats.size();
                cats.add(c);
            }
            catOfType[t] = k;
        }
        int k = cats.size();
        int[] nodeCount = new int[k];
        long[][] df = new long[k][k];
        int[] lastOfObject = new int[ev.objects().size()];
        Arrays.fill(lastOfObject, -1);
        int prev = -1;
        int objectTraces = 0;
        for (int r = 0; r < n; r++) {
            int i = ev.inTimeOrder(r);
            int c = catOfType[ev.type(i)];
            nodeCount[c]++;
            if (prev >= 0) {
                df[prev][c]++;
            }
            prev = c;
            for (int x = ev.objectsFrom(i); x < ev.objectsTo(i); x++) {
                int o = ev.objectAt(x);
                if (lastOfObject[o] < 0) {
                    objectTraces++;
                } else {
                    df[catOfType[ev.type(lastOfObject[o])]][c]++;
                }
                lastOfObject[o] = i;
            }
        }
        List<Node> ns = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (nodeCount[c] > 0) {
                ns.add(new Node(cats.get(c), nodeCount[c]));
            }
        }
        List<Edge> es = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                if (df[a][b] > 0) {
                    es.add(new Edge(cats.get(a), cats.get(b), (int) Math.min(Integer.MAX_VALUE, df[a][b])));
                }
            }
        }
        nodes = List.copyOf(ns);
        edges = List.copyOf(es);
        traces = objectTraces + (n > 0 ? 1 : 0);
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Edge> edges() {
        return edges;
    }

    /** Number of traces read: one per object touched by an event, plus the timeline. */
    int traces() {
        return traces;
    }
}
