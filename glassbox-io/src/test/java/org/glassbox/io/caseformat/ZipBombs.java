package org.glassbox.io.caseformat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zip bombs built at test time (no binary fixture is committed): the small valid case of {@link Fixtures}, zipped,
 * whose events.csv is the header followed by one row repeated to hundreds of MB. The rows are streamed through
 * the deflater to the file, never held in memory; 300 MB of rows deflate to about 0.3 MB.
 */
public final class ZipBombs {
    /** One event row, repeated. */
    static final String ROW = "e1,2015-03,plan,,gov,bigdata;tax,,project:cloud,Digital plan,s1,,\n";

    private ZipBombs() {
    }

    /** The case zip at {@code file}, with {@code eventBytes} bytes (at least) of repeated rows in events.csv. */
    public static Path caseZip(Path file, long eventBytes) throws IOException {
        return caseZip(file, eventBytes, 0);
    }

    /**
     * Like {@link #caseZip(Path, long)}, the rows followed by {@code tailBytes} of seeded random letters that do not
     * compress: the entry's whole compressed size is then large, its ratio over the whole entry small.
     */
    public static Path caseZip(Path file, long eventBytes, long tailBytes) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                ZipOutputStream z = new ZipOutputStream(os)) {
            for (Map.Entry<String, String> e : Fixtures.files().entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals(CaseTables.EVENTS)) {
                    z.write(e.getValue().substring(0, e.getValue().indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8));
                    rows(z, eventBytes);
                    noise(z, tailBytes);
                } else {
                    z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                z.closeEntry();
            }
        }
        return file;
    }

    /** At least {@code bytes} bytes of {@link #ROW}, written a block of whole rows at a time. */
    private static void rows(OutputStream out, long bytes) throws IOException {
        byte[] row = ROW.getBytes(StandardCharsets.UTF_8);
        int perBlock = (1 << 20) / row.length;
        byte[] block = new byte[perBlock * row.length];
        for (int i = 0; i < perBlock; i++) {
            System.arraycopy(row, 0, block, i * row.length, row.length);
        }
        for (long written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }

    private static void noise(OutputStream out, long bytes) throws IOException {
        Random r = new Random(7);
        byte[] block = new byte[1 << 16];
        for (long left = bytes; left > 0; left -= block.length) {
            for (int i = 0; i < block.length; i++) {
                block[i] = (byte) ('a' + r.nextInt(26));
            }
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }
}
