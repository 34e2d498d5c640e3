package org.glassbox.io.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A document that cannot be added to a case as asked: a source that is not a sources.csv id, an id that is
 * taken or not safe as a file name, a language that is no BCP 47 tag, a case in a form documents are not
 * added to. Carries the case, the documents.csv column concerned (null when none) and the value given, and
 * for an unknown id the known ids nearest to it.
 */
public final class CaseDocumentException extends IOException {
    private final transient Path casePath;
    private final String column;
    private final String value;
    private final List<String> nearest;

    public CaseDocumentException(Path casePath, String column, String value, String problem, List<String> nearest) {
        super(casePath + (column == null ? "" : ": documents.csv " + column + " '" + value + "'") + ": " + problem);
        this.casePath = Objects.requireNonNull(casePath, "casePath");
        this.column = column;
        this.value = value;
        this.nearest = List.copyOf(nearest);
    }

    public Path casePath() {
        return casePath;
    }

    /** The documents.csv column the problem is in ({@code id}, {@code source}, {@code language}, {@code text}), or null. */
    public String column() {
        return column;
    }

    /** The value given for {@link #column()}, or null. */
    public String value() {
        return value;
    }

    /** For an unknown id, the known ids nearest to it (or the first known ones when none is near); else empty. */
    public List<String> nearest() {
        return nearest;
    }
}
