package org.glassbox.io.xes;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and refuses to read past a limit (gzip-bomb guard). */
final class CountingInputStream extends FilterInputStream {
    private long count;
    private final long limit;

    CountingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    private void add(long n) throws IOException {
        if (n > 0) {
            count += n;
            if (count > limit) {
                throw new InputTooLargeException(limit);
            }
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
    static final class InputTooLargeException extends IOException {
        final long limit;

        InputTooLargeException(long limit) {
            super("input larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }
    }
}
