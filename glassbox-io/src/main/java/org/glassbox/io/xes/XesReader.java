package org.glassbox.io.xes;

import org.glassbox.io.guard.CountingInputStream;
import org.glassbox.io.log.EventLogFormatException;
import org.glassbox.io.log.ReadProgress;
import org.glassbox.io.log.Iso8601Time;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Precision;
import org.glassbox.core.model.Role;

/**
 * Streaming reader of XES event logs (IEEE 1849-2016), plain or gzip-compressed (detected by
 * content, not by name), into the columnar {@link EventLog}.
 *
 * <p>Mapping: each {@code <trace>}'s {@code concept:name} is the case id; the event's
 * {@code concept:name} its activity ({@link EventStore#type}), {@code time:timestamp} its time,
 * {@code org:resource} its resource (an {@link Role#INITIATOR} actor link); every other event
 * attribute is kept in a typed column (string, date → time, int → long, float → double,
 * boolean, id → string, list → text of its values), {@code lifecycle:transition} included — no
 * lifecycle filtering, as in pm4py. Trace attributes become {@link EventLog#caseAttributes()},
 * log attributes {@link EventLog#logAttributes()}. Nested (meta) attributes are skipped;
 * {@code <global>}, {@code <extension>}, {@code <classifier>} are skipped.
 *
 * <p>Quirks handled as pm4py does and counted in the {@link XesReadReport}: a trace without
 * events vanishes; traces repeating a case id merge into one case; an event without activity
 * gets {@link #MISSING_ACTIVITY}; an event without (or with an unparseable) timestamp gets
 * {@link EventStore#MISSING_TIME}; an event without resource gets no actor link.
 *
 * <p>Time zones: ISO 8601 offsets give exact UTC instants; a timestamp without offset is UTC.
 * {@link Options#wallClock()} instead reproduces pm4py (local clock time relabelled UTC).
 *
 * <p>Security: DTDs and external entities are refused; the uncompressed input and the event
 * count are bounded by {@link Options}. Complexity: one pass, O(events + attributes) time,
 * memory of the columnar store only.
 */
public final class XesReader {

    /** Activity given to events without {@code concept:name} (pm4py's fill value). */
    public static final String MISSING_ACTIVITY = org.glassbox.io.log.LogConventions.MISSING_ACTIVITY;
    static final String ABSENT = "<absent>";

    /**
     * Reading options.
     *
     * @param wallClock  ignore UTC offsets (pm4py's reading) instead of converting to instants
     * @param maxEvents  refuse files with more events
     * @param maxBytes   refuse files whose uncompressed XML is larger
     * @param progress   called during the read
     * @param activityKey the event attribute that is the activity (pm4py's {@code activity_key}); default
     *                    {@code concept:name}, which is then kept as an ordinary attribute
     */
    public record Options(boolean wallClock, long maxEvents, long maxBytes, ReadProgress progress, String activityKey) {
        public Options {
            if (maxEvents <= 0 || maxBytes <= 0) {
                throw new IllegalArgumentException("limits must be positive");
            }
            Objects.requireNonNull(progress, "progress");
            Objects.requireNonNull(activityKey, "activityKey");
            if (activityKey.isBlank() || activityKey.equals("time:timestamp") || activityKey.equals("org:resource")) {
                throw new IllegalArgumentException("activityKey must name an event attribute other than the time "
                        + "and the resource, not '" + activityKey + "'");
            }
        }

        /** Exact instants, at most 200 million events and 32 GiB of XML, no progress, activity concept:name. */
        public static Options defaults() {
            return new Options(false, 200_000_000L, 32L << 30, ReadProgress.NONE, "concept:name");
        }

        public Options withWallClock(boolean w) {
            return new Options(w, maxEvents, maxBytes, progress, activityKey);
        }

        public Options withProgress(ReadProgress p) {
            return new Options(wallClock, maxEvents, maxBytes, p, activityKey);
        }

        public Options withLimits(long events, long bytes) {
            return new Options(wallClock, events, bytes, progress, activityKey);
        }

        /** With the activity read from event attribute {@code key}. */
        public Options withActivityKey(String key) {
            return new Options(wallClock, maxEvents, maxBytes, progress, key);
        }
    }

    private final Options options;
    private final boolean stax;

    public XesReader(Options options) {
        this(options, false);
    }

    /** With {@code stax}, always parse with the JDK's StAX parser instead of {@link XesScanner}. */
    XesReader(Options options, boolean stax) {
        this.options = Objects.requireNonNull(options, "options");
        this.stax = stax;
    }

    /** Reads {@code file} with default options. */
    public static EventLog read(Path file) throws IOException {
        return new XesReader(Options.defaults()).readWithReport(file).log();
    }

    /** Reads {@code file} and reports what it lacked. */
    public XesReadReport readWithReport(Path file) throws IOException {
        long total = Files.size(file);
        try (InputStream raw = Files.newInputStream(file)) {
            return read(raw, file, total);
        }
    }

    /** Reads a stream (plain or gzip); {@code name} is used in messages and as the log name. */
    public XesReadReport read(InputStream in, Path name, long totalBytes) throws IOException {
        CountingInputStream rawCount = new CountingInputStream(in, CountingInputStream.NONE);
        BufferedInputStream buffered = new BufferedInputStream(rawCount, 1 << 16);
        buffered.mark(2);
        int b1 = buffered.read();
        int b2 = buffered.read();
        buffered.reset();
        InputStream xml = (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        CountingInputStream guarded = new CountingInputStream(xml, CountingInputStream.atMost(options.maxBytes()));
        BufferedInputStream doc = new BufferedInputStream(guarded, 1 << 16);
        XmlSource r = null;
        try {
            if (!stax && scannable(doc)) {
                r = new XesScanner(doc, name);
            } else {
                XMLInputFactory f = XMLInputFactory.newDefaultFactory();
                f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
                f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
                f.setProperty(XMLInputFactory.IS_COALESCING, false);
                f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
                r = XmlSource.of(f.createXMLStreamReader(doc));
            }
            return new Parse(r, name, rawCount, totalBytes).run();
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause()
                    : t instanceof XMLStreamException x ? x.getNestedException() : null) {
                if (t instanceof CountingInputStream.InputTooLargeException big) {
                    throw new EventLogFormatException(name, 0, 0, "refused: uncompressed XML larger than "
                            + big.limit() + " bytes (raise the limit to read it)", e);
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            Location loc = e.getLocation();
            String msg = e.getMessage();
            if (msg != null && msg.startsWith("ParseError at")) {
                int i = msg.indexOf("Message: ");
                msg = i >= 0 ? msg.substring(i + 9) : msg;
            }
            throw new EventLogFormatException(name, loc == null ? 0 : loc.getLineNumber(),
                    loc == null ? 0 : loc.getColumnNumber(), "malformed XES: " + msg, e);
        } catch (CountingInputStream.InputTooLargeException e) {
            throw new EventLogFormatException(name, 0, 0, "refused: uncompressed XML larger than "
                    + e.limit() + " bytes (raise the limit to read it)", e);
        } catch (java.util.MissingResourceException | IllegalStateException | IllegalArgumentException
                 | IndexOutOfBoundsException e) {
            // The JDK's StAX parser lets some malformed prologs escape as runtime exceptions (found by
            // fuzzing: a broken DTD gives MissingResourceException "InvalidCharInDTD").
            throw new EventLogFormatException(name, r == null ? 0 : r.line(), r == null ? 0 : r.column(),
                    "malformed XES: " + e, e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing after an error
                }
            }
        }
    }

    /**
     * Whether the fast scanner can read the document: UTF-8 (BOM skipped) or ASCII by its XML
     * declaration. Other encodings (UTF-16, ISO-8859-1 …) go to StAX.
     */
    private static boolean scannable(BufferedInputStream in) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            in.skipNBytes(3);
            return true;
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        String h = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!h.startsWith("<?xml")) {
            return true;
        }
        int end = h.indexOf("?>");
        String decl = end < 0 ? h : h.substring(0, end);
        int e = decl.indexOf("encoding");
        if (e < 0) {
            return true;
        }
        String rest = decl.substring(e + 8).replaceAll("^\\s*=\\s*['\"]", "");
        String enc = rest.replaceAll("['\"].*$", "").trim().toLowerCase(java.util.Locale.ROOT);
        return enc.equals("utf-8") || enc.equals("utf8") || enc.equals("us-ascii") || enc.equals("ascii");
    }

    private static final byte K_STRING = 0;
    private static final byte K_LONG = 1;
    private static final byte K_DOUBLE = 2;
    private static final byte K_BOOLEAN = 3;
    private static final byte K_TIME = 4;

    /** Buffered typed attributes of one event or trace (attributes come in any order). */
    private static final class AttrBuffer {
        int n;
        String[] key = new String[16];
        byte[] kind = new byte[16];
        String[] text = new String[16];
        long[] num = new long[16];
        double[] dbl = new double[16];

        int add(String k, byte kd) {
            if (n == key.length) {
                int c = n * 2;
                key = Arrays.copyOf(key, c);
                kind = Arrays.copyOf(kind, c);
                text = Arrays.copyOf(text, c);
                num = Arrays.copyOf(num, c);
                dbl = Arrays.copyOf(dbl, c);
            }
            key[n] = k;
            kind[n] = kd;
            return n++;
        }

        void clear() {
            Arrays.fill(key, 0, n, null);
            Arrays.fill(text, 0, n, null);
            n = 0;
        }
    }

    /** One parse of one file. */
    private final class Parse {
        private final XmlSource r;
        private final Path name;
        private final CountingInputStream rawCount;
        private final long totalBytes;
        private final Iso8601Time timestamps = new Iso8601Time();
        private final EventStore.Builder store = EventStore.builder();
        private final Map<String, AttributeColumn.Builder> caseColumns = new LinkedHashMap<>();
        private final Map<String, String> logAttributes = new LinkedHashMap<>();
        private final Map<String, String> keys = new HashMap<>();
        private final Map<String, int[]> lifecycle = new TreeMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final AttrBuffer eventAttrs = new AttrBuffer();
        private final AttrBuffer traceAttrs = new AttrBuffer();

        private int traces;
        private int tracesWithoutEvents;
        private int duplicateCaseIds;
        private int withoutActivity;
        private int withoutTimestamp;
        private int unparseable;
        private int withoutResource;
        private int eventsOutsideTraces;
        private int badValues;
        private long events;

        // current trace
        private boolean inTrace;
        private String traceId;
        private int caseCode = -1;
        private int traceEvents;
        // current event
        private boolean inEvent;
        private String activity;
        /** Whether any event had the activity key; until then, the event attribute keys seen (for the message). */
        private boolean activityKeySeen;
        private final java.util.Set<String> eventKeys = new java.util.TreeSet<>();
        private long time;
        private boolean timeSeen;
        private String resource;
        private String transition;

        Parse(XmlSource r, Path name, CountingInputStream rawCount, long totalBytes) {
            this.r = r;
            this.name = name;
            this.rawCount = rawCount;
            this.totalBytes = totalBytes;
        }

        XesReadReport run() throws XMLStreamException, IOException {
            boolean sawLog = false;
            int ev;
            while ((ev = r.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (ev == XMLStreamConstants.DTD) {
                    throw error("DTD declarations are not allowed in XES input");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String el = r.localName();
                    switch (el) {
                        case "log" -> {
                            if (sawLog) {
                                throw error("nested or second <log> element");
                            }
                            sawLog = true;
                        }
                        case "trace" -> startTrace();
                        case "event" -> startEvent();
                        case "global", "extension", "classifier" -> skipElement();
                        default -> {
                            if (!sawLog) {
                                throw error("not an XES file: root element <" + el + "> instead of <log>");
                            }
                            attribute(el);
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String el = r.localName();
                    if ("event".equals(el)) {
                        endEvent();
                    } else if ("trace".equals(el)) {
                        endTrace();
                    }
                }
            }
            if (!sawLog) {
                throw new EventLogFormatException(name, 1, 1, "not an XES file: no <log> element");
            }
            options.progress().update(rawCount.count(), totalBytes, events);
            return finish();
        }

        private EventLogFormatException error(String problem) {
            return new EventLogFormatException(name, r.line(), r.column(), problem);
        }

        private String key(String k) {
            String c = keys.putIfAbsent(k, k);
            return c == null ? k : c;
        }

        private void startTrace() throws EventLogFormatException {
            if (inTrace) {
                throw error("<trace> inside <trace>");
            }
            inTrace = true;
            traces++;
            traceId = null;
            caseCode = -1;
            traceEvents = 0;
            traceAttrs.clear();
        }

        private void endTrace() {
            if (traceEvents == 0) {
                tracesWithoutEvents++;
            }
            inTrace = false;
            traceAttrs.clear();
        }

        private void startEvent() throws EventLogFormatException {
            if (inEvent) {
                throw error("<event> inside <event>");
            }
            inEvent = true;
            activity = null;
            time = EventStore.MISSING_TIME;
            timeSeen = false;
            resource = null;
            transition = null;
            eventAttrs.clear();
        }

        private void attribute(String type) throws XMLStreamException, IOException {
            String k = null;
            String v = null;
            for (int i = 0, n = r.attributeCount(); i < n; i++) {
                String an = r.attributeName(i);
                if ("key".equals(an)) {
                    k = r.attributeValue(i);
                } else if ("value".equals(an)) {
                    v = r.attributeValue(i);
                }
            }
            byte kind;
            switch (type) {
                case "string", "id" -> kind = K_STRING;
                case "date" -> kind = K_TIME;
                case "int" -> kind = K_LONG;
                case "float" -> kind = K_DOUBLE;
                case "boolean" -> kind = K_BOOLEAN;
                case "list", "container" -> kind = -1;
                default -> {
                    // unknown element: skip it (XES extensions may add elements)
                    skipElement();
                    return;
                }
            }
            if (k == null) {
                throw error("<" + type + "> attribute without a key");
            }
            if (kind == -1) {
                String joined = "list".equals(type) ? listValues() : null;
                if (joined == null) {
                    if (!"list".equals(type)) {
                        skipChildren();
                    }
                    return;
                }
                v = joined;
                kind = K_STRING;
            } else {
                if (v == null) {
                    throw error("<" + type + " key=\"" + k + "\"> without a value");
                }
                skipChildren();
            }
            if (inEvent) {
                eventAttribute(k, kind, v);
            } else if (inTrace) {
                traceAttribute(k, kind, v);
            } else {
                logAttributes.put(key(k), v);
            }
        }

        private void eventAttribute(String k, byte kind, String v) {
            if (k.equals(options.activityKey())) {
                activity = v;
                activityKeySeen = true;
                return;
            }
            if (!activityKeySeen && eventKeys.size() < 200) {
                eventKeys.add(key(k));
            }
            switch (k) {
                case "concept:name" -> {
                    // not the activity key of this read: an ordinary attribute
                }
                case "time:timestamp" -> {
                    timeSeen = true;
                    time = timestamps.parse(v, options.wallClock());
                    if (time == Iso8601Time.INVALID) {
                        unparseable++;
                    }
                    return;
                }
                case "org:resource" -> {
                    resource = v;
                    return;
                }
                case "lifecycle:transition" -> transition = v;
                default -> {
                }
            }
            buffer(eventAttrs, key(k), kind, v);
        }

        private void traceAttribute(String k, byte kind, String v) {
            if ("concept:name".equals(k) && traceId == null) {
                traceId = v;
                return;
            }
            buffer(traceAttrs, key(k), kind, v);
        }

        private void buffer(AttrBuffer b, String k, byte kind, String v) {
            switch (kind) {
                case K_LONG -> {
                    try {
                        b.num[b.add(k, K_LONG)] = Long.parseLong(v.trim());
                        return;
                    } catch (NumberFormatException e) {
                        b.n--;
                        badValues++;
                    }
                }
                case K_DOUBLE -> {
                    try {
                        b.dbl[b.add(k, K_DOUBLE)] = Double.parseDouble(v.trim());
                        return;
                    } catch (NumberFormatException e) {
                        b.n--;
                        badValues++;
                    }
                }
                case K_BOOLEAN -> {
                    String t = v.trim();
                    if ("true".equalsIgnoreCase(t) || "false".equalsIgnoreCase(t)) {
                        b.num[b.add(k, K_BOOLEAN)] = "true".equalsIgnoreCase(t) ? 1 : 0;
                        return;
                    }
                    badValues++;
                }
                case K_TIME -> {
                    long t = timestamps.parse(v, options.wallClock());
                    if (t != Iso8601Time.INVALID) {
                        b.num[b.add(k, K_TIME)] = t;
                        return;
                    }
                    badValues++;
                }
                default -> {
                }
            }
            b.text[b.add(k, K_STRING)] = v;
        }

        private void endEvent() throws EventLogFormatException {
            inEvent = false;
            if (!inTrace) {
                eventsOutsideTraces++;
                return;
            }
            if (++events > options.maxEvents()) {
                throw error("refused: more than " + options.maxEvents() + " events (raise the limit to read it)");
            }
            if (traceEvents++ == 0) {
                openCase();
            }
            if (activity == null) {
                withoutActivity++;
            }
            if (time == EventStore.MISSING_TIME) {
                withoutTimestamp++;
            }
            lifecycle.computeIfAbsent(transition == null ? ABSENT : transition, t -> new int[1])[0]++;
            store.add(null, activity == null ? MISSING_ACTIVITY : activity, time, Precision.INSTANT);
            store.caseCode(caseCode);
            if (resource == null) {
                withoutResource++;
            } else {
                store.actor(resource, Role.INITIATOR);
            }
            AttrBuffer b = eventAttrs;
            for (int i = 0; i < b.n; i++) {
                switch (b.kind[i]) {
                    case K_STRING -> store.attribute(b.key[i], b.text[i]);
                    case K_LONG -> store.attribute(b.key[i], b.num[i]);
                    case K_DOUBLE -> store.attribute(b.key[i], b.dbl[i]);
                    case K_BOOLEAN -> store.attribute(b.key[i], b.num[i] == 1);
                    default -> store.timeAttribute(b.key[i], b.num[i]);
                }
            }
            if ((events & 0x1fff) == 0) {
                options.progress().update(rawCount.count(), totalBytes, events);
            }
        }

        /** The trace's first event: its case code is fixed and its attributes are stored. */
        private void openCase() {
            String id = traceId == null ? "#trace" + traces : traceId;
            int before = store.caseIds().size();
            caseCode = store.caseIds().intern(id);
            if (caseCode < before) {
                duplicateCaseIds++;
            }
            AttrBuffer b = traceAttrs;
            for (int i = 0; i < b.n; i++) {
                AttributeColumn.Kind kind = AttributeColumn.Kind.values()[kindOrdinal(b.kind[i])];
                AttributeColumn.Builder c = caseColumns.computeIfAbsent(b.key[i], kk -> new AttributeColumn.Builder(kk, kind));
                switch (b.kind[i]) {
                    case K_STRING -> c.setString(caseCode, b.text[i]);
                    case K_LONG, K_TIME -> c.setLong(caseCode, b.num[i]);
                    case K_DOUBLE -> c.setDouble(caseCode, b.dbl[i]);
                    default -> c.setBoolean(caseCode, b.num[i] == 1);
                }
            }
            traceAttrs.clear();
        }

        private int kindOrdinal(byte k) {
            return switch (k) {
                case K_STRING -> AttributeColumn.Kind.STRING.ordinal();
                case K_LONG -> AttributeColumn.Kind.LONG.ordinal();
                case K_DOUBLE -> AttributeColumn.Kind.DOUBLE.ordinal();
                case K_BOOLEAN -> AttributeColumn.Kind.BOOLEAN.ordinal();
                default -> AttributeColumn.Kind.TIME.ordinal();
            };
        }

        /** Skips the rest of the current element, children included. */
        private void skipElement() throws XMLStreamException, IOException {
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private void skipChildren() throws XMLStreamException, IOException {
            skipElement();
        }

        /** The values of a list's child attributes as "[a, b]". */
        private String listValues() throws XMLStreamException, IOException {
            StringBuilder sb = new StringBuilder("[");
            int depth = 1;
            int count = 0;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String v = r.attributeValue("value");
                    if (v != null && !"values".equals(r.localName())) {
                        sb.append(count++ == 0 ? "" : ", ").append(v);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return sb.append(']').toString();
        }

        private XesReadReport finish() throws EventLogFormatException {
            if (!activityKeySeen && store.size() > 0 && !options.activityKey().equals("concept:name")) {
                throw new EventLogFormatException(name, 0, 0, "no event has the attribute '" + options.activityKey()
                        + "' asked for as the activity" + org.glassbox.io.caseformat.Suggestions.hint(options.activityKey(),
                        eventKeys) + " (the events' attributes: " + String.join(", ", eventKeys) + ")");
            }
            EventStore events = store.build();
            Map<String, AttributeColumn> cases = new LinkedHashMap<>();
            int nCases = events.caseIds().size();
            caseColumns.forEach((k, v) -> cases.put(k, v.build(nCases)));
            if (withoutActivity > 0) {
                warnings.add(withoutActivity + " events without " + options.activityKey() + " (activity set to "
                        + MISSING_ACTIVITY + ")");
            }
            if (withoutTimestamp > 0) {
                warnings.add(withoutTimestamp + " events without a valid time:timestamp (" + unparseable + " unparseable)");
            }
            if (withoutResource > 0) {
                warnings.add(withoutResource + " events without org:resource");
            }
            if (tracesWithoutEvents > 0) {
                warnings.add(tracesWithoutEvents + " traces without events (dropped)");
            }
            if (duplicateCaseIds > 0) {
                warnings.add(duplicateCaseIds + " traces repeat an earlier trace's concept:name (merged into that case)");
            }
            if (eventsOutsideTraces > 0) {
                warnings.add(eventsOutsideTraces + " events outside any trace (ignored)");
            }
            if (badValues > 0) {
                warnings.add(badValues + " attribute values not of their declared type (kept as text)");
            }
            String logName = name == null ? "log" : String.valueOf(name.getFileName());
            EventLog log = new EventLog(logName, events, cases, null, logAttributes, Map.of(), warnings);
            Map<String, Integer> lc = new LinkedHashMap<>();
            lifecycle.forEach((k, v) -> lc.put(k, v[0]));
            return new XesReadReport(log, traces, tracesWithoutEvents, duplicateCaseIds, withoutActivity,
                    withoutTimestamp, unparseable, withoutResource, lc);
        }
    }
}
