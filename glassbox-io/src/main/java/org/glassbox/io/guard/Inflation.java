package org.glassbox.io.guard;

import java.io.InputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * The zip-bomb rules shared by the case-zip guard and the {@code .qdpx} reader, measured on the bytes actually
 * inflated while reading (headers are not trusted).
 *
 * <p>The ratio: an entry that has inflated past {@link #RATIO_FLOOR_BYTES} to more than {@code maxRatio} times
 * the compressed bytes the inflater has consumed <em>so far</em> is a bomb. Measured on the running count
 * (commons-compress's {@link InputStreamStatistics}), a bomb of uniform content is stopped a little past the
 * floor, whatever its declared or total size; compared with the entry's whole compressed size, a 2.4 MB entry
 * was let through until 240 MB had been inflated and parsed.
 *
 * <p>The heap: what a zip may expand to in all is also bounded by the Java heap, 1/{@link #HEAP_FRACTION} of
 * {@link Runtime#maxMemory()}, since the case reader keeps what it parses and the work after reading needs the
 * rest. Measured on 2026-12-03 (20 MB CSV folder cases, {@code glassbox validate}, the smallest {@code -Xmx} that
 * reads them): short indicator rows ({@code 2014,x,1}) need 304 MiB (288 fails), about 16 bytes of heap per byte
 * of CSV, 14 of them still held once read; short event rows ({@code e123,2019-03,plan,gov}) need 192 MiB (160
 * fails), about 10, 4 held. So a zip at the bound, of the densest rows, still about fits the heap; past it the
 * command says to give Java more memory.
 */
public final class Inflation {
    /** No entry expands more than this many times the compressed bytes it has consumed. */
    public static final int MAX_RATIO = 100;
    /** The ratio is tested only past this many inflated bytes of an entry (small files compress well). */
    public static final long RATIO_FLOOR_BYTES = 1L << 20;
    /** What a zip may expand to in all is at most this part of the heap: {@code maxMemory / 16}. */
    public static final int HEAP_FRACTION = 16;

    private Inflation() {
    }

    /** {@code limit}, or {@code maxMemory / }{@link #HEAP_FRACTION} when that is smaller. */
    public static long heapBound(long limit, long maxMemory) {
        return Math.min(limit, maxMemory / HEAP_FRACTION);
    }

    /**
     * Whether an entry that has inflated {@code read} bytes from stream {@code entry} (as the zip library opened
     * it) has passed {@code maxRatio}: measured against the compressed bytes consumed so far when the stream
     * counts them, else against the entry's whole compressed size {@code compressedSize} (unknown: refused).
     */
    public static boolean ratioPassed(long read, InputStream entry, long compressedSize, int maxRatio) {
        if (read <= RATIO_FLOOR_BYTES) {
            return false;
        }
        long compressed = entry instanceof InputStreamStatistics s ? Math.max(1, s.getCompressedCount()) : compressedSize;
        return compressed <= 0 || read > compressed * maxRatio;
    }

    /** {@code 64 MiB}, {@code 1000 bytes}. */
    public static String mib(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
    }

    /** A heap to suggest when this one is too small: twice it, in whole GiB ({@code 2g}, {@code 8g}). */
    public static String largerHeap(long maxMemory) {
        long g = Math.max(2, (2 * maxMemory + (1L << 30) - 1) >> 30);
        return g + "g";
    }
}
