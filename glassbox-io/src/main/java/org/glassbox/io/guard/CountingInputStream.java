package org.glassbox.io.guard;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and asks a {@link Limit} after every read whether to go on: the one
 * counting stream behind the gzip-bomb guard of the XES reader and the zip-bomb guard of the case reader,
 * each with its own policy.
 */
public final class CountingInputStream extends FilterInputStream {
    /** The policy: throws to refuse the input once {@code count} bytes (the last read added {@code added}) were read. */
    @FunctionalInterface
    public interface Limit {
        void check(long count, long added) throws IOException;
    }

    /** No limit: only counts. */
    public static final Limit NONE = (count, added) -> { };

    private final Limit limit;
    private long count;

    public CountingInputStream(InputStream in, Limit limit) {
        super(in);
        this.limit = limit;
    }

    /** At most {@code bytes} bytes; more is an {@link InputTooLargeException}. */
    public static Limit atMost(long bytes) {
        return (count, added) -> {
            if (count > bytes) {
                throw new InputTooLargeException(bytes);
            }
        };
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    private void add(long n) throws IOException {
        if (n > 0) {
            count += n;
            limit.check(count, n);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        add(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        add(s);
        return s;
    }

    /** Thrown when the input exceeds the configured number of bytes. */
    public static final class InputTooLargeException extends IOException {
        private final long limit;

        InputTooLargeException(long limit) {
            super("input larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
