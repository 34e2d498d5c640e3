package org.glassbox.qca;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/data/qca through the system property {@code glassbox.shared}; tests skip when it is absent. */
public final class SharedData {
    private SharedData() {}

    public static Path qcaDir() {
        String prop = System.getProperty("glassbox.shared", "../shared");
        Path p = Path.of(prop).resolve("data").resolve("qca").toAbsolutePath().normalize();
        return p;
    }

    /** The QCA data folder, or a skipped test when it is missing. */
    public static Path requireQcaDir() {
        Path p = qcaDir();
        assumeTrue(Files.isDirectory(p), "shared data not found at " + p + "; skipping");
        return p;
    }

    public static boolean present() {
        return Files.isDirectory(qcaDir());
    }

    public static DataTable dataset(String name) {
        return CsvDataReader.read(requireQcaDir().resolve("datasets").resolve(name + ".csv"));
    }
}
