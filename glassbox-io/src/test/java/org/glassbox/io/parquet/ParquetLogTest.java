package org.glassbox.io.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;
import org.glassbox.core.process.DirectlyFollowsGraph;
import org.glassbox.core.process.ProcessMining;
import org.glassbox.io.log.EventLogFormatException;
import org.glassbox.io.xes.XesReader;
import org.glassbox.io.log.Iso8601Time;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetLogTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(ParquetLogTest.class.getResource("/process/" + name).toURI());
    }

    /** The mapped columns of every event, in order: case, activity, time, resource (or null). */
    private static List<List<Object>> rows(EventLog log) {
        EventStore s = log.events();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String res = null;
            for (int a = s.actorsFrom(i); a < s.actorsTo(i); a++) {
                if (s.roleAt(a) == Role.INITIATOR) {
                    res = s.actors().value(s.actorAt(a));
                    break;
                }
            }
            List<Object> r = new ArrayList<>();
            r.add(s.caseIds().value(s.caseOf(i)));
            r.add(s.typeName(i));
            r.add(s.time(i));
            r.add(res);
            rows.add(r);
        }
        return rows;
    }

    @Test
    void xesToParquetAndBackKeepsEveryMappedValueAndTheDfg() throws Exception {
        for (String name : List.of("running-example.xes", "roadtraffic100traces.xes")) {
            EventLog xes = new XesReader(XesReader.Options.defaults()).readWithReport(resource(name)).log();
            Path p = dir.resolve(name + ".parquet");
            ParquetLogWriter.write(xes, p);
            EventLog back = ParquetLogReader.read(p);
            assertThat(back.events().size()).as(name).isEqualTo(xes.events().size()).isGreaterThan(0);
            assertThat(rows(back)).as(name).isEqualTo(rows(xes));
            DirectlyFollowsGraph a = ProcessMining.discoverDfg(xes);
            DirectlyFollowsGraph b = ProcessMining.discoverDfg(back);
            assertThat(b.edges()).as(name).isEqualTo(a.edges());
            assertThat(b.startActivities()).isEqualTo(a.startActivities());
        }
    }

    @Test
    void readsAFileShapedAsPandasWritesIt() throws Exception {
        // pandas/pyarrow: case ids as int64 when numeric, times as INT64 TIMESTAMP(MICROS or NANOS, UTC)
        // or legacy INT96, extra columns, nulls, ZSTD or GZIP pages, dictionary pages off and on
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.INT64).named("case:concept:name")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("concept:name")
                .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS))
                .named("time:timestamp")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("org:resource")
                .optional(PrimitiveTypeName.DOUBLE).named("amount")
                .optional(PrimitiveTypeName.INT96).named("legacy_time")
                .named("schema");
        Random rnd = new Random(13);
        List<List<Object>> expected = new ArrayList<>();
        for (CompressionCodecName codec : List.of(CompressionCodecName.ZSTD, CompressionCodecName.GZIP, CompressionCodecName.SNAPPY)) {
            for (boolean dictionary : new boolean[] {true, false}) {
                Path p = dir.resolve("pandas-" + codec + "-" + dictionary + ".parquet");
                expected.clear();
                SimpleGroupFactory f = new SimpleGroupFactory(schema);
                try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(p)).withConf(new PlainParquetConfiguration())
                        .withType(schema).withCodecFactory(LocalCodecs.INSTANCE).withCompressionCodec(codec).withDictionaryEncoding(dictionary)
                        .withRowGroupSize(4096L).withPageSize(512).build()) {
                    long t = 1_600_000_000_000L;
                    for (int i = 0; i < 3000; i++) {
                        long caseId = 1000 + rnd.nextInt(200);
                        String act = "a" + rnd.nextInt(12);
                        t += rnd.nextInt(100_000);
                        Group g = f.newGroup().append("case:concept:name", caseId).append("concept:name", act)
                                .append("time:timestamp", t * 1000 + 999).append("amount", rnd.nextDouble());
                        String res = rnd.nextInt(4) == 0 ? null : "r" + rnd.nextInt(7);
                        if (res != null) {
                            g.append("org:resource", res);
                        }
                        g.append("legacy_time", int96(t));
                        w.write(g);
                        expected.add(List.of(String.valueOf(caseId), act, t, res == null ? "-" : res));
                    }
                }
                EventLog log = ParquetLogReader.read(p);
                List<List<Object>> got = new ArrayList<>();
                for (List<Object> r : rows(log)) {
                    got.add(List.of(r.get(0), r.get(1), r.get(2), r.get(3) == null ? "-" : r.get(3)));
                }
                assertThat(got).as(codec + " dictionary " + dictionary).isEqualTo(expected);
                assertThat(log.events().attributes()).as("mapped columns only").isEmpty();
                // INT96, as older pandas and Spark write times
                EventLog legacy = ParquetLogReader.read(p, new ParquetLogMapping("case:concept:name", "concept:name", "legacy_time",
                        "org:resource"));
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(legacy.events().time(i)).isEqualTo((long) expected.get(i).get(2));
                }
            }
        }
    }

    private static Binary int96(long epochMillis) {
        long day = Math.floorDiv(epochMillis, 86_400_000L);
        long nanos = Math.floorMod(epochMillis, 86_400_000L) * 1_000_000L;
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(nanos).putInt((int) (day + 2_440_588L));
        return Binary.fromConstantByteArray(b.array());
    }

    @Test
    void aPartitionedFolderReadsAsOneLogInPathOrder() throws Exception {
        EventLog xes = new XesReader(XesReader.Options.defaults()).readWithReport(resource("roadtraffic100traces.xes")).log();
        Path whole = dir.resolve("whole.parquet");
        ParquetLogWriter.write(xes, whole);
        // split by case into two partitions, as a dataset writer does (key=value folders)
        List<List<Object>> all = rows(xes);
        EventStore s = xes.events();
        Path a = Files.createDirectories(dir.resolve("ds/part=a"));
        Path b = Files.createDirectories(dir.resolve("ds/part=b"));
        ParquetLogWriter.write(xes, a.resolve("part-0.parquet"));
        ParquetLogWriter.write(xes, b.resolve("part-0.parquet"));
        Files.writeString(dir.resolve("ds/_SUCCESS"), "");
        EventLog ds = ParquetLogReader.read(dir.resolve("ds"));
        assertThat(ds.events().size()).isEqualTo(2 * s.size());
        assertThat(rows(ds).subList(0, all.size())).isEqualTo(all);
        assertThat(rows(ds).subList(all.size(), 2 * all.size())).isEqualTo(all);
        assertThat(ds.warnings()).anyMatch(w -> w.contains("2 Parquet files"));
        assertThat(ParquetLogReader.files(dir.resolve("ds"))).hasSize(2);
    }

    @Test
    void missingColumnsAndNonParquetFilesNameTheFileAndTheColumn() throws Exception {
        EventLog xes = new XesReader(XesReader.Options.defaults()).readWithReport(resource("running-example.xes")).log();
        Path p = dir.resolve("x.parquet");
        ParquetLogWriter.write(xes, p);
        assertThatThrownBy(() -> ParquetLogReader.read(p, new ParquetLogMapping("case", "concept:name", "time:timestamp", "org:resource")))
                .isInstanceOf(EventLogFormatException.class).hasMessageContaining("x.parquet").hasMessageContaining("'case'")
                .hasMessageContaining("case:concept:name");
        Path bad = dir.resolve("bad.parquet");
        Files.writeString(bad, "case,activity\n1,a\n");
        assertThatThrownBy(() -> ParquetLogReader.read(bad)).isInstanceOf(EventLogFormatException.class).hasMessageContaining("bad.parquet");
        assertThatThrownBy(() -> ParquetLogReader.read(Files.createDirectories(dir.resolve("empty"))))
                .isInstanceOf(EventLogFormatException.class).hasMessageContaining("no .parquet file");
        assertThat(Iso8601Time.format(xes.events().time(0))).isNotEmpty();
    }

    @Test
    void aRowWithoutCaseIdIsAnErrorAtItsRow() throws IOException {
        MessageType schema = Types.buildMessage()
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("case:concept:name")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("concept:name")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("time:timestamp")
                .named("schema");
        Path p = dir.resolve("nocase.parquet");
        SimpleGroupFactory f = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(p)).withConf(new PlainParquetConfiguration())
                .withType(schema).withCodecFactory(LocalCodecs.INSTANCE).build()) {
            w.write(f.newGroup().append("case:concept:name", "c1").append("concept:name", "a").append("time:timestamp", "2020-01-01T10:00:00+02:00"));
            w.write(f.newGroup().append("concept:name", "b").append("time:timestamp", "2020-01-01T11:00:00Z"));
        }
        assertThatThrownBy(() -> ParquetLogReader.read(p)).isInstanceOf(EventLogFormatException.class)
                .hasMessageContaining("nocase.parquet").hasMessageContaining("2").hasMessageContaining("without case id");
    }
}
