package org.glassbox.io.fuzz;

import org.glassbox.io.EventLogs;
import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.csvlog.CsvLogMapping;
import org.glassbox.io.csvlog.CsvLogReader;
import org.glassbox.io.ocel.OcelReader;
import org.glassbox.io.xes.XesReader;

/**
 * Fuzz targets for the readers. Each must either read the input or refuse it with its typed
 * exception (IOException subtypes for logs, {@link CaseFormatException} for cases) — any other
 * throwable (NullPointerException, IndexOutOfBounds, OutOfMemoryError, StackOverflowError) is a
 * finding.
 *
 * <p>In a normal test run JUnit replays the seed inputs under
 * {@code src/test/resources/org/glassbox/io/fuzz/ParserFuzzTestInputs/<method>/} (regression
 * mode). To fuzz for real: {@code JAZZER_FUZZ=1 mvn -pl glassbox-io test -Dtest=ParserFuzzTest#xes}
 * (one method at a time; findings are written next to the seeds).
 */
class ParserFuzzTest {

    private static final String HEADER_ACTORS = "id,name,sector\npg,Provincial government,government\n"
            + "co,Company,private-enterprise\n";
    private static final String CASE_YAML = "id: fuzz\nname: Fuzz case\n";

    @FuzzTest(maxDuration = "30s")
    void caseEventsCsv(byte[] eventsCsv) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-case");
        try {
            Files.writeString(dir.resolve("case.yaml"), CASE_YAML);
            Files.writeString(dir.resolve("actors.csv"), HEADER_ACTORS);
            Files.write(dir.resolve("events.csv"), eventsCsv);
            try {
                Case c = Cases.read(dir);
                assertThat(c.events().size()).isGreaterThanOrEqualTo(0);
            } catch (CaseFormatException e) {
                assertThat(e.problems()).isNotEmpty();
                e.problems().forEach(p -> assertThat(p.message()).isNotBlank());
            }
        } finally {
            delete(dir);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void caseYaml(byte[] yaml) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-yaml");
        try {
            Files.write(dir.resolve("case.yaml"), yaml);
            Files.writeString(dir.resolve("actors.csv"), HEADER_ACTORS);
            Files.writeString(dir.resolve("events.csv"), "id,date,type,initiator\ne1,2019-03,plan,pg\n");
            try {
                Cases.read(dir);
            } catch (CaseFormatException e) {
                assertThat(e.problems()).isNotEmpty();
            }
        } finally {
            delete(dir);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void caseZip(byte[] zip) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-zip");
        try {
            Path file = dir.resolve("case.zip");
            Files.write(file, zip);
            try {
                Cases.read(file);
            } catch (CaseFormatException e) {
                assertThat(e.problems()).isNotEmpty();
            }
        } finally {
            delete(dir);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void xes(byte[] xml) throws IOException {
        readLog(xml, "log.xes", f -> XesReader.read(f));
    }

    @FuzzTest(maxDuration = "30s")
    void ocelJson(byte[] json) throws IOException {
        readLog(json, "log.jsonocel", f -> EventLogs.read(f));
    }

    @FuzzTest(maxDuration = "30s")
    void ocelXml(byte[] xml) throws IOException {
        readLog(xml, "log.xmlocel", f -> EventLogs.read(f));
    }

    @FuzzTest(maxDuration = "30s")
    void csvLog(byte[] csv) throws IOException {
        readLog(csv, "log.csv", f -> CsvLogReader.read(f, CsvLogMapping.defaults()));
    }

    private interface LogRead {
        EventLog read(Path file) throws IOException;
    }

    private static void readLog(byte[] bytes, String name, LogRead reader) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-log");
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            try {
                EventLog log = reader.read(file);
                assertThat(log.events().size()).isGreaterThanOrEqualTo(0);
            } catch (UncheckedIOException e) {
                throw new AssertionError("reader leaked an UncheckedIOException instead of a typed error", e);
            } catch (IOException expected) {
                assertThat(expected.getMessage()).as("error message").isNotBlank();
            }
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
