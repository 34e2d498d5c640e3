package org.glassbox.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Uploaded files, kept in a fresh temporary folder under a name the server chooses
 * ({@code upload.EXT}): the client's file name only ever decides the format (its last extension),
 * never a path. The body is counted while it is copied, so an upload without a truthful
 * Content-Length is still stopped at the limit (413).
 */
final class Uploads {
    /** The formats a case may be uploaded in, by extension. */
    enum Format { ZIP, XLSX, JSONOCEL, XMLOCEL, QDPX }

    private Uploads() {
    }

    /** The format named by the client's file name, else by the first bytes; null when neither says (415). */
    static Format format(String clientName, byte[] head) {
        String n = baseName(clientName).toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) {
            return Format.ZIP;
        }
        if (n.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        if (n.endsWith(".jsonocel")) {
            return Format.JSONOCEL;
        }
        if (n.endsWith(".xmlocel")) {
            return Format.XMLOCEL;
        }
        if (n.endsWith(".qdpx")) {
            return Format.QDPX; // a REFI-QDA project, read by io.qdpx with its own defences
        }
        if (!n.contains(".") && head.length >= 2) {
            if (head[0] == 'P' && head[1] == 'K') {
                return Format.ZIP;
            }
            if (head[0] == '{') {
                return Format.JSONOCEL;
            }
            if (head[0] == '<') {
                return Format.XMLOCEL;
            }
        }
        return null;
    }

    /** The last segment of a client's file name (after any '/' or '\\'), stripped; "" when none. */
    static String baseName(String clientName) {
        String n = clientName == null ? "" : clientName.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return n.substring(slash + 1);
    }

    /** A fresh folder for one upload. */
    static Path folder() throws IOException {
        return Files.createTempDirectory("glassbox-upload");
    }

    /** Copies at most {@code max} bytes of {@code in} to {@code file}; a 413 past that (the partial file is removed). */
    static long copy(InputStream in, Path file, long max) throws IOException {
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                n += r;
                if (n > max) {
                    throw new ApiException(413, "too-large", "the upload is larger than the limit of " + max + " bytes");
                }
                out.write(buf, 0, r);
            }
        } catch (ApiException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return n;
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is cleaned by the system
        }
    }
}
