package org.glassbox.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.io.Cases;
import org.glassbox.io.EventLogs;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.csvlog.CsvLogMapping;
import org.glassbox.io.csvlog.CsvLogReader;
import org.glassbox.io.log.EventLogFormatException;
import org.glassbox.io.ocel.OcelFormatException;
import org.glassbox.io.xes.XesReader;

/**
 * Fuzz targets for the readers. Each must either read the input into a store whose invariants
 * hold (every code within its dictionary, link ranges within the link arrays, the time order a
 * permutation sorted by time, no more events than the input has lines; for cases unique event ids)
 * or refuse it with its typed exception: {@link EventLogFormatException} for XES and CSV logs,
 * {@link OcelFormatException} for OCEL, {@link CaseFormatException} for cases — naming the file
 * read, with a position inside the input. Any other throwable (NullPointerException,
 * IndexOutOfBounds, OutOfMemoryError, StackOverflowError, an untyped IOException) is a finding.
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
    private static final String ONE_EVENT = "id,date,type,initiator\ne1,2019-03,plan,pg\n";

    @FuzzTest(maxDuration = "30s")
    void caseEventsCsv(byte[] eventsCsv) throws IOException {
        Path dir = Files.createTempDirectory("fuzz-case");
        try {
            Files.writeString(dir.resolve("case.yaml"), CASE_YAML);
            Files.writeString(dir.resolve("actors.csv"), HEADER_ACTORS);
            Files.write(dir.resolve("events.csv"), eventsCsv);
            try {
                Case c = Cases.read(dir);
                checkStore(c.events(), lines(eventsCsv));
                checkCaseIds(c.events());
            } catch (CaseFormatException e) {
                checkProblems(e, Map.of("events.csv", lines(eventsCsv)));
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
            Files.writeString(dir.resolve("events.csv"), ONE_EVENT);
            try {
                Case c = Cases.read(dir);
                checkStore(c.events(), lines(utf8(ONE_EVENT)));
                assertThat(c.events().size()).as("events of the one-event events.csv").isEqualTo(1);
            } catch (CaseFormatException e) {
                checkProblems(e, Map.of("case.yaml", lines(yaml), "events.csv", lines(utf8(ONE_EVENT))));
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
                Case c = Cases.read(file);
                checkStore(c.events(), Long.MAX_VALUE);
                checkCaseIds(c.events());
            } catch (CaseFormatException e) {
                checkProblems(e, Map.of());
            }
        } finally {
            delete(dir);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void xes(byte[] xml) throws IOException {
        readLog(xml, "log.xes", f -> XesReader.read(f), EventLogFormatException.class);
    }

    @FuzzTest(maxDuration = "30s")
    void ocelJson(byte[] json) throws IOException {
        readLog(json, "log.jsonocel", f -> EventLogs.read(f), OcelFormatException.class);
    }

    @FuzzTest(maxDuration = "30s")
    void ocelXml(byte[] xml) throws IOException {
        readLog(xml, "log.xmlocel", f -> EventLogs.read(f), OcelFormatException.class);
    }

    @FuzzTest(maxDuration = "30s")
    void csvLog(byte[] csv) throws IOException {
        readLog(csv, "log.csv", f -> CsvLogReader.read(f, CsvLogMapping.defaults()), EventLogFormatException.class);
    }

    private interface LogRead {
        EventLog read(Path file) throws IOException;
    }

    private static void readLog(byte[] bytes, String name, LogRead reader, Class<? extends IOException> typed)
            throws IOException {
        Path dir = Files.createTempDirectory("fuzz-log");
        try {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            long lines = lines(bytes);
            try {
                EventLog log = reader.read(file);
                checkStore(log.events(), lines);
            } catch (UncheckedIOException e) {
                throw new AssertionError("reader leaked an UncheckedIOException instead of a typed error", e);
            } catch (IOException e) {
                assertThat(e).as("the reader's typed exception").isInstanceOf(typed);
                assertThat(e.getMessage()).as("error message").isNotBlank().contains(name);
                long line = e instanceof EventLogFormatException f ? f.line() : ((OcelFormatException) e).line();
                long column = e instanceof EventLogFormatException f ? f.column() : ((OcelFormatException) e).column();
                Path named = e instanceof EventLogFormatException f ? f.file() : ((OcelFormatException) e).file();
                if (named != null) {
                    assertThat(named.getFileName()).as("file named").isEqualTo(file.getFileName());
                }
                assertThat(line).as("line of " + e.getMessage()).isLessThanOrEqualTo(lines);
                assertThat(column).as("column of " + e.getMessage()).isLessThanOrEqualTo(bytes.length + 1L);
            }
        } finally {
            delete(dir);
        }
    }

    /** Lines of the input: newlines + 1 (a position may point just past the last newline). */
    static long lines(byte[] bytes) {
        long n = 1;
        for (byte b : bytes) {
            if (b == '\n' || b == '\r') {
                n++;
            }
        }
        return n;
    }

    /**
     * The invariants of a store a reader built: type, actor, object, object-type and qualifier codes
     * within their dictionaries; each event's link ranges ordered and within the link arrays;
     * {@code inTimeOrder} a permutation, sorted by time among dated events; at most
     * {@code maxEvents} events (a line of input gives at most one).
     */
    static void checkStore(EventStore s, long maxEvents) {
        int n = s.size();
        assertThat((long) n).as("events").isLessThanOrEqualTo(maxEvents);
        for (int o = 0; o < s.objects().size(); o++) {
            assertThat(s.objectType(o)).as("type of object " + o).isBetween(0, s.objectTypes().size() - 1);
        }
        for (int i = 0; i < n; i++) {
            assertThat(s.type(i)).as("type code of event " + i).isBetween(0, s.types().size() - 1);
            assertThat(s.actorsFrom(i)).as("actor links of event " + i).isBetween(0, s.actorsTo(i));
            assertThat(s.actorsTo(i)).isLessThanOrEqualTo(s.actorLinks());
            for (int k = s.actorsFrom(i); k < s.actorsTo(i); k++) {
                assertThat(s.actorAt(k)).as("actor code of event " + i).isBetween(0, s.actors().size() - 1);
            }
            assertThat(s.objectsFrom(i)).as("object links of event " + i).isBetween(0, s.objectsTo(i));
            for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                assertThat(s.objectAt(k)).as("object code of event " + i).isBetween(0, s.objects().size() - 1);
                assertThat(s.qualifierAt(k)).as("qualifier code of event " + i).isBetween(0, s.qualifiers().size() - 1);
            }
            if (s.hasCases()) {
                assertThat(s.caseOf(i)).as("case code of event " + i).isLessThan(s.caseIds().size());
            }
        }
        boolean[] seen = new boolean[n];
        long last = Long.MIN_VALUE;
        for (int r = 0; r < n; r++) {
            int i = s.inTimeOrder(r);
            assertThat(i).as("event at time rank " + r).isBetween(0, n - 1);
            assertThat(seen[i]).as("event " + i + " twice in the time order").isFalse();
            seen[i] = true;
            long t = s.time(i);
            if (t != EventStore.MISSING_TIME) {
                assertThat(t).as("time at rank " + r).isGreaterThanOrEqualTo(last);
                last = t;
            }
        }
    }

    /** A case's events have ids, all different. */
    static void checkCaseIds(EventStore s) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.id(i)).as("id of event " + i).isNotBlank();
            assertThat(ids.add(s.id(i))).as("event id " + s.id(i) + " once").isTrue();
        }
    }

    /**
     * A refused case: at least one error, every problem with a message and a file, and a line
     * within the file when that file's length is known ({@code lines} by file name).
     */
    static void checkProblems(CaseFormatException e, Map<String, Long> lines) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.problems()).as("an error among the problems").anyMatch(p -> p.severity() == Problem.Severity.ERROR);
        for (Problem p : e.problems()) {
            assertThat(p.message()).isNotBlank();
            assertThat(p.file()).isNotBlank();
            Long max = lines.get(Path.of(p.file()).getFileName().toString());
            if (max != null) {
                assertThat((long) p.line()).as("line of " + p).isLessThanOrEqualTo(max);
            }
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
