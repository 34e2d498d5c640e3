package org.glassbox.core.process;

import java.util.Objects;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;

/**
 * The case-centric view of an event store: for every case (trace) its events, in file order and
 * in stable time order (by timestamp; equal timestamps keep file order — pandas'
 * {@code sort_values([case, timestamp])}, which pm4py uses for the directly-follows graph).
 *
 * <p>Events without a timestamp ({@link EventStore#MISSING_TIME}) or without a case are left out
 * and counted (pm4py raises on them). Cases are the store's case codes; a case left with no
 * event is empty (its range is empty) and not counted in {@link #nonEmptyCases()}.
 *
 * <p>Built in O(n) (counting sort by case) plus a per-case stable sort of int indices by time,
 * skipped for cases already sorted (the usual case). Memory: three int arrays of n entries.
 */
public final class CaseView {
    private final EventStore store;
    private final int cases;
    private final int[] start;
    private final int[] fileOrder;
    private final int[] timeOrder;
    private volatile int[] resource;
    private final int withoutTime;
    private final int withoutCase;
    private final int nonEmpty;

    private CaseView(EventStore store) {
        this.store = store;
        int n = store.size();
        cases = store.hasCases() ? store.caseIds().size() : 0;
        int[] counts = new int[cases + 1];
        int noTime = 0;
        int noCase = 0;
        for (int i = 0; i < n; i++) {
            int c = store.hasCases() ? store.caseOf(i) : -1;
            if (c < 0) {
                noCase++;
            } else if (store.time(i) == EventStore.MISSING_TIME) {
                noTime++;
            } else {
                counts[c + 1]++;
            }
        }
        withoutTime = noTime;
        withoutCase = noCase;
        start = new int[cases + 1];
        int ne = 0;
        for (int c = 0; c < cases; c++) {
            start[c + 1] = start[c] + counts[c + 1];
            if (counts[c + 1] > 0) {
                ne++;
            }
        }
        nonEmpty = ne;
        int m = start[cases];
        fileOrder = new int[m];
        int[] fill = new int[cases];
        System.arraycopy(start, 0, fill, 0, cases);
        for (int i = 0; i < n; i++) {
            int c = store.hasCases() ? store.caseOf(i) : -1;
            if (c >= 0 && store.time(i) != EventStore.MISSING_TIME) {
                fileOrder[fill[c]++] = i;
            }
        }
        timeOrder = fileOrder.clone();
        long[] keys = new long[0];
        int[] tmp = new int[0];
        for (int c = 0; c < cases; c++) {
            int a = start[c];
            int b = start[c + 1];
            boolean sorted = true;
            for (int k = a + 1; k < b; k++) {
                if (store.time(timeOrder[k]) < store.time(timeOrder[k - 1])) {
                    sorted = false;
                    break;
                }
            }
            if (!sorted) {
                if (keys.length < b - a) {
                    keys = new long[b - a];
                    tmp = new int[b - a];
                }
                stableSort(timeOrder, a, b, keys, tmp);
            }
        }
    }

    /** Insertion sort for short runs, merge sort otherwise; stable by time. */
    private void stableSort(int[] idx, int a, int b, long[] keys, int[] tmp) {
        int len = b - a;
        for (int k = 0; k < len; k++) {
            keys[k] = store.time(idx[a + k]);
            tmp[k] = idx[a + k];
        }
        // sort positions 0..len-1 of (keys,tmp) stably: binary insertion is O(len^2) moves, so merge for long cases
        if (len <= 32) {
            for (int i = 1; i < len; i++) {
                long key = keys[i];
                int v = tmp[i];
                int j = i - 1;
                while (j >= 0 && keys[j] > key) {
                    keys[j + 1] = keys[j];
                    tmp[j + 1] = tmp[j];
                    j--;
                }
                keys[j + 1] = key;
                tmp[j + 1] = v;
            }
            System.arraycopy(tmp, 0, idx, a, len);
            return;
        }
        long[] k2 = new long[len];
        int[] v2 = new int[len];
        for (int width = 1; width < len; width <<= 1) {
            for (int lo = 0; lo < len; lo += width << 1) {
                int mid = Math.min(lo + width, len);
                int hi = Math.min(lo + (width << 1), len);
                int i = lo;
                int j = mid;
                int o = lo;
                while (i < mid && j < hi) {
                    if (keys[j] < keys[i]) {
                        k2[o] = keys[j];
                        v2[o++] = tmp[j++];
                    } else {
                        k2[o] = keys[i];
                        v2[o++] = tmp[i++];
                    }
                }
                while (i < mid) {
                    k2[o] = keys[i];
                    v2[o++] = tmp[i++];
                }
                while (j < hi) {
                    k2[o] = keys[j];
                    v2[o++] = tmp[j++];
                }
            }
            System.arraycopy(k2, 0, keys, 0, len);
            System.arraycopy(v2, 0, tmp, 0, len);
        }
        System.arraycopy(tmp, 0, idx, a, len);
    }

    /** The case view of {@code store} (which must have a case notion to give any case). */
    public static CaseView of(EventStore store) {
        return new CaseView(Objects.requireNonNull(store, "store"));
    }

    public EventStore store() {
        return store;
    }

    /** Number of case codes (including cases left empty). */
    public int cases() {
        return cases;
    }

    /** Cases with at least one event in the view. */
    public int nonEmptyCases() {
        return nonEmpty;
    }

    /** Events in the view (with a case and a timestamp). */
    public int events() {
        return start[cases];
    }

    public int from(int c) {
        return start[c];
    }

    public int to(int c) {
        return start[c + 1];
    }

    /** Event at position k of the time-ordered sequence (positions from(c)..to(c) are case c). */
    public int timeOrdered(int k) {
        return timeOrder[k];
    }

    /** Event at position k of the file-ordered sequence. */
    public int fileOrdered(int k) {
        return fileOrder[k];
    }

    /** Event at position k in the given order. */
    public int ordered(SequenceOrder order, int k) {
        return order == SequenceOrder.FILE ? fileOrder[k] : timeOrder[k];
    }

    /** The resource (actor code of the first initiator link) of event i, or -1. */
    public int resource(int i) {
        int[] r = resource;
        if (r == null) {
            r = resources(store);
            resource = r;
        }
        return r[i];
    }

    /** Computed on first use: the DFG does not need resources. */
    private static int[] resources(EventStore store) {
        int n = store.size();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int r = -1;
            for (int k = store.actorsFrom(i); k < store.actorsTo(i); k++) {
                if (store.roleAt(k) == Role.INITIATOR) {
                    r = store.actorAt(k);
                    break;
                }
            }
            out[i] = r;
        }
        return out;
    }

    /** Events left out because they have no timestamp. */
    public int eventsWithoutTimestamp() {
        return withoutTime;
    }

    /** Events left out because they belong to no case. */
    public int eventsWithoutCase() {
        return withoutCase;
    }
}
