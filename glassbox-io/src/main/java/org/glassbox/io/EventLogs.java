package org.glassbox.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.csvlog.CsvLogMapping;
import org.glassbox.io.csvlog.CsvLogReader;
import org.glassbox.io.csvlog.CsvLogWriter;
import org.glassbox.io.log.ReadProgress;
import org.glassbox.io.ocel.OcelReader;
import org.glassbox.io.ocel.OcelWriter;
import org.glassbox.io.parquet.ParquetLogMapping;
import org.glassbox.io.parquet.ParquetLogReader;
import org.glassbox.io.parquet.ParquetLogWriter;
import org.glassbox.io.xes.XesReader;
import org.glassbox.io.xes.XesWriter;

/**
 * The facade for event logs: read any log Glassbox knows — XES ({@code .xes}, {@code .xes.gz}), CSV
 * ({@code .csv}, {@code .csv.gz}), Apache Parquet ({@code .parquet}, or a folder of them) or OCEL 2.0
 * ({@code .jsonocel}, {@code .xmlocel}, {@code .sqlite}) — into
 * the one columnar {@link EventLog}, and write one in any of them. The format is decided by
 * {@link FileFormat}, nowhere else.
 */
public final class EventLogs {
    private EventLogs() {
    }

    /**
     * How to read a log.
     *
     * @param wallClock XES: read times as pm4py does (the local clock time labelled UTC)
     * @param csv       CSV: which columns are case, activity, timestamp and resource, and how to read them;
     *                  Parquet: the same four column names; XES: the activity column is the event attribute
     *                  read as the activity (pm4py's {@code activity_key}, default {@code concept:name})
     * @param progress  called as the read goes on
     */
    public record ReadOptions(boolean wallClock, CsvLogMapping csv, ReadProgress progress) {
        public ReadOptions {
            Objects.requireNonNull(csv, "csv");
            Objects.requireNonNull(progress, "progress");
        }

        /** Exact instants, pm4py's default CSV column names, no progress. */
        public static ReadOptions defaults() {
            return new ReadOptions(false, CsvLogMapping.defaults(), ReadProgress.NONE);
        }

        public ReadOptions withWallClock(boolean on) {
            return new ReadOptions(on, csv, progress);
        }

        public ReadOptions withCsv(CsvLogMapping mapping) {
            return new ReadOptions(wallClock, mapping, progress);
        }

        public ReadOptions withProgress(ReadProgress p) {
            return new ReadOptions(wallClock, csv, p);
        }
    }

    /** Writes {@code log} to {@code out} in the format of its name, replacing it. */
    public static List<String> write(EventLog log, Path out) throws IOException {
        return write(log, out, true);
    }

    /** Reads {@code file} with the default options. */
    public static EventLog read(Path file) throws IOException {
        return read(file, ReadOptions.defaults());
    }

    /**
     * Reads {@code file} in the format of its name.
     *
     * @throws NoSuchFileException       when there is no such file
     * @throws UnknownFormatException    when no log format claims the name
     * @throws IOException               with the position, when the file is not a readable log
     */
    public static EventLog read(Path file, ReadOptions o) throws IOException {
        if (Files.isDirectory(file)) {
            // the one log format that is a folder: a partitioned Parquet dataset
            return ParquetLogReader.read(file, parquet(o.csv()));
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        FileFormat f = FileFormat.ofInput(file);
        if (f == null || !f.holdsLog()) {
            throw new UnknownFormatException(file, file + ": unknown event log format (expected .xes, .xes.gz, .csv, "
                    + ".parquet, .jsonocel, .xmlocel or .sqlite)");
        }
        return switch (f) {
            case XES -> new XesReader(XesReader.Options.defaults().withWallClock(o.wallClock())
                    .withProgress(o.progress()).withActivityKey(o.csv().activityColumn())).readWithReport(file).log();
            case CSV -> new CsvLogReader(o.csv(), o.progress()).readLog(file);
            case PARQUET -> ParquetLogReader.read(file, parquet(o.csv()));
            default -> OcelReader.read(file, f.ocel());
        };
    }

    /**
     * Writes {@code log} to {@code out} in the format of its name.
     *
     * @param replace whether an existing, non-empty {@code out} may be replaced
     * @return what the format could not hold (empty when nothing was lost)
     * @throws UnknownFormatException when no log format claims the name
     * @throws OutputExistsException  when {@code out} exists, is not empty and {@code replace} is false
     */
    public static List<String> write(EventLog log, Path out, boolean replace) throws IOException {
        FileFormat f = FileFormat.ofOutput(out);
        if (f.holdsLog()) {
            Outputs.requireWritable(out, f, replace);
        }
        return switch (f) {
            case XES -> {
                XesWriter.write(log, out);
                yield List.of();
            }
            case CSV -> {
                CsvLogWriter.write(log, out);
                yield List.of();
            }
            case PARQUET -> {
                ParquetLogWriter.write(log, out);
                yield parquetLosses(log);
            }
            case OCEL_JSON, OCEL_XML, OCEL_SQLITE -> OcelWriter.write(log, out, f.ocel());
            default -> throw new UnknownFormatException(out, out + ": " + f.label() + " holds a case, not an event log;"
                    + " write a log as .xes, .xes.gz, .csv, .csv.gz, .parquet, .jsonocel, .xmlocel or .sqlite");
        };
    }

    private static ParquetLogMapping parquet(CsvLogMapping m) {
        return new ParquetLogMapping(m.caseColumn(), m.activityColumn(), m.timestampColumn(), m.resourceColumn());
    }

    /** What a Parquet event log (pm4py's four columns) does not keep of {@code log}. */
    private static List<String> parquetLosses(EventLog log) {
        List<String> lost = new java.util.ArrayList<>();
        if (!log.events().attributes().isEmpty()) {
            lost.add("event attributes " + String.join(", ", log.events().attributes().keySet()) + " (Parquet keeps case, activity, "
                    + "timestamp and resource)");
        }
        if (!log.caseAttributes().isEmpty()) {
            lost.add("case attributes " + String.join(", ", log.caseAttributes().keySet()));
        }
        if (log.events().objects().size() > 0) {
            lost.add(log.events().objects().size() + " objects (Parquet event logs are case-centric)");
        }
        return lost;
    }
}
