package org.glassbox.io.csvlog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;
import org.glassbox.io.log.Iso8601Time;
import org.glassbox.io.log.LogConventions;
import org.glassbox.io.log.ReadProgress;

/**
 * Reads an uncompressed UTF-8 CSV event log on several threads, giving exactly the {@link EventLog}
 * that {@link CsvLogReader}'s one-thread reading gives (same ids, order, attributes, column kinds,
 * dictionaries, warnings).
 *
 * <p><b>Chunks.</b> The file after the header is cut at nominal offsets {@code k·S}; chunk k starts
 * at the first line start ({@code '\n'} just before) at or after {@code k·S} and holds the records
 * that start before chunk k+1's start; a chunk's last record may run past its nominal end. A line
 * start is a record start only outside quotes, which a chunk alone cannot know, so chunks are read
 * speculatively and <em>verified in file order</em>: chunk 0 starts right after the header (a true
 * record start), and chunk k+1 is accepted only when it starts exactly where chunk k's last record
 * ended; otherwise (a quoted field with a line break spans the cut) it is read again from that
 * position. By induction every accepted chunk starts at a true record start, so its records are
 * those of the one-thread reading.
 *
 * <p><b>Work per chunk</b> (worker threads): tokenise on the bytes (quote, separator, CR and LF are
 * ASCII, never part of a UTF-8 multi-byte sequence, so fields are cut exactly as the character
 * tokeniser cuts them), intern each wanted field in a chunk-local {@link FieldDictionary} per
 * column (a value is decoded and typed once per chunk), and keep one int code per field. <b>Merge</b>
 * (calling thread, chunks in file order): replay every row's calls on the one {@link EventStore.Builder}
 * in exactly the order of the one-thread reader, so column kinds, dictionary codes and map orders
 * come out the same. At most {@code 2 × threads} chunks are in memory at once.
 *
 * <p><b>Problems.</b> Any problem in an accepted chunk (unterminated quote, a character after a
 * closing quote, a wrong number of fields, an empty case id), and any header the fast path does not
 * handle, make {@link #read()} return null: the caller then reads the file on one thread, which
 * reports the problem with its line and column exactly as before.
 */
final class CsvChunkReader {
    private static final int EVENT_BATCH = 1 << 16;

    private final Path file;
    private final CsvLogMapping mapping;
    private final ReadProgress progress;
    private final int threads;
    private final int chunkSize;
    private final byte sep;

    // the header and the columns' roles, fixed before the workers start
    private List<String> header;
    private int width;
    private int caseCol;
    private int actCol;
    private int timeCol;
    private int resCol;
    private boolean[] caseLevel;
    private boolean[] wanted;
    private boolean[] attribute;
    private long dataStart;
    private long fileSize;

    CsvChunkReader(Path file, CsvLogMapping mapping, ReadProgress progress, int threads, int chunkSize) {
        if (threads < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("threads and chunkSize must be positive: " + threads + ", " + chunkSize);
        }
        this.file = file;
        this.mapping = mapping;
        this.progress = progress;
        this.threads = threads;
        this.chunkSize = chunkSize;
        this.sep = (byte) mapping.separator();
    }

    /** Whether the separator can be found on the bytes (ASCII). */
    static boolean handles(CsvLogMapping mapping) {
        return mapping.separator() < 0x80;
    }

    /** The log, or null when the file must be read on one thread (see the class comment). */
    EventLog read() throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            fileSize = ch.size();
            if (!readHeader(ch)) {
                return null;
            }
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "csv-chunk-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            try {
                return merge(ch, pool);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private boolean readHeader(FileChannel ch) throws IOException {
        Chunk h = new Chunk(0, fileSize, -1);
        h.load(ch);
        List<String> fields = new ArrayList<>();
        if (h.limit() == 0 || !h.headerRecord(fields)) {
            return false;
        }
        if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
            fields.set(0, fields.get(0).substring(1));
        }
        header = fields;
        width = header.size();
        caseCol = header.indexOf(mapping.caseColumn());
        actCol = header.indexOf(mapping.activityColumn());
        timeCol = header.indexOf(mapping.timestampColumn());
        resCol = mapping.resourceColumn() == null ? -1 : header.indexOf(mapping.resourceColumn());
        if (caseCol < 0 || actCol < 0 || timeCol < 0
                || (mapping.resourceColumn() != null && resCol < 0 && !"org:resource".equals(mapping.resourceColumn()))) {
            return false; // the one-thread reader names the missing column
        }
        dataStart = h.end;
        caseLevel = new boolean[width];
        wanted = new boolean[width];
        attribute = new boolean[width];
        for (int i = 0; i < width; i++) {
            caseLevel[i] = i != caseCol && header.get(i).startsWith("case:");
            boolean mapped = i == caseCol || i == actCol || i == timeCol || i == resCol;
            attribute[i] = !mapped && mapping.keepAttributes();
            wanted[i] = mapping.keepAttributes() || mapped;
        }
        return true;
    }

    private EventLog merge(FileChannel ch, ExecutorService pool) throws IOException {
        long span = Math.max(1, fileSize - dataStart);
        int chunks = (int) Math.min(Integer.MAX_VALUE - 1, (span + chunkSize - 1) / chunkSize);
        ArrayDeque<Future<Chunk>> pending = new ArrayDeque<>();
        int next = 0;
        Merge m = new Merge();
        long end = dataStart; // where the last accepted chunk's records end: a true record start
        for (int k = 0; k < chunks; k++) {
            while (next < chunks && pending.size() < 2 * threads) {
                long from = next == 0 ? dataStart : dataStart + (long) next * chunkSize;
                long to = next == chunks - 1 ? fileSize : dataStart + (long) (next + 1) * chunkSize;
                boolean first = next == 0;
                pending.add(pool.submit(() -> {
                    Chunk c = new Chunk(from, fileSize, to);
                    c.load(ch);
                    if (!first) {
                        c.seekLineStart();
                    }
                    c.parse();
                    return c;
                }));
                next++;
            }
            Chunk c = take(pending.poll());
            if (c.start != end) { // the cut fell inside a quoted field: read this chunk from the true start
                c = new Chunk(end, fileSize, c.nominalEnd);
                c.load(ch);
                c.parse();
            }
            if (c.failed) {
                return null;
            }
            m.add(c);
            end = c.end;
            progress.update(end, fileSize, m.events);
        }
        return m.finish();
    }

    private static Chunk take(Future<Chunk> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * One byte range's records: {@code codes[row·width + col]} is the field's code in column col's
     * dictionary, -1 for an empty field (or one not wanted).
     */
    private final class Chunk {
        final long nominalEnd;
        final long fileEnd;
        long start;
        long end;
        byte[] buf;
        long bufStart;
        int n;
        int rows;
        int[] codes = new int[0];
        final FieldDictionary[] dicts;
        boolean failed;
        private byte[] scratch = new byte[256];

        /** The records from {@code start}; the buffer begins a byte earlier, to see whether a line break precedes. */
        Chunk(long start, long fileEnd, long nominalEnd) {
            this.start = start;
            this.bufStart = Math.max(0, start - 1);
            this.fileEnd = fileEnd;
            this.nominalEnd = nominalEnd;
            this.dicts = new FieldDictionary[Math.max(0, width)];
        }

        int limit() {
            return n;
        }

        void load(FileChannel ch) throws IOException {
            long want = nominalEnd < 0 ? Math.min(fileEnd - bufStart, 1 << 16) : nominalEnd - bufStart + 1024;
            int len = (int) Math.min(fileEnd - bufStart, Math.max(0, want));
            buf = new byte[len];
            n = 0;
            fill(ch, len);
            channel = ch;
        }

        private FileChannel channel;

        private void fill(FileChannel ch, int upTo) throws IOException {
            ByteBuffer bb = ByteBuffer.wrap(buf, n, upTo - n);
            while (bb.hasRemaining()) {
                int r = ch.read(bb, bufStart + bb.position());
                if (r < 0) {
                    break;
                }
            }
            n = bb.position();
        }

        /** Whether more bytes were read in after index {@code n} (false at the end of the file). */
        private boolean more() throws IOException {
            long left = fileEnd - (bufStart + n);
            if (left <= 0) {
                return false;
            }
            int add = (int) Math.min(left, Math.max(1 << 16, buf.length / 4));
            byte[] b = new byte[n + add];
            System.arraycopy(buf, 0, b, 0, n);
            buf = b;
            int before = n;
            fill(channel, n + add);
            return n > before;
        }

        /** Moves the start to the first line start at or after it. */
        void seekLineStart() throws IOException {
            int i = (int) (start - bufStart) - 1; // the byte before the start may be the line break
            while (true) {
                if (i >= n && !more()) {
                    start = bufStart + n;
                    return;
                }
                if (buf[i] == '\n') {
                    start = bufStart + i + 1;
                    return;
                }
                i++;
            }
        }

        /** Reads the header record; false on a quoting problem or an empty file. */
        boolean headerRecord(List<String> out) throws IOException {
            int[] at = {0};
            if (!record(at, out, null)) {
                return false;
            }
            end = bufStart + at[0];
            return true;
        }

        /** Reads the records that start before the next chunk's start (see the class comment). */
        void parse() throws IOException {
            for (int i = 0; i < width; i++) {
                dicts[i] = wanted[i] ? new FieldDictionary() : null;
            }
            codes = new int[Math.max(width, (int) Math.min(1 << 24, (nominalEnd - start) / 64 * width + width))];
            int[] at = {(int) (start - bufStart)};
            while (true) {
                int p = at[0];
                long abs = bufStart + p;
                if (p >= n && !more()) {
                    break;
                }
                if (abs >= nominalEnd && p > 0 && buf[p - 1] == '\n') {
                    break; // the next chunk's start
                }
                if (!row(at)) {
                    failed = true;
                    break;
                }
            }
            end = bufStart + at[0];
            typeValues();
            buf = null;
            scratch = null;
        }

        /** One data row at {@code at[0]}; false on a problem the one-thread reader reports. */
        private boolean row(int[] at) throws IOException {
            int base = rows * width;
            if (base + width > codes.length) {
                codes = java.util.Arrays.copyOf(codes, Math.max(base + width, codes.length + (codes.length >> 1)));
            }
            int[] fields = {0};
            boolean[] firstEmpty = {false};
            if (!record(at, null, new RowSink(base, fields, firstEmpty))) {
                return false;
            }
            if (fields[0] == 1 && firstEmpty[0]) {
                return true; // blank line (as the one-thread reader sees it)
            }
            if (fields[0] != width || codes[base + caseCol] < 0) {
                return false;
            }
            rows++;
            return true;
        }

        /** Where the fields of a data row go. */
        private final class RowSink {
            final int base;
            final int[] count;
            final boolean[] firstEmpty;

            RowSink(int base, int[] count, boolean[] firstEmpty) {
                this.base = base;
                this.count = count;
                this.firstEmpty = firstEmpty;
            }

            void field(byte[] b, int off, int len) {
                int i = count[0]++;
                boolean keep = i < width ? wanted[i] : mapping.keepAttributes();
                if (i == 0) {
                    firstEmpty[0] = !keep || len == 0;
                }
                if (i < width) {
                    codes[base + i] = keep && len > 0 ? dicts[i].code(b, off, len) : -1;
                }
            }
        }

        /**
         * One record starting at index {@code at[0]} (at least one byte there), its fields given to
         * {@code out} (decoded) or {@code sink}; {@code at[0]} is left after its line break. False on
         * an unterminated quote or a character after a closing quote.
         */
        private boolean record(int[] at, List<String> out, RowSink sink) throws IOException {
            int p = at[0];
            while (true) {
                if (p >= n && !more()) {
                    field(out, sink, buf, p, 0); // the last field of a file without a final line break
                    at[0] = p;
                    return true;
                }
                byte c = buf[p];
                if (c == '"') {
                    int len = 0;
                    int q = p + 1;
                    while (true) {
                        if (q >= n && !more()) {
                            return false; // unterminated quoted field
                        }
                        byte d = buf[q];
                        if (d == '"') {
                            if (q + 1 >= n && !more()) {
                                q++;
                                break;
                            }
                            if (buf[q + 1] == '"') {
                                len = append(len, (byte) '"');
                                q += 2;
                                continue;
                            }
                            q++;
                            break;
                        }
                        len = append(len, d);
                        q++;
                    }
                    field(out, sink, scratch, 0, len);
                    if (q >= n && !more()) {
                        at[0] = q;
                        return true;
                    }
                    byte t = buf[q];
                    if (t == sep) {
                        p = q + 1;
                        continue;
                    }
                    if (t == '\n') {
                        at[0] = q + 1;
                        return true;
                    }
                    if (t == '\r') {
                        at[0] = afterCr(q);
                        return true;
                    }
                    return false; // a character after a closing quote
                }
                int q = p;
                while (true) {
                    if (q >= n && !more()) {
                        field(out, sink, buf, p, q - p);
                        at[0] = q;
                        return true;
                    }
                    byte d = buf[q];
                    if (d == sep || d == '\n' || d == '\r') {
                        break;
                    }
                    q++;
                }
                field(out, sink, buf, p, q - p);
                byte t = buf[q];
                if (t == sep) {
                    p = q + 1;
                    continue;
                }
                at[0] = t == '\n' ? q + 1 : afterCr(q);
                return true;
            }
        }

        private int afterCr(int q) throws IOException {
            if (q + 1 >= n && !more()) {
                return q + 1;
            }
            return buf[q + 1] == '\n' ? q + 2 : q + 1;
        }

        private int append(int len, byte b) {
            if (len == scratch.length) {
                scratch = java.util.Arrays.copyOf(scratch, len * 2);
            }
            scratch[len] = b;
            return len + 1;
        }

        private void field(List<String> out, RowSink sink, byte[] b, int off, int len) {
            if (out != null) {
                out.add(new String(b, off, len, StandardCharsets.UTF_8));
            } else {
                sink.field(b, off, len);
            }
        }

        /** Types each distinct value once, as the one-thread reader types each field. */
        private void typeValues() {
            CsvLogReader.TimeParser times = new CsvLogReader.TimeParser(mapping.timestampFormat());
            Iso8601Time iso = new Iso8601Time();
            for (int i = 0; i < width; i++) {
                FieldDictionary d = dicts[i];
                if (d == null) {
                    continue;
                }
                for (int c = 0; c < d.size(); c++) {
                    String v = d.value(c);
                    if (i == timeCol) {
                        d.type(c, FieldDictionary.TIME, times.parse(v));
                    } else if (attribute[i]) {
                        classify(d, c, v, iso, !caseLevel[i]);
                    }
                }
            }
        }
    }

    /**
     * The type {@code CsvLogReader.typedEvent} (event attributes: booleans too) or
     * {@code CsvLogReader.typed} (case attributes) gives the non-empty value {@code v}.
     */
    static void classify(FieldDictionary d, int code, String v, Iso8601Time iso, boolean booleans) {
        char c = v.charAt(0);
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            if (v.length() >= 10 && v.charAt(4) == '-') {
                long t = iso.parse(v, false);
                if (t != Iso8601Time.INVALID) {
                    d.type(code, FieldDictionary.TIME, t);
                    return;
                }
            }
            try {
                d.type(code, FieldDictionary.LONG, Long.parseLong(v));
                return;
            } catch (NumberFormatException ignored) {
                // not an integer
            }
            try {
                d.type(code, FieldDictionary.DOUBLE, Double.doubleToRawLongBits(Double.parseDouble(v)));
                return;
            } catch (NumberFormatException ignored) {
                // text
            }
        } else if (booleans && ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v))) {
            d.type(code, FieldDictionary.BOOLEAN, Boolean.parseBoolean(v.toLowerCase()) ? 1 : 0);
            return;
        }
        d.type(code, FieldDictionary.TEXT, 0);
    }

    /** The one builder, fed row by row in file order exactly as the one-thread reader feeds it. */
    private final class Merge {
        final EventStore.Builder store = EventStore.builder();
        final Map<String, AttributeColumn.Builder> caseColumns = new LinkedHashMap<>();
        final String[] caseKeys = new String[width];
        int withoutActivity;
        int withoutTime;
        int withoutResource;
        String lastCase;
        int lastCode = -1;
        long events;

        Merge() {
            for (int i = 0; i < width; i++) {
                caseKeys[i] = caseLevel[i] ? header.get(i).substring(5) : null;
            }
        }

        void add(Chunk ch) {
            int[] codes = ch.codes;
            FieldDictionary[] d = ch.dicts;
            for (int r = 0, base = 0; r < ch.rows; r++, base += width) {
                String caseId = d[caseCol].value(codes[base + caseCol]);
                int a = codes[base + actCol];
                String act;
                if (a < 0) {
                    withoutActivity++;
                    act = LogConventions.MISSING_ACTIVITY;
                } else {
                    act = d[actCol].value(a);
                }
                int tc = codes[base + timeCol];
                long time = tc < 0 ? EventStore.MISSING_TIME : d[timeCol].bits(tc);
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
                int rc = resCol < 0 ? -1 : codes[base + resCol];
                if (rc < 0) {
                    withoutResource++;
                } else {
                    store.actor(d[resCol].value(rc), Role.INITIATOR);
                }
                for (int i = 0; i < width; i++) {
                    int v = codes[base + i];
                    if (v < 0 || !attribute[i]) {
                        continue;
                    }
                    FieldDictionary f = d[i];
                    if (caseLevel[i]) {
                        AttributeColumn.Builder c = caseColumns.computeIfAbsent(caseKeys[i],
                                k -> new AttributeColumn.Builder(k, AttributeColumn.Kind.LONG));
                        switch (f.tag(v)) {
                            case FieldDictionary.TIME, FieldDictionary.LONG -> c.setLong(code, f.bits(v));
                            case FieldDictionary.DOUBLE -> c.setDouble(code, Double.longBitsToDouble(f.bits(v)));
                            default -> c.setString(code, f.value(v));
                        }
                    } else {
                        String key = header.get(i);
                        switch (f.tag(v)) {
                            case FieldDictionary.TIME -> store.timeAttribute(key, f.bits(v));
                            case FieldDictionary.LONG -> store.attribute(key, f.bits(v));
                            case FieldDictionary.DOUBLE -> store.attribute(key, Double.longBitsToDouble(f.bits(v)));
                            case FieldDictionary.BOOLEAN -> store.attribute(key, f.bits(v) == 1);
                            default -> store.attribute(key, f.value(v));
                        }
                    }
                }
                if ((++events & (EVENT_BATCH - 1)) == 0) {
                    progress.update(-1, fileSize, events);
                }
            }
        }

        EventLog finish() {
            progress.update(fileSize, fileSize, events);
            return CsvLogReader.log(file, store, caseColumns, withoutActivity, withoutTime, withoutResource);
        }
    }
}
