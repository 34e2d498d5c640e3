package org.glassbox.core.model;

import java.util.Arrays;

/** A growable primitive int array, for building columns without boxing. */
public final class IntArrayBuilder {
    private int[] data;
    private int size;

    public IntArrayBuilder() {
        this(16);
    }

    public IntArrayBuilder(int capacity) {
        data = new int[Math.max(capacity, 4)];
    }

    public void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 1);
        }
        data[size++] = v;
    }

    public int get(int i) {
        return data[i];
    }

    public void set(int i, int v) {
        data[i] = v;
    }

    public int size() {
        return size;
    }

    /** Pads with {@code fill} up to {@code n} entries. */
    public void padTo(int n, int fill) {
        while (size < n) {
            add(fill);
        }
    }

    public int[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
