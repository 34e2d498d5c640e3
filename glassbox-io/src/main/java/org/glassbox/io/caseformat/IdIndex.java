package org.glassbox.io.caseformat;

import java.util.Arrays;

/**
 * An open-addressing map from identifiers to ints that can be probed with a region of a string,
 * so that {@code a;b;c} lists are resolved without cutting out substrings, and a million ids are
 * held without boxed values or entry objects. Linear probing over a Fibonacci-hashed slot (ids
 * such as {@code gov-1, gov-2, …} have consecutive string hashes, which would otherwise cluster),
 * the full hash kept per slot so that a probe compares strings only on a hash match; load factor ≤ ½.
 */
final class IdIndex {
    static final int ABSENT = Integer.MIN_VALUE;

    private String[] keys;
    private int[] hashes;
    private int[] values;
    private int size;
    private int mask;
    private int shift;

    IdIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(cap);
    }

    private void allocate(int cap) {
        keys = new String[cap];
        hashes = new int[cap];
        values = new int[cap];
        mask = cap - 1;
        shift = 32 - Integer.numberOfTrailingZeros(cap);
    }

    private int slot(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    int size() {
        return size;
    }

    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** The value of {@code s[from, to)}, or {@link #ABSENT}. */
    int get(String s, int from, int to) {
        int len = to - from;
        int h = hash(s, from, to);
        for (int i = slot(h);; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                return ABSENT;
            }
            if (hashes[i] == h && k.length() == len && k.regionMatches(0, s, from, len)) {
                return values[i];
            }
        }
    }

    int get(String s) {
        return get(s, 0, s.length());
    }

    /** Adds {@code key → value} unless present; returns the value already there, or {@link #ABSENT}. */
    int putIfAbsent(String key, int value) {
        int h = hash(key, 0, key.length());
        int i = slot(h);
        for (;; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                break;
            }
            if (hashes[i] == h && k.equals(key)) {
                return values[i];
            }
        }
        keys[i] = key;
        hashes[i] = h;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return ABSENT;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        int[] oldValues = values;
        allocate(oldKeys.length * 2);
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = slot(oldHashes[j]);
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }

    @Override
    public String toString() {
        return "IdIndex" + Arrays.toString(Arrays.copyOf(keys, Math.min(keys.length, 8))) + "…(" + size + ")";
    }
}
