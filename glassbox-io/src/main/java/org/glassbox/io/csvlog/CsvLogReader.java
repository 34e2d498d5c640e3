package org.glassbox.io.csvlog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;
import org.glassbox.io.log.EventLogFormatException;
import org.glassbox.io.log.ReadProgress;
import org.glassbox.io.log.LogConventions;
import org.glassbox.io.log.Iso8601Time;

/**
 * Reads a CSV event log (RFC 4180: quoted fields, doubled quotes, CRLF or LF; UTF-8, optionally
 * gzip-compressed) with a {@link CsvLogMapping}. One row = one event, in file order. Other columns
 * are kept typed: integers as long, decimals as double, {@code true/false} as boolean, ISO dates
 * as time, the rest as text (a column whose values disagree falls back to text). Empty cells are
 * missing values. Rows without case id are refused; rows without activity get
 * {@link LogConventions#MISSING_ACTIVITY}; without (valid) timestamp get {@link EventStore#MISSING_TIME};
 * all counted in the log's warnings.
 *
 * <p>Errors (unterminated quote, wrong number of fields, missing mapped column) raise
 * {@link EventLogFormatException} with line and column. Complexity: one pass, O(bytes).
 *
 * <p>An uncompressed file of 8 MB or more is read on all processors ({@link CsvChunkReader}: byte
 * ranges tokenised and typed in parallel, merged in file order), giving exactly the log and the
 * errors of the one-thread reading; {@code -Dglassbox.csv.threads=1} turns that off.
 */
public final class CsvLogReader {
    /** Files at least this large (uncompressed) are read on several threads. */
    static final long PARALLEL_FROM_BYTES = 8L << 20;
    /** The nominal size of one chunk of a file read on several threads. */
    static final int CHUNK_BYTES = 4 << 20;

    private final CsvLogMapping mapping;
    private final ReadProgress progress;
    private final int threads;
    private final int chunkBytes;
    private final long parallelFrom;

    public CsvLogReader(CsvLogMapping mapping, ReadProgress progress) {
        this(mapping, progress, defaultThreads(), CHUNK_BYTES, PARALLEL_FROM_BYTES);
    }

    /** A reader that splits an uncompressed file of at least {@code parallelFrom} bytes into chunks of
     * {@code chunkBytes} read on {@code threads} threads (1: always one thread). */
    CsvLogReader(CsvLogMapping mapping, ReadProgress progress, int threads, int chunkBytes, long parallelFrom) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.progress = Objects.requireNonNull(progress, "progress");
        if (threads < 1 || chunkBytes < 1) {
            throw new IllegalArgumentException("threads and chunkBytes must be positive: " + threads + ", " + chunkBytes);
        }
        this.threads = threads;
        this.chunkBytes = chunkBytes;
        this.parallelFrom = parallelFrom;
    }

    /** The processors, or the system property {@code glassbox.csv.threads} when set (1 turns chunked reading off). */
    static int defaultThreads() {
        String p = System.getProperty("glassbox.csv.threads");
        if (p != null) {
            try {
                return Math.max(1, Integer.parseInt(p.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("glassbox.csv.threads must be a whole number: " + p, e);
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    public static EventLog read(Path file, CsvLogMapping mapping) throws IOException {
        return new CsvLogReader(mapping, ReadProgress.NONE).readLog(file);
    }

    public EventLog readLog(Path file) throws IOException {
        long total = Files.size(file);
        try (InputStream raw = Files.newInputStream(file)) {
            java.io.BufferedInputStream b = new java.io.BufferedInputStream(raw, 1 << 16);
            b.mark(2);
            int b1 = b.read();
            int b2 = b.read();
            b.reset();
            boolean gzip = b1 == 0x1f && b2 == 0x8b;
            if (!gzip && threads > 1 && total >= parallelFrom && CsvChunkReader.handles(mapping)) {
                EventLog log = new CsvChunkReader(file, mapping, progress, threads, chunkBytes).read();
                if (log != null) {
                    return log;
                }
            }
            InputStream in = gzip ? new GZIPInputStream(b, 1 << 16) : b;
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), file, total);
        }
    }

    /** Reads from a character stream; {@code name} is used in messages and as the log name. */
    public EventLog read(Reader reader, Path name, long totalBytes) throws IOException {
        CsvTokenizer t = new CsvTokenizer(new BufferedReader(reader, 1 << 16), mapping.separator(), name);
        List<String> header = t.next();
        if (header == null) {
            throw new EventLogFormatException(name, 1, 1, "empty CSV file: no header");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        int width = header.size();
        int caseCol = column(header, mapping.caseColumn(), name, "case");
        int actCol = column(header, mapping.activityColumn(), name, "activity");
        int timeCol = column(header, mapping.timestampColumn(), name, "timestamp");
        int resCol = mapping.resourceColumn() == null ? -1 : header.indexOf(mapping.resourceColumn());
        if (mapping.resourceColumn() != null && resCol < 0 && !"org:resource".equals(mapping.resourceColumn())) {
            throw new EventLogFormatException(name, 1, 0, "no resource column '" + mapping.resourceColumn()
                    + "' in the header " + header);
        }
        boolean[] caseLevel = new boolean[width];
        for (int i = 0; i < width; i++) {
            caseLevel[i] = i != caseCol && header.get(i).startsWith("case:");
        }
        TimeParser times = new TimeParser(mapping.timestampFormat());
        Iso8601Time iso = new Iso8601Time();
        EventStore.Builder store = EventStore.builder();
        Map<String, AttributeColumn.Builder> caseColumns = new LinkedHashMap<>();
        int withoutActivity = 0;
        int withoutTime = 0;
        int withoutResource = 0;
        String lastCase = null;
        int lastCode = -1;
        long events = 0;
        List<String> row;
        boolean[] wanted = null;
        if (!mapping.keepAttributes()) {
            wanted = new boolean[width];
            wanted[caseCol] = true;
            wanted[actCol] = true;
            wanted[timeCol] = true;
            if (resCol >= 0) {
                wanted[resCol] = true;
            }
        }
        while ((row = t.next(wanted)) != null) {
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue; // blank line
            }
            if (row.size() != width) {
                throw new EventLogFormatException(name, t.recordLine(), 0, "row has " + row.size()
                        + " fields, the header has " + width);
            }
            String caseId = row.get(caseCol);
            if (caseId.isEmpty()) {
                throw new EventLogFormatException(name, t.recordLine(), 0, "empty case id in column '"
                        + mapping.caseColumn() + "'");
            }
            String act = row.get(actCol);
            if (act.isEmpty()) {
                withoutActivity++;
                act = LogConventions.MISSING_ACTIVITY;
            }
            String ts = row.get(timeCol);
            long time = ts.isEmpty() ? EventStore.MISSING_TIME : times.parse(ts);
            if (time == EventStore.MISSING_TIME) {
                withoutTime++;
            }
            store.add(null, act, time, Precision.INSTANT);
            int code;
            if (caseId.equals(lastCase)) {
                code = lastCode;
                store.caseCode(code);
            } else {
                store.caseId(caseId);
                code = store.caseIds().code(caseId);
                lastCase = caseId;
                lastCode = code;
            }
            String res = resCol < 0 ? "" : row.get(resCol);
            if (res.isEmpty()) {
                withoutResource++;
            } else {
                store.actor(res, Role.INITIATOR);
            }
            for (int i = 0; i < width && mapping.keepAttributes(); i++) {
                if (i == caseCol || i == actCol || i == timeCol || i == resCol) {
                    continue;
                }
                String v = row.get(i);
                if (v.isEmpty()) {
                    continue;
                }
                if (caseLevel[i]) {
                    AttributeColumn.Builder c = caseColumns.computeIfAbsent(header.get(i).substring(5),
                            k -> new AttributeColumn.Builder(k, AttributeColumn.Kind.LONG));
                    typed(c, code, v, iso);
                } else {
                    typedEvent(store, header.get(i), v, iso);
                }
            }
            if ((++events & 0xffff) == 0) {
                progress.update(-1, totalBytes, events);
            }
        }
        progress.update(totalBytes, totalBytes, events);
        return log(name, store, caseColumns, withoutActivity, withoutTime, withoutResource);
    }

    /**
     * The log a reading built: the event store, the case-level columns and the warnings about events read without
     * activity, time or resource — the one copy for the one-thread and the chunked reader ({@link CsvChunkReader}).
     */
    static EventLog log(Path name, EventStore.Builder store, Map<String, AttributeColumn.Builder> caseColumns,
                        int withoutActivity, int withoutTime, int withoutResource) {
        EventStore es = store.build();
        Map<String, AttributeColumn> cases = new LinkedHashMap<>();
        caseColumns.forEach((k, v) -> cases.put(k, v.build(es.caseIds().size())));
        List<String> warnings = new ArrayList<>();
        if (withoutActivity > 0) {
            warnings.add(withoutActivity + " events without activity (set to " + LogConventions.MISSING_ACTIVITY + ")");
        }
        if (withoutTime > 0) {
            warnings.add(withoutTime + " events without a valid timestamp");
        }
        if (withoutResource > 0) {
            warnings.add(withoutResource + " events without resource");
        }
        return new EventLog(String.valueOf(name.getFileName()), es, cases, null, Map.of(), Map.of(), warnings);
    }

    private static int column(List<String> header, String col, Path name, String what) throws EventLogFormatException {
        int i = header.indexOf(col);
        if (i < 0) {
            throw new EventLogFormatException(name, 1, 0, "no " + what + " column '" + col + "' in the header "
                    + header + " (map it with --" + what + ")");
        }
        return i;
    }

    private static void typedEvent(EventStore.Builder store, String key, String v, Iso8601Time iso) {
        char c = v.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            if (v.length() >= 10 && v.charAt(4) == '-') {
                long t = iso.parse(v, false);
                if (t != Iso8601Time.INVALID) {
                    store.timeAttribute(key, t);
                    return;
                }
            }
            try {
                store.attribute(key, Long.parseLong(v));
                return;
            } catch (NumberFormatException ignored) {
                // not an integer
            }
            try {
                store.attribute(key, Double.parseDouble(v));
                return;
            } catch (NumberFormatException ignored) {
                // text
            }
        } else if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
            store.attribute(key, Boolean.parseBoolean(v.toLowerCase()));
            return;
        }
        store.attribute(key, v);
    }

    private static void typed(AttributeColumn.Builder col, int index, String v, Iso8601Time iso) {
        char c = v.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            if (v.length() >= 10 && v.charAt(4) == '-') {
                long t = iso.parse(v, false);
                if (t != Iso8601Time.INVALID) {
                    col.setLong(index, t);
                    return;
                }
            }
            try {
                col.setLong(index, Long.parseLong(v));
                return;
            } catch (NumberFormatException ignored) {
                // not an integer
            }
            try {
                col.setDouble(index, Double.parseDouble(v));
                return;
            } catch (NumberFormatException ignored) {
                // text
            }
        }
        col.setString(index, v);
    }

    /** Timestamps: the fast ISO parser, or a formatter (with a one-entry cache for repeated text). */
    static final class TimeParser {
        private final DateTimeFormatter formatter;
        private final Iso8601Time iso = new Iso8601Time();
        private String last;
        private long lastValue;

        TimeParser(String format) {
            formatter = format == null ? null : DateTimeFormatter.ofPattern(toJavaPattern(format));
        }

        long parse(String s) {
            if (formatter == null) {
                return iso.parse(s, false);
            }
            if (s.equals(last)) {
                return lastValue;
            }
            long v;
            try {
                TemporalAccessor t = formatter.parse(s.trim());
                if (t.isSupported(ChronoField.OFFSET_SECONDS) && t.isSupported(ChronoField.HOUR_OF_DAY)) {
                    v = java.time.OffsetDateTime.from(t).toInstant().toEpochMilli();
                } else if (t.isSupported(ChronoField.HOUR_OF_DAY)) {
                    v = LocalDateTime.from(t).toInstant(ZoneOffset.UTC).toEpochMilli();
                } else {
                    v = LocalDate.from(t).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
                }
            } catch (java.time.DateTimeException e) {
                v = EventStore.MISSING_TIME;
            }
            last = s;
            lastValue = v;
            return v;
        }

        /** strftime (%Y-%m-%d %H:%M:%S.%f%z) to a java.time pattern; Java patterns pass unchanged. */
        static String toJavaPattern(String f) {
            if (f.indexOf('%') < 0) {
                return f;
            }
            StringBuilder sb = new StringBuilder();
            StringBuilder lit = new StringBuilder();
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                if (c == '%' && i + 1 < f.length()) {
                    if (lit.length() > 0) {
                        sb.append('\'').append(lit.toString().replace("'", "''")).append('\'');
                        lit.setLength(0);
                    }
                    char d = f.charAt(++i);
                    sb.append(switch (d) {
                        case 'Y' -> "uuuu";
                        case 'y' -> "uu";
                        case 'm' -> "MM";
                        case 'd' -> "dd";
                        case 'H' -> "HH";
                        case 'I' -> "hh";
                        case 'p' -> "a";
                        case 'M' -> "mm";
                        case 'S' -> "ss";
                        case 'f' -> "SSSSSS";
                        case 'z' -> "xx";
                        case 'b' -> "MMM";
                        case 'B' -> "MMMM";
                        case '%' -> "'%'";
                        default -> throw new IllegalArgumentException("unsupported strftime directive %" + d);
                    });
                } else {
                    lit.append(c);
                }
            }
            if (lit.length() > 0) {
                sb.append('\'').append(lit.toString().replace("'", "''")).append('\'');
            }
            return sb.toString();
        }
    }
}
