package org.glassbox.io.caseformat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The document texts of a case (format 1.1, {@code documents/}): which paths documents.csv may
 * name, and reading one with a size limit. A path is read only when it is a plain relative path
 * under {@code documents/}: no {@code ..} or {@code .} segment, no empty segment, no backslash, no
 * drive letter, no leading slash, no control character; a file that is a link out of the case
 * folder is refused.
 */
final class DocumentFiles {
    /** The largest text file read: 50 MiB (a book-length policy document is well under 10). */
    static final long MAX_TEXT_BYTES = 50L << 20;

    private DocumentFiles() {
    }

    /** A document file holds more bytes than the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long max) {
            super("the file holds more than " + (max >> 20) + " MiB; refused (split the document)");
        }
    }

    /** Why {@code path} may not be read as a document file, or null when it may. */
    static String refusal(String path) {
        if (path.indexOf('\\') >= 0) {
            return "a path with a backslash (write documents/NAME with '/')";
        }
        if (path.startsWith("/") || (path.length() >= 2 && path.charAt(1) == ':')) {
            return "an absolute path";
        }
        for (int i = 0; i < path.length(); i++) {
            if (Character.isISOControl(path.charAt(i))) {
                return "a path with a control character";
            }
        }
        String[] segs = path.split("/", -1);
        for (String seg : segs) {
            if (seg.equals("..") || seg.equals(".")) {
                return "a path with a '" + seg + "' segment";
            }
            if (seg.isEmpty()) {
                return "a path with an empty segment";
            }
        }
        if (!path.startsWith(CaseTables.DOCUMENTS_DIR) || segs.length < 2) {
            return "a path outside " + CaseTables.DOCUMENTS_DIR;
        }
        return null;
    }

    /** File {@code path} of the folder {@code base}, null when absent; see {@link CaseSource#document}. */
    static byte[] read(Path base, String path, long max) throws IOException {
        Path f = base.resolve(path).normalize();
        if (!f.startsWith(base.resolve("documents")) || !Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!f.toRealPath().startsWith(base.toRealPath())) {
            throw new IOException("the file is a link out of the case folder; refused");
        }
        if (!Files.isRegularFile(f)) {
            return null;
        }
        if (Files.size(f) > max) {
            throw new TooLarge(max);
        }
        try (InputStream in = Files.newInputStream(f)) {
            return limited(in, max);
        }
    }

    /** At most {@code max} bytes of {@code in}; {@link TooLarge} when there are more. */
    static byte[] limited(InputStream in, long max) throws IOException {
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (b.length > max) {
            throw new TooLarge(max);
        }
        return b;
    }
}
