package org.glassbox.io.caseformat;

import org.glassbox.io.guard.CountingInputStream;
import org.glassbox.io.guard.Inflation;
import java.io.IOException;
import java.io.InputStream;

/**
 * Limits on what a zip may expand to, measured on the bytes actually read (headers are not
 * trusted): over all entries at most {@link #MAX_TOTAL_BYTES} or 1/{@value Inflation#HEAP_FRACTION} of the
 * Java heap, whichever is smaller ({@link Inflation}: the case reader keeps what it parses), and no entry that
 * has expanded past {@link #RATIO_FLOOR_BYTES} to more than {@link #MAX_RATIO} times the compressed bytes it has
 * consumed so far (a zip bomb, stopped a little past 1 MiB).
 */
final class ZipGuard {
    static final long MAX_TOTAL_BYTES = 1L << 30;
    static final int MAX_RATIO = Inflation.MAX_RATIO;
    static final long RATIO_FLOOR_BYTES = Inflation.RATIO_FLOOR_BYTES;
    static final int MAX_ENTRIES = 10_000;

    private final long maxTotal;
    private final long maxMemory;
    private long total;

    /** The limits for this JVM's heap. */
    ZipGuard() {
        this(Runtime.getRuntime().maxMemory());
    }

    /** The limits for a heap of at most {@code maxMemory} bytes. */
    static ZipGuard forHeap(long maxMemory) {
        return new ZipGuard(maxMemory);
    }

    private ZipGuard(long maxMemory) {
        this(Inflation.heapBound(MAX_TOTAL_BYTES, maxMemory), maxMemory);
    }

    /** At most {@code maxTotal} bytes in all (tests), on a heap of {@code maxMemory} bytes. */
    ZipGuard(long maxTotal, long maxMemory) {
        this.maxTotal = maxTotal;
        this.maxMemory = maxMemory;
    }

    /** The entry's stream, refusing with an IOException when a limit is passed. */
    InputStream guard(InputStream in, String entry, long compressedSize) {
        return new CountingInputStream(in, (read, added) -> check(in, entry, compressedSize, read, added));
    }

    /** The bytes inflated so far, over all entries. */
    long total() {
        return total;
    }

    /** What the zip may expand to in all. */
    long maxTotal() {
        return maxTotal;
    }

    /** A limit was passed: the zip is refused. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** The zip's policy for one entry: the whole zip's expanded size, and the entry's expansion ratio. */
    private void check(InputStream in, String entry, long compressed, long read, long added) throws IOException {
        total += added;
        if (total > maxTotal) {
            throw new Refused("refused: the zip expands to more than " + Inflation.mib(maxTotal) + " (a zip is read"
                    + " up to " + Inflation.mib(MAX_TOTAL_BYTES) + " expanded, and at most 1/" + Inflation.HEAP_FRACTION
                    + " of the Java heap of " + Inflation.mib(maxMemory) + "); for a larger case give Java more memory,"
                    + " e.g. GLASSBOX_JAVA_OPTS=-Xmx" + Inflation.largerHeap(maxMemory));
        }
        if (Inflation.ratioPassed(read, in, compressed, MAX_RATIO)) {
            throw new Refused("refused: " + entry + " expands more than " + MAX_RATIO
                    + " times its compressed size (a zip bomb?)");
        }
    }
}
