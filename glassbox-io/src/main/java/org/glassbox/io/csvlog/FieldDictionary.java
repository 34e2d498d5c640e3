package org.glassbox.io.csvlog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The distinct values of one column within one chunk of a CSV file, keyed by their UTF-8 bytes, so
 * that a value repeated on many rows is decoded into a {@code String} (and typed) once per chunk
 * rather than once per row. Codes are dense, 0..size-1, in order of first appearance. Open
 * addressing with linear probing over a power-of-two table; the key bytes live in one arena.
 *
 * <p>Each entry also carries the result of typing its value ({@link #tag}, {@link #bits}), which
 * the chunk reader fills in once the chunk is read. Confined to one thread.
 */
final class FieldDictionary {
    /** Typing results: not typed, an epoch-millisecond time, a long, a double (raw bits), a boolean, text. */
    static final byte UNTYPED = 0;
    static final byte TIME = 1;
    static final byte LONG = 2;
    static final byte DOUBLE = 3;
    static final byte BOOLEAN = 4;
    static final byte TEXT = 5;

    private int[] table = new int[64];
    private int[] hashes = new int[32];
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private String[] values = new String[32];
    private byte[] tags = new byte[32];
    private long[] bits = new long[32];
    private byte[] arena = new byte[1024];
    private int arenaSize;
    private int size;

    int size() {
        return size;
    }

    /** The code of the value spelt by {@code src[off, off+len)}, adding it when new. */
    int code(byte[] src, int off, int len) {
        int h = 1;
        for (int i = off, end = off + len; i < end; i++) {
            h = 31 * h + src[i];
        }
        h ^= h >>> 16;
        int mask = table.length - 1;
        int slot = h & mask;
        while (true) {
            int e = table[slot];
            if (e == 0) {
                break;
            }
            int c = e - 1;
            if (hashes[c] == h && lengths[c] == len
                    && Arrays.equals(arena, starts[c], starts[c] + len, src, off, off + len)) {
                return c;
            }
            slot = (slot + 1) & mask;
        }
        int c = size++;
        if (c == hashes.length) {
            int n = c * 2;
            hashes = Arrays.copyOf(hashes, n);
            starts = Arrays.copyOf(starts, n);
            lengths = Arrays.copyOf(lengths, n);
            values = Arrays.copyOf(values, n);
            tags = Arrays.copyOf(tags, n);
            bits = Arrays.copyOf(bits, n);
        }
        if (arenaSize + len > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + len));
        }
        System.arraycopy(src, off, arena, arenaSize, len);
        hashes[c] = h;
        starts[c] = arenaSize;
        lengths[c] = len;
        values[c] = new String(src, off, len, StandardCharsets.UTF_8);
        arenaSize += len;
        table[slot] = c + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return c;
    }

    private void rehash() {
        int[] t = new int[table.length * 2];
        int mask = t.length - 1;
        for (int c = 0; c < size; c++) {
            int slot = hashes[c] & mask;
            while (t[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            t[slot] = c + 1;
        }
        table = t;
    }

    String value(int code) {
        return values[code];
    }

    byte tag(int code) {
        return tags[code];
    }

    long bits(int code) {
        return bits[code];
    }

    void type(int code, byte tag, long value) {
        tags[code] = tag;
        bits[code] = value;
    }
}
