package org.glassbox.core.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dictionary encoding of strings as dense int codes 0..size-1, in order of first appearance.
 * Append-only while building; {@link #freeze()} gives an immutable copy for the store.
 */
public final class Dictionary {
    private final Map<String, Integer> codes;
    private String[] values;
    private int size;
    private final boolean frozen;

    public Dictionary() {
        this(new HashMap<>(), new String[16], 0, false);
    }

    private Dictionary(Map<String, Integer> codes, String[] values, int size, boolean frozen) {
        this.codes = codes;
        this.values = values;
        this.size = size;
        this.frozen = frozen;
    }

    /** A frozen dictionary of the given strings, in order; duplicates are an error. */
    public static Dictionary of(List<String> strings) {
        Dictionary d = new Dictionary();
        for (String s : strings) {
            if (d.code(s) >= 0) {
                throw new IllegalArgumentException("duplicate dictionary entry: " + s);
            }
            d.intern(s);
        }
        return d.freeze();
    }

    /** The code of {@code value}, adding it when new. */
    public int intern(String value) {
        Integer c = codes.get(value);
        if (c != null) {
            return c;
        }
        if (frozen) {
            throw new IllegalStateException("dictionary is frozen; unknown value: " + value);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        codes.put(value, size);
        return size++;
    }

    /** The code of {@code value}, or -1 when absent. */
    public int code(String value) {
        Integer c = codes.get(value);
        return c == null ? -1 : c;
    }

    public String value(int code) {
        if (code < 0 || code >= size) {
            throw new IndexOutOfBoundsException("code " + code + " of " + size);
        }
        return values[code];
    }

    public int size() {
        return size;
    }

    public List<String> values() {
        return List.of(Arrays.copyOf(values, size));
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** This dictionary when already frozen, else a frozen copy. */
    public Dictionary freeze() {
        if (frozen) {
            return this;
        }
        return new Dictionary(new HashMap<>(codes), Arrays.copyOf(values, size), size, true);
    }
}
