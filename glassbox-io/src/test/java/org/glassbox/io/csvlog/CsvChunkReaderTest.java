package org.glassbox.io.csvlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.io.log.EventLogFormatException;
import org.glassbox.io.log.ReadProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a CSV log in chunks on several threads gives exactly the one-thread log, or the same error. */
class CsvChunkReaderTest {

    @TempDir
    Path dir;

    private static final String[] WORDS = {"a", "b", "Create Fine", "x,y", "say \"hi\"", "multi\nline", "cr\r\nlf",
        "12", "-3", "1.5", "2e3", "true", "FALSE", "2020-01-02T03:04:05Z", "2020-13-45", "é ü ß", "日本", ""};

    /** A seeded random log: quoted fields, embedded separators and line breaks, CRLF, empty fields; sometimes a bad row. */
    private static String randomCsv(Random rnd, boolean bad) {
        StringBuilder sb = new StringBuilder();
        String nl = rnd.nextBoolean() ? "\n" : "\r\n";
        sb.append(rnd.nextInt(4) == 0 ? "\uFEFF" : "").append("case:concept:name,concept:name,time:timestamp,org:resource,amount,note,case:dept,flag")
                .append(nl);
        int rows = rnd.nextInt(60);
        int badAt = bad ? rnd.nextInt(rows + 1) : -1;
        for (int r = 0; r < rows; r++) {
            if (r == badAt) {
                switch (rnd.nextInt(4)) {
                    case 0 -> sb.append("c1,a,2020-01-01").append(nl); // too few fields
                    case 1 -> sb.append(",a,2020-01-01,R,1,n,d,true").append(nl); // empty case id
                    case 2 -> sb.append("c1,\"a\"b,2020-01-01,R,1,n,d,true").append(nl); // after a closing quote
                    default -> sb.append("c1,\"a,2020-01-01,R,1,n,d,true").append(nl); // unterminated
                }
                continue;
            }
            if (rnd.nextInt(15) == 0) {
                sb.append(nl); // blank line
                continue;
            }
            String[] f = {"c" + rnd.nextInt(8), word(rnd), rnd.nextInt(5) == 0 ? "" : "2021-0" + (1 + rnd.nextInt(9)) + "-1"
                    + rnd.nextInt(10) + "T1" + rnd.nextInt(10) + ":00:00" + (rnd.nextBoolean() ? "Z" : "+02:00"),
                word(rnd), word(rnd), word(rnd), word(rnd), word(rnd)};
            for (int i = 0; i < f.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String v = f[i];
                boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                        || rnd.nextInt(6) == 0;
                sb.append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            if (r < rows - 1 || rnd.nextBoolean()) {
                sb.append(nl);
            }
        }
        return sb.toString();
    }

    private static String word(Random rnd) {
        return WORDS[rnd.nextInt(WORDS.length)];
    }

    /** Everything a log holds, in order: dictionaries, codes, times, kinds, values, warnings. */
    static String dump(EventLog log) {
        StringBuilder sb = new StringBuilder(log.name()).append('\n').append(log.warnings()).append('\n');
        EventStore s = log.events();
        sb.append(s.types().values()).append(s.actors().values()).append(s.caseIds().values()).append('\n');
        for (int i = 0; i < s.size(); i++) {
            sb.append(s.id(i)).append(' ').append(s.type(i)).append(' ').append(s.time(i)).append(' ')
                    .append(s.precision(i)).append(' ').append(s.caseOf(i)).append(' ');
            for (int k = s.actorsFrom(i); k < s.actorsTo(i); k++) {
                sb.append(s.actorAt(k)).append(s.roleAt(k));
            }
            sb.append('\n');
        }
        columns(sb, s.attributes(), s.size());
        columns(sb, log.caseAttributes(), s.caseIds().size());
        return sb.toString();
    }

    private static void columns(StringBuilder sb, Map<String, AttributeColumn> cols, int n) {
        for (AttributeColumn c : cols.values()) {
            sb.append(c.name()).append(':').append(c.kind()).append(':').append(c.size());
            if (c.kind() == AttributeColumn.Kind.STRING) {
                sb.append(c.dictionary().values());
            }
            for (int i = 0; i < c.size(); i++) {
                sb.append(c.kind() == AttributeColumn.Kind.STRING ? String.valueOf(c.code(i)) : c.text(i)).append(',');
            }
            sb.append('\n');
        }
    }

    private static String readAs(Path f, CsvLogMapping m, int threads, int chunk) {
        try {
            return dump(new CsvLogReader(m, ReadProgress.NONE, threads, chunk, 0).readLog(f));
        } catch (EventLogFormatException e) {
            return "error " + e.getMessage() + " @" + e.line() + ":" + e.column();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void randomLogsReadIdenticallyOnOneAndSeveralThreads() throws IOException {
        Random rnd = new Random(20261202L);
        int errors = 0;
        int multiChunk = 0;
        for (int trial = 0; trial < 400; trial++) {
            boolean bad = rnd.nextInt(4) == 0;
            String csv = randomCsv(rnd, bad);
            Path f = dir.resolve("t" + trial + ".csv");
            Files.writeString(f, csv, StandardCharsets.UTF_8);
            CsvLogMapping m = switch (rnd.nextInt(3)) {
                case 0 -> CsvLogMapping.defaults();
                case 1 -> CsvLogMapping.defaults().withAttributes(false);
                default -> CsvLogMapping.defaults().withTimestampFormat("%Y-%m-%dT%H:%M:%S%z");
            };
            String one = readAs(f, m, 1, 1);
            int chunk = 1 + rnd.nextInt(80);
            int threads = 1 + rnd.nextInt(4);
            // the chunked reading itself (not its fallback): a log exactly when the file is good
            EventLog chunked = new CsvChunkReader(f, m, ReadProgress.NONE, threads, chunk).read();
            if (one.startsWith("error ")) {
                assertThat(chunked).as("trial %d, chunk %d:%n%s", trial, chunk, csv).isNull();
            } else {
                assertThat(chunked).as("trial %d, chunk %d:%n%s", trial, chunk, csv).isNotNull();
                assertThat(dump(chunked)).as("trial %d, chunk %d:%n%s", trial, chunk, csv).isEqualTo(one);
            }
            String many = readAs(f, m, threads, chunk);
            assertThat(many).as("trial %d, chunk %d:%n%s", trial, chunk, csv).isEqualTo(one);
            errors += one.startsWith("error ") ? 1 : 0;
            multiChunk += Files.size(f) > 2L * chunk ? 1 : 0;
        }
        // the generator must exercise both outcomes and real splitting, or the comparison proves little
        assertThat(errors).isBetween(20, 200);
        assertThat(multiChunk).isGreaterThan(200);
    }

    @Test
    void aQuotedLineBreakAcrossEveryCutIsReadAsOneField() throws IOException {
        String csv = "case:concept:name,concept:name,time:timestamp,note\n"
                + "c1,a,2020-01-01,\"one\nc9,z,2020-01-01,fake\nrow\"\nc1,b,2020-01-02,\"x\r\ny\"\n";
        Path f = dir.resolve("q.csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        for (int chunk = 1; chunk < csv.length() + 2; chunk++) {
            EventLog log = new CsvChunkReader(f, CsvLogMapping.defaults(), ReadProgress.NONE, 2, chunk).read();
            assertThat(log).as("chunk %d", chunk).isNotNull();
            assertThat(log.events().size()).as("chunk %d", chunk).isEqualTo(2);
            assertThat(log.events().caseIds().values()).containsExactly("c1");
            assertThat(log.events().attribute("note").text(0)).isEqualTo("one\nc9,z,2020-01-01,fake\nrow");
            assertThat(log.events().attribute("note").text(1)).isEqualTo("x\r\ny");
        }
    }
}
