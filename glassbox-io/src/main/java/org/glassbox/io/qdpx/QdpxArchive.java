package org.glassbox.io.qdpx;

import org.glassbox.io.guard.EntryNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.guard.CountingInputStream;
import org.glassbox.io.guard.Inflation;

/**
 * A {@code .qdpx} opened for reading, hostile zips refused before anything is read: more than
 * {@link Limits#maxEntries} entries, an entry whose name escapes the archive ({@code ..}, an absolute path, a
 * drive letter, a NUL), a symbolic link, an entry in a compression method that cannot be read. While reading,
 * the bytes actually inflated are counted (headers are not trusted): the whole archive at most
 * {@link Limits#maxTotalBytes}, one entry at most its own limit, and no entry past 1 MiB that expands more
 * than {@link Limits#maxRatio} times the compressed bytes it has consumed so far (a zip bomb, stopped a little
 * past 1 MiB; {@link Inflation}). Nothing is extracted to disk. A Glassbox case inside ({@code glassbox/case.zip})
 * is read by the case reader, under its own zip guard.
 */
final class QdpxArchive implements AutoCloseable {
    /** The limits; {@link #DEFAULT} for files, smaller ones in tests. */
    record Limits(int maxEntries, long maxTotalBytes, long maxProjectBytes, long maxSourceBytes, long maxCaseBytes,
                  int maxRatio) {
        static final Limits DEFAULT = new Limits(10_000, 1L << 30, 256L << 20, 64L << 20, 512L << 20, 100);
    }

    /** What the archive refused, with the entry it is about. */
    static final class Refused extends IOException {
        private final String entry;

        Refused(String entry, String message) {
            super(message);
            this.entry = entry;
        }

        String entry() {
            return entry;
        }
    }

    private final Path path;
    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, ZipArchiveEntry> files = new LinkedHashMap<>();
    private final Map<String, String> lowerCase = new LinkedHashMap<>();
    private long total;

    private QdpxArchive(Path path, ZipFile zip, Limits limits) {
        this.path = path;
        this.zip = zip;
        this.limits = limits;
    }

    /**
     * Opens and checks the archive.
     *
     * @param problems receives what is refused, each naming its entry
     * @return the archive, or null when it is unreadable or refused (then {@code problems} says why)
     */
    static QdpxArchive open(Path path, Limits limits, List<Problem> problems) {
        ZipFile f;
        try {
            f = ZipFile.builder().setPath(path).get();
        } catch (IOException | RuntimeException e) {
            problems.add(error(path.toString(), "a .qdpx (a zip archive)", "not a readable zip: " + e.getMessage()));
            return null;
        }
        QdpxArchive a = new QdpxArchive(path, f, limits);
        if (!a.check(problems)) {
            a.close();
            return null;
        }
        return a;
    }

    private boolean check(List<Problem> problems) {
        int before = problems.size();
        Enumeration<ZipArchiveEntry> en = zip.getEntries();
        int n = 0;
        while (en.hasMoreElements()) {
            ZipArchiveEntry e = en.nextElement();
            if (++n > limits.maxEntries()) {
                problems.add(error(path.toString(), "at most " + limits.maxEntries() + " entries",
                        "refused: the archive has more than " + limits.maxEntries() + " entries"));
                return false;
            }
            String name = e.getName();
            if (EntryNames.escapes(name)) {
                problems.add(error(display(name), "paths inside the archive",
                        "refused: a zip entry escaping the archive (" + name + ")"));
            } else if (e.isUnixSymlink()) {
                problems.add(error(display(name), "plain files", "refused: a symbolic link in the archive"));
            } else if (!e.isDirectory()) {
                if (!zip.canReadEntryData(e)) {
                    problems.add(error(display(name), "deflated or stored entries",
                            "the zip entry uses a compression method or encryption that cannot be read"));
                }
                if (files.putIfAbsent(name, e) != null) {
                    problems.add(error(display(name), "one entry of each name", "refused: a duplicate zip entry"));
                }
                lowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return problems.size() == before;
    }


    /** The entry's name as the archive writes it, matched exactly, else regardless of case; null when absent. */
    String find(String name) {
        if (files.containsKey(name)) {
            return name;
        }
        return lowerCase.get(name.toLowerCase(Locale.ROOT));
    }

    /** The file entries, in archive order. */
    List<String> names() {
        return new ArrayList<>(files.keySet());
    }

    /** {@code archive.qdpx!/entry}, as problems name a place inside the archive. */
    String display(String entry) {
        return path + "!/" + entry;
    }

    Path path() {
        return path;
    }

    /** The whole entry, read within {@code limit} bytes and the archive's limits. */
    byte[] read(String name, long limit) throws IOException {
        ZipArchiveEntry e = files.get(name);
        long compressed = e.getCompressedSize();
        InputStream entry = zip.getInputStream(e);
        try (InputStream in = new CountingInputStream(entry, (read, added) -> {
            total += added;
            if (read > limit) {
                throw new Refused(name, "refused: " + name + " is larger than " + mib(limit));
            }
            if (total > limits.maxTotalBytes()) {
                throw new Refused(name, "refused: the archive expands to more than " + mib(limits.maxTotalBytes()));
            }
            if (Inflation.ratioPassed(read, entry, compressed, limits.maxRatio())) {
                throw new Refused(name, "refused: " + name + " expands more than " + limits.maxRatio()
                        + " times its compressed size (a zip bomb?)");
            }
        })) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }

    Limits limits() {
        return limits;
    }

    private static String mib(long bytes) {
        return Inflation.mib(bytes);
    }

    static Problem error(String file, String expected, String message) {
        return new Problem(file, 0, 0, null, null, null, expected, message, Problem.Severity.ERROR);
    }

    @Override
    public void close() {
        ZipFile.closeQuietly(zip);
    }
}
