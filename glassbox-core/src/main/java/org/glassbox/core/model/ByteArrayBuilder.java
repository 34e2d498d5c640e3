package org.glassbox.core.model;

import java.util.Arrays;

/** A growable primitive byte array, for building columns without boxing. */
public final class ByteArrayBuilder {
    private byte[] data;
    private int size;

    public ByteArrayBuilder() {
        this(16);
    }

    public ByteArrayBuilder(int capacity) {
        data = new byte[Math.max(capacity, 4)];
    }

    public void add(byte v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length + (data.length >> 1) + 1);
        }
        data[size++] = v;
    }

    public byte get(int i) {
        return data[i];
    }

    public void set(int i, byte v) {
        data[i] = v;
    }

    public int size() {
        return size;
    }

    public byte[] toArray() {
        return Arrays.copyOf(data, size);
    }
}
