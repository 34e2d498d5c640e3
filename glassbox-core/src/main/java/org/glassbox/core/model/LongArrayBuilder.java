package org.glassbox.core.model;

import java.util.Arrays;

/** A growable primitive long array, for building columns without boxing. */
public final class LongArrayBuilder {
    private long[] data;
    private int size;

    public LongArrayBuilder() {
        this(16);
    }

    public LongArrayBuilder(int capacity) {
        data = new long[Math.max(capacity, 4)];
    }

    public void add(long v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 1);
        }
        data[size++] = v;
    }

    public long get(int i) {
        return data[i];
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
