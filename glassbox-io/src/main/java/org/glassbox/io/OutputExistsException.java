package org.glassbox.io;

import java.io.IOException;
import java.nio.file.Path;

/** An output that would overwrite something: a non-empty file or folder not to be replaced, or a folder where a file must go. */
public final class OutputExistsException extends IOException {
    private final transient Path path;
    private final boolean replaceable;

    OutputExistsException(Path path, String reason, boolean replaceable) {
        super(path + " " + reason);
        this.path = path;
        this.replaceable = replaceable;
    }

    public Path path() {
        return path;
    }

    /** True when asking to replace it would let the write go ahead. */
    public boolean replaceable() {
        return replaceable;
    }
}
