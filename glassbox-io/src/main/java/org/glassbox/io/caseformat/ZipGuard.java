package org.glassbox.io.caseformat;

import org.glassbox.io.guard.CountingInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Limits on what a zip may expand to, measured on the bytes actually read (headers are not
 * trusted): at most {@link #MAX_TOTAL_BYTES} over all entries, and no entry that has expanded
 * past {@link #RATIO_FLOOR_BYTES} to more than {@link #MAX_RATIO} times its compressed size
 * (a zip bomb).
 */
final class ZipGuard {
    static final long MAX_TOTAL_BYTES = 1L << 30;
    static final int MAX_RATIO = 100;
    static final long RATIO_FLOOR_BYTES = 1L << 20;
    static final int MAX_ENTRIES = 10_000;

    private final long maxTotal;
    private long total;

    ZipGuard() {
        this(MAX_TOTAL_BYTES);
    }

    ZipGuard(long maxTotal) {
        this.maxTotal = maxTotal;
    }

    /** The entry's stream, refusing with an IOException when a limit is passed. */
    InputStream guard(InputStream in, String entry, long compressedSize) {
        return new CountingInputStream(in, (read, added) -> check(entry, compressedSize, read, added));
    }

    /** A limit was passed: the zip is refused. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** The zip's policy for one entry: the whole zip's expanded size, and the entry's expansion ratio. */
    private void check(String entry, long compressed, long read, long added) throws IOException {
        total += added;
        if (total > maxTotal) {
            throw new Refused("refused: the zip expands to more than " + (maxTotal >> 20) + " MiB");
        }
        if (read > RATIO_FLOOR_BYTES && (compressed <= 0 || read > compressed * MAX_RATIO)) {
            throw new Refused("refused: " + entry + " expands more than " + MAX_RATIO
                    + " times its compressed size (a zip bomb?)");
        }
    }
}
