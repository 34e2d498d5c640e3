package org.glassbox.io.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A source document that cannot be imported as text. Carries the file, what is wrong ({@link #reason()}),
 * and where, as fields: the page (1-based, 0 when none applies) and the byte offset (from 0, -1 when none
 * applies). The message reads {@code FILE[, page N][, byte N]: problem}.
 */
public final class DocumentImportException extends IOException {
    /** What is wrong with the document. */
    public enum Reason {
        /** The extension names no format that is read. */
        UNSUPPORTED_FORMAT,
        /** The file is larger than the size limit. */
        TOO_LARGE,
        /** The file cannot be read at all (missing, a folder, no permission). */
        UNREADABLE,
        /** Text whose bytes are neither UTF-8 nor GB18030 Chinese. */
        UNDECODABLE,
        /** A PDF with pages but no text on any of them (scanned). */
        NO_TEXT_LAYER,
        /** An encrypted PDF or docx that needs a password. */
        PASSWORD_PROTECTED,
        /** A docx whose entries expand beyond POI's limits (a zip bomb). */
        ZIP_BOMB,
        /** A docx with an entry named outside the package ({@code ../}, an absolute path). */
        ENTRY_ESCAPES,
        /** A docx whose XML declares a DTD or entities (refused, never resolved). */
        XML_ENTITIES,
        /** A file that is not, or no longer, what its extension says: broken, truncated, another format. */
        MALFORMED
    }

    private final transient Path file;
    private final Reason reason;
    private final int page;
    private final long byteOffset;
    private final String problem;

    public DocumentImportException(Path file, Reason reason, int page, long byteOffset, String problem, Throwable cause) {
        super(format(file, page, byteOffset, problem), cause);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.page = page;
        this.byteOffset = byteOffset;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    DocumentImportException(Path file, Reason reason, String problem) {
        this(file, reason, 0, -1, problem, null);
    }

    DocumentImportException(Path file, Reason reason, String problem, Throwable cause) {
        this(file, reason, 0, -1, problem, cause);
    }

    private static String format(Path file, int page, long byteOffset, String problem) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (page > 0) {
            sb.append(", page ").append(page);
        }
        if (byteOffset >= 0) {
            sb.append(", byte ").append(byteOffset);
        }
        return sb.append(": ").append(problem).toString();
    }

    /** The document that was being imported. */
    public Path file() {
        return file;
    }

    public Reason reason() {
        return reason;
    }

    /** The page (1-based) the problem is on, or 0. */
    public int page() {
        return page;
    }

    /** The offset (from 0) of the first byte that is wrong, or -1. */
    public long byteOffset() {
        return byteOffset;
    }

    /** The problem without the file and position. */
    public String problem() {
        return problem;
    }
}
