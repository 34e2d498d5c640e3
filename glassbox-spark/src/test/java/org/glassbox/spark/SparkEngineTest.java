package org.glassbox.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;
import org.glassbox.core.process.CaseView;
import org.glassbox.core.process.LogProfile;
import org.glassbox.core.process.LogSource;
import org.glassbox.core.process.MissingResource;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.core.process.SequenceOrder;
import org.glassbox.core.process.UnknownAttributeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark engine on {@code local[2]} against the embedded engine on the same events: every record
 * equal (edges, counts, every performance figure to the last bit, variants, networks, stats, groups).
 * The embedded side is built here from the same rows, not read back through the Spark side. One
 * session for the class.
 */
class SparkEngineTest {
    private static SparkEngine engine;

    @TempDir
    static Path dir;

    /** One event: case, activity, epoch ms (null: no time), resource (null: none), the case's region, office. */
    record Ev(String caseId, String activity, Long time, String resource, String region, String office) {
    }

    @BeforeAll
    static void start() {
        engine = SparkEngine.open("local[2]");
        // small logs: compiling whole-stage code and scheduling many partitions cost more than the work
        engine.session().conf().set("spark.sql.codegen.wholeStage", "false");
        engine.session().conf().set("spark.sql.shuffle.partitions", "2");
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static final long H = 3_600_000L;
    private static final long T0 = Instant.parse("2024-03-30T22:00:00Z").toEpochMilli();

    /**
     * Case ids out of time order (c9 before c1 and first in the file), events unsorted within cases, equal
     * timestamps (c1's b and c at the same instant: file order decides), a missing resource, a missing time,
     * two months.
     */
    static final List<Ev> FIXED = List.of(
            new Ev("c9", "a", T0 + 5 * H, "R1", "north", "o1"),
            new Ev("c1", "a", T0, "R1", "south", "o1"),
            new Ev("c9", "c", T0 + 9 * H, "R2", "north", "o2"),
            new Ev("c1", "c", T0 + 2 * H, "R2", "south", "o2"),
            new Ev("c1", "b", T0 + 2 * H, null, "south", "o1"),
            new Ev("c9", "b", T0 + 7 * H, "R2", "north", "o1"),
            new Ev("c5", "b", T0 + 3 * H + 500, "R3", "north", "o2"),
            new Ev("c5", "a", T0 + 3 * H, "R3", "north", "o2"),
            new Ev("c5", "d", null, "R3", "north", "o1"),
            new Ev("c1", "d", T0 + 30 * H, "R1", "south", "o2"));

    /** The embedded engine's log of the events, with region as a case attribute and office as an event attribute. */
    static EventLog embedded(String name, List<Ev> events) {
        EventStore.Builder b = EventStore.builder();
        Map<String, String> region = new LinkedHashMap<>();
        for (Ev e : events) {
            b.add(null, e.activity(), e.time() == null ? EventStore.MISSING_TIME : e.time(), Precision.INSTANT);
            b.caseId(e.caseId());
            if (e.resource() != null) {
                b.actor(e.resource(), Role.INITIATOR);
            }
            b.attribute("office", e.office());
            region.put(e.caseId(), e.region());
        }
        EventStore s = b.build();
        AttributeColumn.Builder r = new AttributeColumn.Builder("region", AttributeColumn.Kind.STRING);
        for (int c = 0; c < s.caseIds().size(); c++) {
            r.setString(c, region.get(s.caseIds().value(c)));
        }
        List<String> warnings = new ArrayList<>();
        long noTime = events.stream().filter(e -> e.time() == null).count();
        long noRes = events.stream().filter(e -> e.resource() == null).count();
        if (noTime > 0) {
            warnings.add(noTime + " events without a valid timestamp");
        }
        if (noRes > 0) {
            warnings.add(noRes + " events without resource");
        }
        return new EventLog(name, s, Map.of("region", r.build(s.caseIds().size())), null, Map.of(), Map.of(), warnings);
    }

    private static final DateTimeFormatter[] STYLES = {DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS"), DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx")};

    /** The events as pm4py writes a CSV, the time in one of several ISO 8601 styles (offsets included). */
    static Path csv(String name, List<Ev> events, int seed) throws IOException {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("case:concept:name,concept:name,time:timestamp,org:resource,case:region,office\n");
        for (Ev e : events) {
            String time = "";
            if (e.time() != null) {
                ZoneOffset z = ZoneOffset.ofHours(r.nextInt(5) - 2);
                int style = r.nextInt(STYLES.length);
                time = STYLES[style].format(Instant.ofEpochMilli(e.time()).atOffset(style == 1 ? ZoneOffset.UTC : z));
            }
            sb.append(e.caseId()).append(",\"").append(e.activity().replace("\"", "\"\"")).append("\",").append(time).append(',')
                    .append(e.resource() == null ? "" : e.resource()).append(',').append(e.region()).append(',')
                    .append(e.office()).append('\n');
        }
        Path p = dir.resolve(name + ".csv");
        Files.writeString(p, sb, StandardCharsets.UTF_8);
        return p;
    }

    /** The events as Parquet (timestamps as TIMESTAMP), split into two files of one folder at {@code split}. */
    static Path parquet(String name, List<Ev> events, int split) {
        StructType schema = new StructType().add("case:concept:name", DataTypes.StringType)
                .add("concept:name", DataTypes.StringType).add("time:timestamp", DataTypes.TimestampType)
                .add("org:resource", DataTypes.StringType).add("case:region", DataTypes.StringType)
                .add("office", DataTypes.StringType);
        Path folder = dir.resolve(name);
        List<List<Ev>> parts = List.of(events.subList(0, split), events.subList(split, events.size()));
        for (int i = 0; i < 2; i++) {
            List<Row> rows = new ArrayList<>();
            for (Ev e : parts.get(i)) {
                rows.add(RowFactory.create(e.caseId(), e.activity(), e.time() == null ? null : new Timestamp(e.time()),
                        e.resource(), e.region(), e.office()));
            }
            Dataset<Row> df = engine.session().createDataFrame(rows, schema).coalesce(1);
            df.write().parquet(folder.resolve("part" + i).toString());
        }
        return folder;
    }

    /** The profile (performance DFG, variants, handover) in one order, and working together. */
    static void assertSame(LogSource src, EventLog log, SequenceOrder order, MissingResource missing) {
        assertThat(engine.profile(src, order, missing)).as("profile, %s, %s", order, missing)
                .isEqualTo(ProcessMining.profile(log, order, missing));
        CaseView v = ProcessMining.caseView(log);
        assertThat(engine.workingTogether(src, missing)).as("working together, %s", missing)
                .isEqualTo(ProcessMining.workingTogether(v, missing));
    }

    @Test
    void csvEqualsTheEmbeddedEngine() throws IOException {
        Path file = csv("fixed", FIXED, 1);
        EventLog log = embedded("fixed.csv", FIXED);
        LogSource src = LogSource.of(file);
        assertSame(src, log, SequenceOrder.TIME, MissingResource.AS_NODE);
        assertSame(src, log, SequenceOrder.FILE, MissingResource.SKIP);
        assertThat(engine.stats(src)).isEqualTo(ProcessMining.stats(log));
        // the ordering is the point: by time, ties by file position, never by case id
        assertThat(engine.dfg(src, false, SequenceOrder.TIME).edges()).extracting(e -> e.source() + ">" + e.target() + " " + e.count())
                .containsExactly("a>b 2", "a>c 1", "b>c 1", "b>d 1", "c>b 1"); // c1: c before b at the same instant (file order)
    }

    @Test
    void parquetFolderEqualsTheEmbeddedEngine() {
        Path folder = parquet("fixed-parquet", FIXED, 4);
        EventLog log = embedded("fixed-parquet", FIXED);
        LogSource src = LogSource.of(folder);
        assertThat(engine.profile(src, SequenceOrder.FILE, MissingResource.AS_NODE))
                .isEqualTo(ProcessMining.profile(log, SequenceOrder.FILE, MissingResource.AS_NODE));
        List<String> warnings = new ArrayList<>(List.of("read 2 Parquet files as one log"));
        warnings.addAll(log.warnings());
        assertThat(engine.stats(src)).isEqualTo(ProcessMining.stats(new EventLog(log.name(), log.events(), log.caseAttributes(),
                null, Map.of(), Map.of(), warnings)));
    }

    @Test
    void groupsEqualTheEmbeddedEngine() throws IOException {
        Path file = csv("groups", FIXED, 2);
        EventLog log = embedded("groups.csv", FIXED);
        for (String attribute : List.of("case:region", "office")) {
            List<LogProfile> spark = engine.groupProfiles(LogSource.of(file), attribute, SequenceOrder.TIME, MissingResource.AS_NODE);
            List<LogProfile> embedded = new ArrayList<>();
            for (EventLog g : ProcessMining.groupBy(log, attribute)) {
                embedded.add(ProcessMining.profile(g, SequenceOrder.TIME, MissingResource.AS_NODE));
            }
            assertThat(spark).as(attribute).isEqualTo(embedded);
            assertThat(ProcessMining.compareProfiles(spark))
                    .isEqualTo(ProcessMining.compareGroups(log, attribute, SequenceOrder.TIME, MissingResource.AS_NODE));
        }
    }

    @Test
    void seededLogEqualsTheEmbeddedEngine() throws IOException {
        Random r = new Random(20261202);
        List<Ev> events = new ArrayList<>();
        int cases = 40;
        for (int k = 0; k < 600; k++) {
            int c = r.nextInt(cases);
            // coarse times (many ties), a long tail of durations, now and then no time or no resource
            Long t = r.nextInt(40) == 0 ? null : T0 + (long) r.nextInt(50) * (r.nextBoolean() ? H : 60_000L) + r.nextInt(3);
            events.add(new Ev("k" + (cases - c), "act " + r.nextInt(7), t, r.nextInt(8) == 0 ? null : "R" + r.nextInt(5),
                    "g" + c % 3, "o" + r.nextInt(2)));
        }
        Path file = csv("seeded", events, 7);
        EventLog log = embedded("seeded.csv", events);
        LogSource src = LogSource.of(file);
        assertThat(engine.profile(src, SequenceOrder.TIME, MissingResource.AS_NODE))
                .isEqualTo(ProcessMining.profile(log, SequenceOrder.TIME, MissingResource.AS_NODE));
        assertThat(engine.stats(src)).isEqualTo(ProcessMining.stats(log));
        List<LogProfile> spark = engine.groupProfiles(src, "region", SequenceOrder.FILE, MissingResource.SKIP);
        assertThat(ProcessMining.compareProfiles(spark))
                .isEqualTo(ProcessMining.compareGroups(log, "region", SequenceOrder.FILE, MissingResource.SKIP));
    }

    /** The plain DFG (one Spark query with the case-id check folded in) in both orders, and its refusal of rows without a case. */
    @Test
    void plainDfgInBothOrdersAndTheCaseIdCheck() throws IOException {
        Random r = new Random(13);
        List<Ev> events = new ArrayList<>(FIXED);
        for (int k = 0; k < 300; k++) {
            Long t = r.nextInt(30) == 0 ? null : T0 + (long) r.nextInt(20) * H; // many ties, some without a time
            events.add(new Ev("s" + r.nextInt(25), "act " + r.nextInt(6), t, "R" + r.nextInt(4), "g", "o"));
        }
        Path file = csv("plain", events, 5);
        CaseView v = ProcessMining.caseView(embedded("plain.csv", events));
        for (SequenceOrder o : SequenceOrder.values()) {
            assertThat(engine.dfg(LogSource.of(file), false, o)).as("%s", o).isEqualTo(ProcessMining.discoverDfg(v, o));
        }
        Path noCase = dir.resolve("nocase.csv");
        Files.writeString(noCase, "case:concept:name,concept:name,time:timestamp,org:resource\n"
                + "1,a,2024-01-01T00:00:00Z,x\n,b,2024-01-01T01:00:00Z,x\n,c,,x\n");
        assertThatThrownBy(() -> engine.dfg(LogSource.of(noCase), false, SequenceOrder.TIME)).isInstanceOf(LogReadException.class)
                .hasMessageContaining("2 rows have no case id in column 'case:concept:name'");
    }

    @Test
    void timestampPatternAsTheCsvReaderReadsIt() throws IOException {
        Path file = dir.resolve("pattern.csv");
        Files.writeString(file, "case:concept:name;concept:name;time:timestamp;org:resource\n"
                + "1;a;01/02/2024 10:00;x\n1;b;01/02/2024 09:00;y\n2;a;31/12/2023 23:59;x\n2;b;garbage;x\n");
        LogSource src = new LogSource(file, "case:concept:name", "concept:name", "time:timestamp", "org:resource",
                "dd/MM/uuuu HH:mm", ';');
        var g = engine.dfg(src, true, SequenceOrder.TIME);
        assertThat(g.edges()).extracting(e -> e.source() + ">" + e.target() + " " + e.performance().mean())
                .containsExactly("b>a 3600.0");
        assertThat(g.events()).isEqualTo(3);
        assertThat(g.startActivities()).isEqualTo(Map.of("a", 1L, "b", 1L));
    }

    @Test
    void unknownAttributeAndMissingColumnsAreBadInput() throws IOException {
        Path file = csv("bad", FIXED, 3);
        assertThatThrownBy(() -> engine.groupProfiles(LogSource.of(file), "regoin", SequenceOrder.TIME, MissingResource.AS_NODE))
                .isInstanceOfSatisfying(UnknownAttributeException.class, e -> assertThat(e.known()).containsExactly("region", "office"));
        assertThatThrownBy(() -> engine.groupProfiles(LogSource.of(file), "org:resource", SequenceOrder.TIME, MissingResource.AS_NODE))
                .isInstanceOf(UnknownAttributeException.class);
        LogSource wrong = new LogSource(file, "case", "concept:name", "when", "who", null, ',');
        assertThatThrownBy(() -> engine.dfg(wrong, false, SequenceOrder.TIME)).isInstanceOf(LogReadException.class)
                .hasMessageContaining("no case column 'case'").hasMessageContaining("no timestamp column 'when'")
                .hasMessageContaining("no resource column 'who'");
        assertThatThrownBy(() -> engine.dfg(LogSource.of(dir.resolve("absent.csv")), false, SequenceOrder.TIME))
                .isInstanceOf(LogReadException.class).hasMessageContaining("no such file");
    }

    @Test
    void isoTimesAsTheEmbeddedReaderReadsThem() {
        assertThat(EventTimes.iso("2024-01-02")).isEqualTo(Instant.parse("2024-01-02T00:00:00Z").toEpochMilli());
        assertThat(EventTimes.iso(" 2024-01-02T03:04:05.6789+0130 ")).isEqualTo(Instant.parse("2024-01-02T01:34:05.678Z").toEpochMilli());
        assertThat(EventTimes.iso("2024-01-02 03:04-05")).isEqualTo(Instant.parse("2024-01-02T08:04:00Z").toEpochMilli());
        assertThat(EventTimes.iso("2024-13-02")).isNull();
        assertThat(EventTimes.iso("yesterday")).isNull();
        assertThat(EventFrames.attributeText("007", true)).isEqualTo("7");
        assertThat(EventFrames.attributeText("TRUE", true)).isEqualTo("true");
        assertThat(EventFrames.attributeText("TRUE", false)).isEqualTo("TRUE");
        assertThat(EventFrames.attributeText("1.50", false)).isEqualTo("1.5");
    }
}
