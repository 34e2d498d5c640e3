package org.glassbox.io.ocel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared real data (system property {@code glassbox.shared}); tests that need it skip when absent. */
final class SharedData {
    private SharedData() {
    }

    static Path process() {
        String base = System.getProperty("glassbox.shared", "../../shared");
        Path dir = Path.of(base, "data", "process");
        assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + "; skipping");
        return dir;
    }

    static Path log(String name) {
        Path f = process().resolve("logs").resolve(name);
        assumeTrue(Files.isRegularFile(f), "shared log not found at " + f + "; skipping");
        return f;
    }

    static Path expected(String name) {
        Path f = process().resolve("expected").resolve(name);
        assumeTrue(Files.isRegularFile(f), "expected file not found at " + f + "; skipping");
        return f;
    }
}
