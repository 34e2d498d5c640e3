package org.glassbox.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glassbox.qca.CsvDataReader;
import org.glassbox.qca.DataTable;

/**
 * Where the shared real data is: {@code ../shared/data} beside the clone, named by the system
 * property {@code glassbox.shared} (the parent pom sets it; the default suits a run from this
 * module's folder). The reference and end-to-end tests skip, saying where they looked, when it is
 * absent. The one copy of what glassbox-io's and glassbox-qca's tests each kept before.
 */
public final class SharedData {
    private SharedData() {
    }

    /** {@code shared/data}, absolute; it may not exist. */
    public static Path dataDir() {
        return Path.of(System.getProperty("glassbox.shared", "../../shared"), "data").toAbsolutePath().normalize();
    }

    /** {@code shared/data/process} (logs, pm4py's expected outputs), or null when absent. */
    public static Path processDir() {
        Path dir = dataDir().resolve("process");
        return Files.isDirectory(dir) ? dir : null;
    }

    /** {@code shared/data/process}, or a skipped test when it is absent. */
    public static Path process() {
        Path dir = dataDir().resolve("process");
        assumeTrue(Files.isDirectory(dir), "shared data not found at " + dir + "; skipping");
        return dir;
    }

    /** A log of {@code shared/data/process/logs}, or a skipped test when it is absent. */
    public static Path log(String name) {
        Path f = process().resolve("logs").resolve(name);
        assumeTrue(Files.isRegularFile(f), "shared log not found at " + f + "; skipping");
        return f;
    }

    /** A pm4py reference output of {@code shared/data/process/expected}, or a skipped test when it is absent. */
    public static Path expected(String name) {
        Path f = process().resolve("expected").resolve(name);
        assumeTrue(Files.isRegularFile(f), "expected file not found at " + f + "; skipping");
        return f;
    }

    /** The 561k-event road-traffic log is read by the tests only with -Dglassbox.heavy=true. */
    public static boolean heavy() {
        return Boolean.getBoolean("glassbox.heavy");
    }

    /** {@code shared/data/qca} (R QCA's datasets and expected outputs); it may not exist. */
    public static Path qcaDir() {
        return dataDir().resolve("qca");
    }

    /** The QCA data folder, or a skipped test when it is missing. */
    public static Path requireQcaDir() {
        Path p = qcaDir();
        assumeTrue(Files.isDirectory(p), "shared data not found at " + p + "; skipping");
        return p;
    }

    /** Whether the QCA data folder is there. */
    public static boolean qcaPresent() {
        return Files.isDirectory(qcaDir());
    }

    /** A dataset of {@code shared/data/qca/datasets} by name (without {@code .csv}), or a skipped test. */
    public static DataTable dataset(String name) {
        return CsvDataReader.read(requireQcaDir().resolve("datasets").resolve(name + ".csv"));
    }
}
