package org.glassbox.core.process;

import java.util.Arrays;

/**
 * Dense ids for ordered pairs (a, b) of codes below {@code n}: an int matrix when n is small
 * (n ≤ 1024, at most 4 MB), else a {@link LongIntMap}. Ids are given in order of first sight.
 */
final class PairIndex {
    private final int n;
    private final int[] matrix;
    private final LongIntMap map;
    private int[] first = new int[64];
    private int[] second = new int[64];
    private int size;

    PairIndex(int n) {
        this.n = n;
        if ((long) n * n <= 1L << 20) {
            matrix = new int[n * n];
            Arrays.fill(matrix, -1);
            map = null;
        } else {
            matrix = null;
            map = new LongIntMap(1024);
        }
    }

    /** The id of (a, b), assigned when new. */
    int id(int a, int b) {
        if (matrix != null) {
            int cell = a * n + b;
            int id = matrix[cell];
            if (id < 0) {
                id = add(a, b);
                matrix[cell] = id;
            }
            return id;
        }
        long key = (long) a * n + b;
        int id = map.getOrPut(key, size);
        if (id == size) {
            add(a, b);
        }
        return id;
    }

    private int add(int a, int b) {
        if (size == first.length) {
            first = Arrays.copyOf(first, size * 2);
            second = Arrays.copyOf(second, size * 2);
        }
        first[size] = a;
        second[size] = b;
        return size++;
    }

    int size() {
        return size;
    }

    int first(int id) {
        return first[id];
    }

    int second(int id) {
        return second[id];
    }
}
