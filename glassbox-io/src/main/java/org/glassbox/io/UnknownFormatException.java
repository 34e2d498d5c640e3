package org.glassbox.io;

import java.nio.file.Path;

/**
 * A name no format claims, or a format that cannot do what was asked of it (an event log where a case is
 * needed): a usage error, so the command line answers it with exit code 2 and the server with 415.
 */
public final class UnknownFormatException extends IllegalArgumentException {
    private final transient Path path;

    public UnknownFormatException(Path path, String message) {
        super(message);
        this.path = path;
    }

    /** The path whose name was not understood. */
    public Path path() {
        return path;
    }
}
