package org.glassbox.server.search;

import java.nio.file.Path;

/** The search index cannot be opened or written (its folder is named; null for an index in memory). */
public final class SearchIndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    SearchIndexException(Path folder, String message, Throwable cause) {
        super((folder == null ? "search index (in memory)" : "search index " + folder) + ": " + message, cause);
        this.folder = folder;
    }

    /** The index's folder, or null when it is kept in memory. */
    public Path folder() {
        return folder;
    }
}
