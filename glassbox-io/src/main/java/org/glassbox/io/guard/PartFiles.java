package org.glassbox.io.guard;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
