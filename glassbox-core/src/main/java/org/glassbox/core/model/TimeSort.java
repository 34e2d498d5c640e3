package org.glassbox.core.model;

/** Stable primitive sorting of row indices by a long key (no boxing: stores hold millions of rows). */
final class TimeSort {
    private TimeSort() {
    }

    /** Indices 0..n-1 ordered by {@code keys}, equal keys in index order. O(n log n), O(n) extra. */
    static int[] stableOrder(long[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            if (i > 0 && keys[i] < keys[i - 1]) {
                sorted = false;
            }
        }
        if (sorted) {
            return idx;
        }
        int[] tmp = new int[n];
        for (int width = 1; width < n; width <<= 1) {
            for (int lo = 0; lo < n; lo += width << 1) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + (width << 1), n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    tmp[k++] = keys[idx[j]] < keys[idx[i]] ? idx[j++] : idx[i++];
                }
                while (i < mid) {
                    tmp[k++] = idx[i++];
                }
                while (j < hi) {
                    tmp[k++] = idx[j++];
                }
            }
            int[] t = idx;
            idx = tmp;
            tmp = t;
        }
        return idx;
    }

    /** First index of the ascending {@code sorted} whose value is ≥ {@code t} (n when none is). */
    static int lowerBound(long[] sorted, long t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
