package org.glassbox.io.json;

/**
 * A path over the analysis JSON that cannot be written ({@link #column()} &gt; 0 gives the 1-based
 * character where the syntax broke) or that does not lead to a value in a given tree
 * ({@link #column()} 0). The message says where it broke and, for a missing key, the nearest keys.
 */
public final class AnalysisPathException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final int column;

    public AnalysisPathException(String path, int column, String message) {
        super(message);
        this.path = path;
        this.column = column;
    }

    /** The path as written. */
    public String path() {
        return path;
    }

    /** 1-based character of a syntax error; 0 when the path is well formed but does not resolve. */
    public int column() {
        return column;
    }
}
