package org.glassbox.io.caseformat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;
import org.glassbox.core.model.TieTable;

/**
 * Writes a case as a case folder (UTF-8, no byte-order mark, CRLF rows): case.yaml,
 * actors.csv, ties.csv, events.csv, indicators.csv, sources.csv, and codebook.yaml only when the
 * case's codebook differs from the defaults (or it has codes). A case with any addition of format 1.1
 * (objects, coders, codes, documents, passages) gets {@code format: 1.1} in case.yaml, its coders there,
 * objects.csv, documents.csv with each document's text at its path under {@code documents/} (UTF-8, LF
 * as the text has them), and segments.csv; a version 1 case is written exactly as before. Originals
 * ({@code original}) are named, not copied: the case holds only their paths. Every field and attribute is written, so
 * {@code CaseReader.read(writeFolder(c))} gives back {@code c} field for field. Events are written
 * in store (file) order; events.csv is streamed, so a million events need no extra memory.
 */
public final class CaseWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    private CaseWriter() {
    }

    /**
     * Writes the case into {@code dir} (created when missing; files of the format are replaced, and
     * the format's optional files the case has not are removed).
     *
     * @return the paths written, relative to {@code dir} with {@code /} ({@code case.yaml}, …,
     *         {@code documents/d01.txt}), in writing order
     * @throws IllegalArgumentException when a document's text path is not a plain path under documents/
     */
    public static List<String> writeFolder(Case c, Path dir) throws IOException {
        for (Document d : c.coding().documents()) {
            String why = DocumentFiles.refusal(d.textPath());
            if (why != null) {
                throw new IllegalArgumentException("c: document " + d.id() + " has text path '" + d.textPath()
                        + "', " + why);
            }
        }
        List<String> written = new ArrayList<>();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(CaseTables.CASE), caseYaml(c.info(), isFormat11(c), c.coding().coders()),
                StandardCharsets.UTF_8);
        written.add(CaseTables.CASE);
        writeActors(c.actors(), dir.resolve(CaseTables.ACTORS));
        writeTies(c.ties(), dir.resolve(CaseTables.TIES));
        writeEvents(c.events(), dir.resolve(CaseTables.EVENTS));
        writeIndicators(c.indicators(), dir.resolve(CaseTables.INDICATORS));
        writeSources(c.sources(), dir.resolve(CaseTables.SOURCES));
        written.addAll(List.of(CaseTables.ACTORS, CaseTables.TIES, CaseTables.EVENTS, CaseTables.INDICATORS,
                CaseTables.SOURCES));
        Path cb = dir.resolve(CaseTables.CODEBOOK);
        String codebook = CodebookYaml.writeExtension(c.codebook(), c.coding().codes());
        if (codebook != null) {
            Files.writeString(cb, codebook, StandardCharsets.UTF_8);
            written.add(CaseTables.CODEBOOK);
        } else {
            Files.deleteIfExists(cb);
        }
        if (!c.objects().isEmpty()) {
            writeObjects(c.objects(), dir.resolve(CaseTables.OBJECTS));
            written.add(CaseTables.OBJECTS);
        } else {
            Files.deleteIfExists(dir.resolve(CaseTables.OBJECTS));
        }
        if (!c.coding().documents().isEmpty()) {
            writeDocuments(c.coding().documents(), dir.resolve(CaseTables.DOCUMENTS));
            written.add(CaseTables.DOCUMENTS);
            for (Document d : c.coding().documents()) {
                Path text = dir.resolve(d.textPath());
                Files.createDirectories(text.getParent());
                Files.writeString(text, d.text(), StandardCharsets.UTF_8);
                written.add(d.textPath());
            }
        } else {
            Files.deleteIfExists(dir.resolve(CaseTables.DOCUMENTS));
        }
        if (!c.coding().segments().isEmpty()) {
            writeSegments(c.coding().segments(), dir.resolve(CaseTables.SEGMENTS));
            written.add(CaseTables.SEGMENTS);
        } else {
            Files.deleteIfExists(dir.resolve(CaseTables.SEGMENTS));
        }
        return written;
    }

    /**
     * Whether {@code c} has any addition of format 1.1 a writer declares {@code format: 1.1} for:
     * objects, coders, codes, documents or passages.
     */
    public static boolean isFormat11(Case c) {
        return !c.objects().isEmpty() || !c.coding().isEmpty();
    }

    /** case.yaml's text for {@code info} (version 1). */
    static String caseYaml(CaseInfo info) throws IOException {
        return caseYaml(info, false, List.of());
    }

    /** case.yaml's text for {@code info}, declaring {@code format: 1.1} and listing {@code coders} when asked. */
    static String caseYaml(CaseInfo info, boolean format11, List<Coder> coders) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        if (format11) {
            m.put("format", "1.1");
        }
        m.put("id", info.id());
        m.put("name", info.name());
        putIf(m, "name_zh", info.nameZh());
        putIf(m, "level", info.level());
        putIf(m, "parent", info.parent());
        if (info.periodStart() != null || info.periodEnd() != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            putIf(p, "start", info.periodStart());
            putIf(p, "end", info.periodEnd());
            m.put("period", p);
        }
        if (!info.phases().isEmpty()) {
            List<Map<String, Object>> phases = new ArrayList<>();
            for (Phase ph : info.phases()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("id", ph.id());
                putIf(p, "name", ph.name());
                putIf(p, "name_zh", ph.nameZh());
                p.put("start", ph.start().toString());
                p.put("end", ph.end().toString());
                phases.add(p);
            }
            m.put("phases", phases);
        }
        putIf(m, "description", info.description());
        if (!coders.isEmpty()) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Coder x : coders) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("id", x.id());
                putIf(cm, "name", x.name());
                list.add(cm);
            }
            m.put("coders", list);
        }
        info.extraToWrite().forEach(m::putIfAbsent); // as read: a list stays a list, a map nested
        return YAML.writeValueAsString(m);
    }

    private static void putIf(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static Writer open(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static String date(PartialDate d) {
        return d == null ? null : d.toString();
    }

    private static <T> List<String> extraColumns(List<T> rows, java.util.function.Function<T, Map<String, String>> attrs,
                                                 List<String> known) {
        Set<String> cols = new LinkedHashSet<>();
        for (T r : rows) {
            cols.addAll(attrs.apply(r).keySet());
        }
        cols.removeAll(known);
        return new ArrayList<>(cols);
    }

    private static String[] header(List<String> known, List<String> extra) {
        List<String> h = new ArrayList<>(known);
        h.addAll(extra);
        return h.toArray(new String[0]);
    }

    private static void writeActors(List<Actor> actors, Path file) throws IOException {
        List<String> extra = extraColumns(actors, Actor::attributes, CaseTables.ACTOR_COLUMNS);
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.ACTOR_COLUMNS, extra));
            for (Actor a : actors) {
                String[] row = new String[8 + extra.size()];
                row[0] = a.id();
                row[1] = a.name();
                row[2] = a.nameZh();
                row[3] = a.sector();
                row[4] = a.level();
                row[5] = a.function();
                row[6] = date(a.joined());
                row[7] = date(a.left());
                fill(row, 8, extra, a.attributes());
                csv.row(row);
            }
        }
    }

    private static void fill(String[] row, int from, List<String> extra, Map<String, String> attrs) {
        for (int i = 0; i < extra.size(); i++) {
            row[from + i] = attrs.get(extra.get(i));
        }
    }

    private static void writeTies(TieTable ties, Path file) throws IOException {
        List<Tie> list = ties.ties();
        List<String> extra = extraColumns(list, Tie::attributes, CaseTables.TIE_COLUMNS);
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.TIE_COLUMNS, extra));
            for (Tie t : list) {
                String[] row = new String[7 + extra.size()];
                row[0] = t.id();
                row[1] = t.from();
                row[2] = t.to();
                row[3] = t.type();
                row[4] = date(t.start());
                row[5] = date(t.end());
                row[6] = t.source();
                fill(row, 7, extra, t.attributes());
                csv.row(row);
            }
        }
    }

    private static void writeEvents(EventStore ev, Path file) throws IOException {
        List<AttributeColumn> extra = new ArrayList<>();
        for (AttributeColumn col : ev.attributes().values()) {
            if (!col.name().equals(EventStore.TITLE) && !col.name().equals(EventStore.SOURCE)
                    && !col.name().equals(EventStore.FROM_JURISDICTION) && !CaseTables.EVENT_COLUMNS.contains(col.name())) {
                extra.add(col);
            }
        }
        AttributeColumn title = ev.attribute(EventStore.TITLE);
        AttributeColumn source = ev.attribute(EventStore.SOURCE);
        AttributeColumn from = ev.attribute(EventStore.FROM_JURISDICTION);
        List<String> extraNames = extra.stream().map(AttributeColumn::name).toList();
        StringBuilder[] roles = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        StringBuilder objects = new StringBuilder();
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.EVENT_COLUMNS, extraNames));
            String[] row = new String[11 + extra.size()];
            for (int i = 0; i < ev.size(); i++) {
                for (StringBuilder sb : roles) {
                    sb.setLength(0);
                }
                for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                    StringBuilder sb = roles[ev.roleAt(k).ordinal()];
                    if (sb.length() > 0) {
                        sb.append(';');
                    }
                    sb.append(ev.actors().value(ev.actorAt(k)));
                }
                objects.setLength(0);
                for (int k = ev.objectsFrom(i); k < ev.objectsTo(i); k++) {
                    if (objects.length() > 0) {
                        objects.append(';');
                    }
                    int o = ev.objectAt(k);
                    objects.append(ev.objectTypes().value(ev.objectType(o))).append(':').append(ev.objectLocalId(o));
                }
                Mechanism m = ev.codedMechanism(i);
                row[0] = ev.id(i);
                row[1] = date(ev.date(i));
                row[2] = ev.typeName(i);
                row[3] = m == null ? null : m.word();
                row[4] = roles[Role.INITIATOR.ordinal()].toString();
                row[5] = roles[Role.TARGET.ordinal()].toString();
                row[6] = roles[Role.PARTICIPANT.ordinal()].toString();
                row[7] = objects.toString();
                row[8] = title == null ? null : title.text(i);
                row[9] = source == null ? null : source.text(i);
                row[10] = from == null ? null : from.text(i);
                for (int x = 0; x < extra.size(); x++) {
                    row[11 + x] = extra.get(x).text(i);
                }
                csv.row(row);
            }
        }
    }

    private static void writeIndicators(List<Indicator> indicators, Path file) throws IOException {
        List<String> extra = extraColumns(indicators, Indicator::attributes, CaseTables.INDICATOR_COLUMNS);
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.INDICATOR_COLUMNS, extra));
            for (Indicator x : indicators) {
                String[] row = new String[5 + extra.size()];
                row[0] = date(x.date());
                row[1] = x.indicator();
                row[2] = number(x.value());
                row[3] = x.unit();
                row[4] = x.source();
                fill(row, 5, extra, x.attributes());
                csv.row(row);
            }
        }
    }

    /** A number as text that reads back to the same double: integers without ".0". */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && Double.doubleToRawLongBits(v) != Long.MIN_VALUE) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static void writeObjects(List<CaseObject> objects, Path file) throws IOException {
        List<String> extra = extraColumns(objects, CaseObject::attributes, CaseTables.OBJECT_COLUMNS);
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.OBJECT_COLUMNS, extra));
            for (CaseObject o : objects) {
                String[] row = new String[5 + extra.size()];
                row[0] = o.id();
                row[1] = o.name();
                row[2] = o.nameZh();
                row[3] = o.audience();
                row[4] = o.launchedBy();
                fill(row, 5, extra, o.attributes());
                csv.row(row);
            }
        }
    }

    private static void writeDocuments(List<Document> documents, Path file) throws IOException {
        List<String> extra = extraColumns(documents, Document::attributes, CaseTables.DOCUMENT_COLUMNS);
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.DOCUMENT_COLUMNS, extra));
            for (Document d : documents) {
                String[] row = new String[6 + extra.size()];
                row[0] = d.id();
                row[1] = d.source();
                row[2] = d.textPath();
                row[3] = d.original();
                row[4] = d.language();
                row[5] = d.access();
                fill(row, 6, extra, d.attributes());
                csv.row(row);
            }
        }
    }

    private static void writeSegments(List<Segment> segments, Path file) throws IOException {
        List<String> extra = extraColumns(segments, Segment::attributes, CaseTables.SEGMENT_COLUMNS);
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.SEGMENT_COLUMNS, extra));
            for (Segment s : segments) {
                String[] row = new String[9 + extra.size()];
                row[0] = s.id();
                row[1] = s.document();
                row[2] = Integer.toString(s.start());
                row[3] = Integer.toString(s.end());
                row[4] = s.quote();
                row[5] = s.coder();
                row[6] = String.join(";", s.links().stream().map(Link::toString).toList());
                row[7] = String.join(";", s.codes());
                row[8] = s.memo();
                fill(row, 9, extra, s.attributes());
                csv.row(row);
            }
        }
    }

    private static void writeSources(List<Source> sources, Path file) throws IOException {
        List<String> extra = extraColumns(sources, Source::attributes, CaseTables.SOURCE_COLUMNS);
        try (Writer w = open(file)) {
            CsvWriter csv = new CsvWriter(w);
            csv.row(header(CaseTables.SOURCE_COLUMNS, extra));
            for (Source s : sources) {
                String[] row = new String[6 + extra.size()];
                row[0] = s.id();
                row[1] = s.title();
                row[2] = s.kind();
                row[3] = date(s.date());
                row[4] = s.url();
                row[5] = s.quote();
                fill(row, 6, extra, s.attributes());
                csv.row(row);
            }
        }
    }
}
