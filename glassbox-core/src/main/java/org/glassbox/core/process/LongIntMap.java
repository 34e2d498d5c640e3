package org.glassbox.core.process;

import java.util.Arrays;

/**
 * Open-addressing hash map from non-negative long keys to int values (linear probing, no boxing):
 * the edge index of the directly-follows kernels when a matrix would be too large.
 */
final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, -1L);
        values = new int[cap];
        mask = cap - 1;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == -1L) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The value of {@code key}, inserting {@code valueIfAbsent} when absent. */
    int getOrPut(long key, int valueIfAbsent) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == -1L) {
                keys[i] = key;
                values[i] = valueIfAbsent;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return valueIfAbsent;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        Arrays.fill(keys, -1L);
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < ok.length; j++) {
            if (ok[j] != -1L) {
                int i = hash(ok[j]) & mask;
                while (keys[i] != -1L) {
                    i = (i + 1) & mask;
                }
                keys[i] = ok[j];
                values[i] = ov[j];
            }
        }
    }
}
