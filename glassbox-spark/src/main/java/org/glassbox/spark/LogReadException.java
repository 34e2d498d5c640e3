package org.glassbox.spark;

import java.nio.file.Path;

/** An event log the cluster engine cannot read as mapped (a missing column, a row without case id): bad input. */
public final class LogReadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    LogReadException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** The log's file or folder. */
    public Path file() {
        return file;
    }
}
