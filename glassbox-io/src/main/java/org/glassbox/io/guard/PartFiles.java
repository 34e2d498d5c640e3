package org.glassbox.io.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hidden part files and folders a writer fills beside its target and then moves into place. Unlike
 * {@link Files#createTempFile} (always 0600) and {@link Files#createTempDirectory} (0700), they are made with
 * {@link Files#createFile} and {@link Files#createDirectory}, so what the user finally gets has the ordinary
 * permissions of the umask, like any file a program writes.
 */
public final class PartFiles {
    private PartFiles() {
    }

    /** A new empty file {@code .NAME.RANDOM.part} in {@code dir}. */
    public static Path file(Path dir, String name) throws IOException {
        for (int i = 0;; i++) {
            try {
                return Files.createFile(dir.resolve(partName(name) + ".part"));
            } catch (FileAlreadyExistsException e) {
                if (i > 100) {
                    throw e;
                }
            }
        }
    }

    /**
     * Writes {@code text} (UTF-8) to {@code target} whole or not at all: into a part file beside it, then moved
     * over it in one step, so a failure leaves the old file (or none) and no part file. The folder must exist.
     */
    public static void writeString(Path target, CharSequence text) throws IOException {
        Path abs = target.toAbsolutePath();
        Path tmp = file(abs.getParent(), abs.getFileName().toString());
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A new empty folder {@code .NAME.RANDOM} in {@code dir}. */
    public static Path folder(Path dir, String name) throws IOException {
        for (int i = 0;; i++) {
            try {
                return Files.createDirectory(dir.resolve(partName(name)));
            } catch (FileAlreadyExistsException e) {
                if (i > 100) {
                    throw e;
                }
            }
        }
    }

    private static String partName(String name) {
        // the random part only keeps concurrent writers apart; it is not a secret
        return "." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }
}
