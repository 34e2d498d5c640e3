package org.glassbox.io.xes;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared real data is (system property {@code glassbox.shared}); null when absent. */
final class SharedData {
    private SharedData() {
    }

    static Path processDir() {
        String p = System.getProperty("glassbox.shared", "../../shared");
        Path dir = Path.of(p, "data", "process");
        return Files.isDirectory(dir) ? dir : null;
    }

    /** The 561k-event road-traffic log is read by the tests only with -Dglassbox.heavy=true. */
    static boolean heavy() {
        return Boolean.getBoolean("glassbox.heavy");
    }
}
