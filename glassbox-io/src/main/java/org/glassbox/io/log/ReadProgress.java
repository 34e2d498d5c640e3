package org.glassbox.io.log;

/** Progress of a long read, called every few thousand events and once at the end. */
@FunctionalInterface
public interface ReadProgress {
    /**
     * @param bytesRead  bytes of the file consumed so far (compressed bytes for .gz)
     * @param totalBytes the file size, or -1 when unknown
     * @param events     events read so far
     */
    void update(long bytesRead, long totalBytes, long events);

    ReadProgress NONE = (b, t, e) -> { };
}
