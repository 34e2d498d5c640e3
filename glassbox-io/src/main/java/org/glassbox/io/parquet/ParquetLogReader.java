package org.glassbox.io.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.glassbox.core.model.Dictionary;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;
import org.glassbox.io.log.EventLogFormatException;
import org.glassbox.io.log.LogConventions;
import org.glassbox.io.log.Iso8601Time;

/**
 * Reads an event log from an Apache Parquet file, or from a folder of them (a partitioned
 * dataset such as pandas/pyarrow, Spark or DuckDB write: every {@code *.parquet} below the
 * folder, in path order, read as one log; files whose names start with {@code _} or {@code .}
 * are metadata and skipped).
 *
 * <p>Only the mapped columns are read ({@link ParquetLogMapping}; pm4py's names by default):
 * the request is a projection, so the pages of other columns are never decompressed. Rows stream
 * row group by row group straight into the columnar {@link EventStore}: no row objects are
 * held, dictionary-encoded text columns are decoded once per dictionary entry (case ids and
 * resources become the store's codes through a per-row-group code table), and the store keeps
 * about 20 bytes per event (activity code, time, case code, resource link). Times: INT64
 * {@code TIMESTAMP} in milli-, micro- or nanoseconds, legacy INT96 (as pandas and Spark used to
 * write), INT32 {@code DATE}, or ISO 8601 text; a timestamp not adjusted to UTC is read as UTC,
 * as Glassbox reads a time without offset everywhere. Case ids may be text or integers.
 *
 * <p>Semantics equal the CSV reader's: a row without activity gets
 * {@link LogConventions#MISSING_ACTIVITY}, a row without time is kept and counted, a row without
 * resource has none; a row without case id is an error that names the file and the row.
 */
public final class ParquetLogReader {
    private static final long JULIAN_EPOCH_DAY = 2_440_588L;
    private static final long MS_PER_DAY = 86_400_000L;

    private ParquetLogReader() {
    }

    /** Reads {@code path} (a file or a folder of files) with pm4py's column names. */
    public static EventLog read(Path path) throws IOException {
        return read(path, ParquetLogMapping.defaults());
    }

    /** Reads {@code path} (a file or a folder of files) with the given column mapping. */
    public static EventLog read(Path path, ParquetLogMapping mapping) throws IOException {
        List<Path> files = files(path);
        Dictionary actors = new Dictionary();
        EventStore.Builder store = EventStore.builder(actors);
        Counts counts = new Counts();
        for (Path f : files) {
            readFile(f, mapping, store, actors, counts);
        }
        List<String> warnings = new ArrayList<>();
        if (files.size() > 1) {
            warnings.add("read " + files.size() + " Parquet files as one log");
        }
        if (counts.withoutActivity > 0) {
            warnings.add(counts.withoutActivity + " events without activity (set to " + LogConventions.MISSING_ACTIVITY + ")");
        }
        if (counts.withoutTime > 0) {
            warnings.add(counts.withoutTime + " events without a valid timestamp");
        }
        if (counts.withoutResource > 0) {
            warnings.add(counts.withoutResource + " events without resource");
        }
        return new EventLog(String.valueOf(path.getFileName()), store.build(), Map.of(), null, Map.of(), Map.of(), warnings);
    }

    /** The Parquet files of {@code path}: itself, or every {@code *.parquet} below the folder in path order. */
    static List<Path> files(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or folder");
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(path)) {
            files = s.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".parquet") && !n.startsWith("_") && !n.startsWith(".");
            }).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new EventLogFormatException(path, 0, 0, "no .parquet file in the folder");
        }
        return files;
    }

    private static final class Counts {
        long rows;
        int withoutActivity;
        int withoutTime;
        int withoutResource;
    }

    private static void readFile(Path file, ParquetLogMapping m, EventStore.Builder store, Dictionary actors, Counts counts)
            throws IOException {
        InputFile in = new LocalInputFile(file);
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).withCodecFactory(LocalCodecs.INSTANCE)
                .build();
        try (ParquetFileReader reader = ParquetFileReader.open(in, options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            PrimitiveType caseType = column(schema, m.caseColumn(), file, "case id");
            PrimitiveType actType = column(schema, m.activityColumn(), file, "activity");
            PrimitiveType timeType = column(schema, m.timestampColumn(), file, "timestamp");
            PrimitiveType resType = schema.containsField(m.resourceColumn()) ? column(schema, m.resourceColumn(), file, "resource") : null;
            List<Type> fields = new ArrayList<>(List.of(caseType, actType, timeType));
            if (resType != null) {
                fields.add(resType);
            }
            MessageType requested = new MessageType(schema.getName(), fields);
            reader.setRequestedSchema(requested);
            Row row = new Row(file, store, actors, counts, caseType, actType, timeType, resType);
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(requested, schema);
            PageReadStore pages;
            while ((pages = reader.readNextRowGroup()) != null) {
                RecordReader<Void> records = io.getRecordReader(pages, row, FilterCompat.NOOP);
                for (long r = pages.getRowCount(); r > 0; r--) {
                    row.startRow();
                    records.read();
                    row.endRow();
                }
            }
        } catch (EventLogFormatException e) {
            throw e;
        } catch (ParquetDecodingException e) {
            throw new EventLogFormatException(file, counts.rows + 1, 0, "not a readable Parquet event log: " + clean(e), e);
        } catch (IOException | RuntimeException e) {
            throw new EventLogFormatException(file, 0, 0, "not a readable Parquet file: " + clean(e), e);
        }
    }

    /** The library's message without its object names ({@code LocalInputFile@1a2b3c}): the file is named already. */
    private static String clean(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("org\\.apache\\.parquet\\.io\\.LocalInputFile@[0-9a-f]+ ", "");
    }

    private static PrimitiveType column(MessageType schema, String name, Path file, String what) throws EventLogFormatException {
        if (!schema.containsField(name)) {
            List<String> names = schema.getFields().stream().map(Type::getName).toList();
            throw new EventLogFormatException(file, 0, 0, "no " + what + " column '" + name + "' (columns: " + String.join(", ", names) + ")");
        }
        Type t = schema.getType(name);
        if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
            throw new EventLogFormatException(file, 0, 0, what + " column '" + name + "' is not a single value (" + t + ")");
        }
        return t.asPrimitiveType();
    }

    /** Converts one row at a time into the store; the converters keep the row's four values only. */
    private static final class Row extends RecordMaterializer<Void> {
        private final Path file;
        private final EventStore.Builder store;
        private final Dictionary actors;
        private final Counts counts;
        private final GroupConverter root;
        int caseCode;
        String activity;
        long time;
        boolean timeSeen;
        int resource;

        Row(Path file, EventStore.Builder store, Dictionary actors, Counts counts, PrimitiveType caseType, PrimitiveType actType,
                PrimitiveType timeType, PrimitiveType resType) throws EventLogFormatException {
            this.file = file;
            this.store = store;
            this.actors = actors;
            this.counts = counts;
            Converter[] c = new Converter[resType == null ? 3 : 4];
            c[0] = new CodeColumn(caseType, file, store.caseIds(), v -> caseCode = v);
            c[1] = new TextColumn(actType, file, v -> activity = v);
            c[2] = timeColumn(timeType);
            if (resType != null) {
                c[3] = new CodeColumn(resType, file, actors, v -> resource = v);
            }
            root = new GroupConverter() {
                @Override
                public Converter getConverter(int fieldIndex) {
                    return c[fieldIndex];
                }

                @Override
                public void start() {
                }

                @Override
                public void end() {
                }
            };
        }

        void startRow() {
            caseCode = -1;
            activity = null;
            time = EventStore.MISSING_TIME;
            timeSeen = false;
            resource = -1;
        }

        void endRow() throws EventLogFormatException {
            counts.rows++;
            if (caseCode < 0) {
                throw new EventLogFormatException(file, counts.rows, 0, "row without case id");
            }
            String act = activity;
            if (act == null || act.isEmpty()) {
                counts.withoutActivity++;
                act = LogConventions.MISSING_ACTIVITY;
            }
            if (time == EventStore.MISSING_TIME) {
                counts.withoutTime++;
            }
            store.add(null, act, time, Precision.INSTANT);
            store.caseCode(caseCode);
            if (resource >= 0) {
                store.actor(resource, Role.INITIATOR);
            } else {
                counts.withoutResource++;
            }
        }

        @Override
        public Void getCurrentRecord() {
            return null;
        }

        @Override
        public GroupConverter getRootConverter() {
            return root;
        }

        private PrimitiveConverter timeColumn(PrimitiveType t) throws EventLogFormatException {
            LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
            switch (t.getPrimitiveTypeName()) {
                case INT64:
                    long perMs;
                    if (a instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
                        perMs = switch (ts.getUnit()) {
                            case MILLIS -> 1;
                            case MICROS -> 1_000;
                            case NANOS -> 1_000_000;
                        };
                    } else if (a == null) {
                        perMs = 1; // plain INT64: epoch milliseconds, as Glassbox writes without annotation
                    } else {
                        throw new EventLogFormatException(file, 0, 0, "timestamp column '" + t.getName() + "' is " + t);
                    }
                    return new PrimitiveConverter() {
                        @Override
                        public void addLong(long v) {
                            time = Math.floorDiv(v, perMs);
                        }
                    };
                case INT32:
                    if (!(a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation)) {
                        throw new EventLogFormatException(file, 0, 0, "timestamp column '" + t.getName() + "' is " + t);
                    }
                    return new PrimitiveConverter() {
                        @Override
                        public void addInt(int v) {
                            time = v * MS_PER_DAY;
                        }
                    };
                case INT96:
                    return new PrimitiveConverter() {
                        @Override
                        public void addBinary(Binary v) {
                            ByteBuffer b = v.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
                            long nanos = b.getLong(b.position());
                            long day = Integer.toUnsignedLong(b.getInt(b.position() + 8));
                            time = (day - JULIAN_EPOCH_DAY) * MS_PER_DAY + Math.floorDiv(nanos, 1_000_000L);
                        }
                    };
                case BINARY:
                    Iso8601Time iso = new Iso8601Time();
                    return new TextColumn(t, file, s -> {
                        long ms = s.isEmpty() ? Iso8601Time.INVALID : iso.parse(s, false);
                        time = ms == Iso8601Time.INVALID ? EventStore.MISSING_TIME : ms;
                    });
                default:
                    throw new EventLogFormatException(file, 0, 0, "timestamp column '" + t.getName() + "' is " + t);
            }
        }
    }

    /** A text column; a dictionary-encoded page decodes each dictionary entry once. */
    private static final class TextColumn extends PrimitiveConverter {
        private final java.util.function.Consumer<String> sink;
        private String[] dictionary;

        TextColumn(PrimitiveType t, Path file, java.util.function.Consumer<String> sink) throws EventLogFormatException {
            if (t.getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
                throw new EventLogFormatException(file, 0, 0, "column '" + t.getName() + "' is " + t + ", not text");
            }
            this.sink = sink;
        }

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(org.apache.parquet.column.Dictionary d) {
            dictionary = new String[d.getMaxId() + 1];
            for (int i = 0; i < dictionary.length; i++) {
                dictionary[i] = d.decodeToBinary(i).toStringUsingUTF8();
            }
        }

        @Override
        public void addValueFromDictionary(int id) {
            sink.accept(dictionary[id]);
        }

        @Override
        public void addBinary(Binary v) {
            sink.accept(v.toStringUsingUTF8());
        }
    }

    /**
     * A column whose values become codes of one of the store's dictionaries (case ids,
     * resources): text or integers; a dictionary page maps to a table of codes once.
     */
    private static final class CodeColumn extends PrimitiveConverter {
        private final Dictionary codes;
        private final java.util.function.IntConsumer sink;
        private final boolean text;
        private int[] table;
        private String lastValue;
        private int lastCode;

        CodeColumn(PrimitiveType t, Path file, Dictionary codes, java.util.function.IntConsumer sink) throws EventLogFormatException {
            this.codes = codes;
            this.sink = sink;
            switch (t.getPrimitiveTypeName()) {
                case BINARY -> text = true;
                case INT32, INT64 -> text = false;
                default -> throw new EventLogFormatException(file, 0, 0, "column '" + t.getName() + "' is " + t
                        + ", not text or an integer");
            }
        }

        private void value(String v) {
            if (v.isEmpty()) {
                return; // an empty text is a missing value
            }
            if (!v.equals(lastValue)) {
                lastValue = v;
                lastCode = codes.intern(v);
            }
            sink.accept(lastCode);
        }

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(org.apache.parquet.column.Dictionary d) {
            table = new int[d.getMaxId() + 1];
            for (int i = 0; i < table.length; i++) {
                String v = text ? d.decodeToBinary(i).toStringUsingUTF8()
                        : d instanceof org.apache.parquet.column.values.dictionary.PlainValuesDictionary.PlainIntegerDictionary
                        ? String.valueOf(d.decodeToInt(i)) : String.valueOf(d.decodeToLong(i));
                table[i] = v.isEmpty() ? -1 : codes.intern(v);
            }
        }

        @Override
        public void addValueFromDictionary(int id) {
            int c = table[id];
            if (c >= 0) {
                sink.accept(c);
            }
        }

        @Override
        public void addBinary(Binary v) {
            value(v.toStringUsingUTF8());
        }

        @Override
        public void addInt(int v) {
            value(String.valueOf(v));
        }

        @Override
        public void addLong(long v) {
            value(String.valueOf(v));
        }
    }
}
