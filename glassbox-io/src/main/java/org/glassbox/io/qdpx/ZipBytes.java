package org.glassbox.io.qdpx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips written the same way every time: entries in a fixed order, every entry dated 1980-01-01 00:00 (the
 * zip format's first day) and nothing else of the machine or the moment in them, so equal content gives
 * equal bytes.
 */
final class ZipBytes {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    ZipBytes(OutputStream out) {
        this.zip = new ZipOutputStream(out);
        zip.setLevel(9);
    }

    void add(String name, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(EPOCH);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    void finish() throws IOException {
        zip.finish();
    }

    /** Every file under {@code dir} as a zip, names relative to it with '/', in sorted order. */
    static byte[] folder(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipBytes z = new ZipBytes(bytes);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> name(dir, p))).toList();
        }
        for (Path f : files) {
            z.add(name(dir, f), Files.readAllBytes(f));
        }
        z.finish();
        return bytes.toByteArray();
    }

    private static String name(Path dir, Path f) {
        return dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
    }
}
