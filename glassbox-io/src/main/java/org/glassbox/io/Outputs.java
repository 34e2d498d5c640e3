package org.glassbox.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What both facades check before they write, and how they clean up after themselves. */
final class Outputs {
    private Outputs() {
    }

    /** Refuses to write over a non-empty {@code out} unless {@code replace}, and a folder where a file must go. */
    static void requireWritable(Path out, FileFormat f, boolean replace) throws IOException {
        if (!replace && nonEmpty(out)) {
            throw new OutputExistsException(out, "exists and is not empty", true);
        }
        if (f != FileFormat.CASE_FOLDER && Files.isDirectory(out)) {
            throw new OutputExistsException(out, "is a folder, not " + (f.ocel() != null ? "an OCEL 2.0" : "a " + f.label())
                    + " file", false);
        }
    }

    static boolean nonEmpty(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (DirectoryStream<Path> d = Files.newDirectoryStream(p)) {
                return d.iterator().hasNext();
            }
        }
        return Files.exists(p) && Files.size(p) > 0;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
