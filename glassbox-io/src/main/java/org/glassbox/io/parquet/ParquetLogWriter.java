package org.glassbox.io.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;

/**
 * Writes an event log as one Apache Parquet file with pm4py's column names and types:
 * {@code case:concept:name} (text), {@code concept:name} (text), {@code time:timestamp}
 * (INT64 {@code TIMESTAMP(MILLIS, UTC)}, null when the event has no time), {@code org:resource}
 * (text, null without resource); one row per event in the log's order, dictionary-encoded,
 * Snappy-compressed. pandas ({@code read_parquet}), pm4py, Spark and DuckDB read it as it is.
 * The file appears complete or not at all (written beside it, then moved).
 */
public final class ParquetLogWriter {
    static final MessageType SCHEMA = Types.buildMessage()
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("case:concept:name")
            .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("concept:name")
            .optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MILLIS))
            .named("time:timestamp")
            .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("org:resource")
            .named("event_log");

    private ParquetLogWriter() {
    }

    /** Writes the case-centric columns of {@code log} to {@code out}. */
    public static void write(EventLog log, Path out) throws IOException {
        EventStore s = log.events();
        if (!s.hasCases() && s.size() > 0) {
            throw new IllegalArgumentException("log '" + log.name() + "' has no case notion; Parquet event logs are case-centric");
        }
        Path dir = out.toAbsolutePath().getParent();
        // beside the output (so the move is atomic), with the permissions of any new file
        Path tmp = dir.resolve("." + out.getFileName() + "." + ProcessHandle.current().pid() + "." + System.nanoTime() + ".tmp");
        try {
            SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
            try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp)).withConf(new PlainParquetConfiguration())
                    .withType(SCHEMA).withCodecFactory(LocalCodecs.INSTANCE).withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withDictionaryEncoding(true).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
                for (int i = 0; i < s.size(); i++) {
                    Group g = rows.newGroup().append("case:concept:name", s.caseIds().value(s.caseOf(i))).append("concept:name", s.typeName(i));
                    if (s.time(i) != EventStore.MISSING_TIME) {
                        g.append("time:timestamp", s.time(i));
                    }
                    for (int a = s.actorsFrom(i); a < s.actorsTo(i); a++) {
                        if (s.roleAt(a) == Role.INITIATOR) {
                            g.append("org:resource", s.actors().value(s.actorAt(a)));
                            break;
                        }
                    }
                    w.write(g);
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
