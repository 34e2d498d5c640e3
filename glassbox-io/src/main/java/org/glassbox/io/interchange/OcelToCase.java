package org.glassbox.io.interchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.AttributeColumn;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Event;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.ObjectRef;
import org.glassbox.core.model.ObjectTable;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CodebookYaml;
import org.glassbox.io.ocel.OcelFormat;
import org.glassbox.io.ocel.OcelTime;
import org.glassbox.io.ocel.OcelMappingException;
import org.glassbox.io.ocel.OcelReader;
import org.glassbox.io.ocel.OcelWriter;
import static org.glassbox.io.interchange.CaseOcelMapping.*;

/**
 * The case an OCEL 2.0 log was written from, by the lossless mapping of case-format.md (the table is in
 * {@link CaseOcelMapping}); {@link CaseToOcel} is the way there.
 */
public final class OcelToCase {
    private OcelToCase() {
    }

    /** Reads an OCEL 2.0 file in the given format that was written from a case. */
    public static Case read(Path file, OcelFormat format) throws IOException {
        // SQLite: the event table's row order is the case's order (OcelReader.read gives pm4py's order)
        EventLog log = OcelReader.readInStoredOrder(file, format);
        try {
            return toCase(log);
        } catch (OcelMappingException e) {
            throw new OcelMappingException(file, e.what());
        }
    }

    /**
     * The case an OCEL 2.0 log was written from.
     *
     * @throws OcelMappingException naming what is missing when the log does not follow the mapping
     */
    public static Case toCase(EventLog log) throws OcelMappingException {
        return new ToCase(log).build();
    }

    private static final class ToCase {
        private final EventLog log;
        private final EventStore s;
        private final ObjectTable t;
        private final boolean[] isThing;
        private final Map<String, AttributeColumn> cols;
        private final List<List<ObjectTable.AttributeChange>> changes = new ArrayList<>();

        ToCase(EventLog log) {
            this.log = log;
            this.s = log.events();
            this.t = log.objects();
            this.cols = t.attributes();
            isThing = new boolean[s.objects().size()];
            int objectQ = s.qualifiers().code(OBJECT);
            for (int i = 0; objectQ >= 0 && i < s.size(); i++) {
                for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                    if (s.qualifierAt(k) == objectQ) {
                        isThing[s.objectAt(k)] = true;
                    }
                }
            }
            for (int o = 0; o < s.objects().size(); o++) {
                changes.add(new ArrayList<>());
            }
            for (ObjectTable.AttributeChange c : t.changes()) {
                changes.get(c.object()).add(c);
            }
        }

        private static OcelMappingException missing(String what) {
            return new OcelMappingException(null, "not a case: " + what
                    + " (a log written from a case follows the mapping in case-format.md; other OCEL 2.0 logs"
                    + " can be read as event logs, e.g. by `glassbox process`)");
        }

        private String type(int o) {
            return s.objectTypes().value(s.objectType(o));
        }

        private String get(int o, String name) {
            AttributeColumn c = cols.get(name);
            if (c == null || o >= c.size() || !c.isPresent(o)) {
                return null;
            }
            String v = c.text(o);
            return v.isEmpty() ? null : v;
        }

        private String require(int o, String name) throws OcelMappingException {
            String v = get(o, name);
            if (v == null) {
                throw missing(type(o) + " object '" + s.objects().value(o) + "' has no attribute '" + name + "'");
            }
            return v;
        }

        private String naturalId(int o) {
            String id = get(o, "id");
            return id != null ? id : s.objects().value(o);
        }

        private PartialDate date(int o, String name) throws OcelMappingException {
            String v = get(o, name);
            return v == null ? null : parseDate(v, type(o) + " object '" + s.objects().value(o) + "', " + name);
        }

        private static PartialDate parseDate(String v, String where) throws OcelMappingException {
            try {
                return PartialDate.parse(v);
            } catch (IllegalArgumentException e) {
                throw missing(where + ": " + e.getMessage());
            }
        }

        /** Attributes of object o not in {@code known}, in column order. */
        private Map<String, String> extras(int o, Set<String> known) {
            Map<String, String> m = new LinkedHashMap<>();
            for (AttributeColumn c : cols.values()) {
                if (!known.contains(c.name()) && o < c.size() && c.isPresent(o) && !c.text(o).isEmpty()) {
                    m.put(c.name(), c.text(o));
                }
            }
            return m;
        }

        private List<Integer> objectsOf(String type) {
            List<Integer> out = new ArrayList<>();
            int code = s.objectTypes().code(type);
            for (int o = 0; code >= 0 && o < s.objects().size(); o++) {
                if (s.objectType(o) == code && !isThing[o]) {
                    out.add(o);
                }
            }
            return out;
        }

        Case build() throws OcelMappingException {
            List<Integer> cases = objectsOf(CASE);
            if (cases.isEmpty()) {
                throw missing("the log has no object of type 'case'");
            }
            if (cases.size() > 1) {
                throw missing("the log has " + cases.size() + " objects of type 'case', a case log has one");
            }
            int co = cases.get(0);
            // phases: O2O case → phase, in relation order
            List<Phase> phases = new ArrayList<>();
            Map<Integer, List<int[]>> relationsFrom = new HashMap<>();
            for (int k = 0; k < t.relations(); k++) {
                relationsFrom.computeIfAbsent(t.relationFrom(k), x -> new ArrayList<>())
                        .add(new int[] {t.relationTo(k), k});
            }
            for (int[] r : relationsFrom.getOrDefault(co, List.of())) {
                if (t.relationQualifier(r[1]).equals(PHASE)) {
                    int p = r[0];
                    PartialDate start = date(p, "start");
                    PartialDate end = date(p, "end");
                    if (start == null || end == null) {
                        throw missing("phase '" + naturalId(p) + "' needs attributes start and end");
                    }
                    try {
                        phases.add(new Phase(naturalId(p), get(p, "name"), get(p, "name_zh"), start, end));
                    } catch (IllegalArgumentException e) {
                        throw missing(e.getMessage());
                    }
                }
            }
            CaseInfo info = new CaseInfo(naturalId(co), require(co, "name"), get(co, "name_zh"), get(co, "level"),
                    get(co, "parent"), year(co, "period.start"), year(co, "period.end"), phases,
                    get(co, "description"), extras(co, CASE_KEYS));
            Codebook codebook = codebook(get(co, CODEBOOK));
            List<Code> codes = codes(get(co, CODEBOOK));

            // actors
            List<Actor> actors = new ArrayList<>();
            Map<Integer, String> actorOf = new HashMap<>();
            for (int o : objectsOf(ORGANIZATION)) {
                String id = naturalId(o);
                try {
                    actors.add(new Actor(id, require(o, "name"), get(o, "name_zh"), require(o, "sector"),
                            get(o, "level"), get(o, "function"), date(o, "joined"), date(o, "left"),
                            extras(o, ACTOR_KEYS)));
                } catch (IllegalArgumentException e) {
                    throw missing(e.getMessage());
                }
                actorOf.put(o, id);
            }
            // ties
            List<Tie> ties = new ArrayList<>();
            for (int o : objectsOf(TIE)) {
                String from = null;
                String to = null;
                for (int[] r : relationsFrom.getOrDefault(o, List.of())) {
                    String q = t.relationQualifier(r[1]);
                    if (q.equals("from")) {
                        from = actorOf.get(r[0]);
                    } else if (q.equals("to")) {
                        to = actorOf.get(r[0]);
                    }
                }
                if (from == null || to == null) {
                    throw missing("tie '" + naturalId(o) + "' needs O2O relations 'from' and 'to' to organization objects");
                }
                try {
                    ties.add(new Tie(naturalId(o), from, to, require(o, "type"), date(o, "start"), date(o, "end"),
                            get(o, "source"), extras(o, TIE_KEYS)));
                } catch (IllegalArgumentException e) {
                    throw missing(e.getMessage());
                }
            }
            // sources
            List<Source> sources = new ArrayList<>();
            Map<Integer, String> sourceOf = new HashMap<>();
            for (int o : objectsOf(SOURCE)) {
                sources.add(new Source(naturalId(o), get(o, "title"), get(o, "kind"), date(o, "date"), get(o, "url"),
                        get(o, "quote"), extras(o, SOURCE_KEYS)));
                sourceOf.put(o, naturalId(o));
            }
            List<Indicator> indicators = indicators();
            EventStore events = events(actors, actorOf, sourceOf);
            try {
                Case c = Case.of(info, actors, ties, events, indicators, sources, codebook);
                List<CaseObject> objects = described(co, relationsFrom);
                if (!objects.isEmpty()) {
                    c = c.withObjects(objects);
                }
                Coding coding = Coding.of(coders(), codes, documents(), segments());
                return coding.isEmpty() ? c : c.withCoding(coding);
            } catch (IllegalArgumentException e) {
                throw missing(e.getMessage());
            }
        }

        /** Format 1.1: the objects objects.csv described, O2O case → object {@code object}, in relation order. */
        private List<CaseObject> described(int co, Map<Integer, List<int[]>> relationsFrom) {
            List<CaseObject> out = new ArrayList<>();
            for (int[] r : relationsFrom.getOrDefault(co, List.of())) {
                if (t.relationQualifier(r[1]).equals(OBJECT)) {
                    int o = r[0];
                    String kind = type(o);
                    String key = s.objects().value(o);
                    String local = get(o, "id");
                    if (local == null) {
                        local = key.startsWith(kind + ":") ? key.substring(kind.length() + 1) : key;
                    }
                    out.add(new CaseObject(kind + ":" + local, get(o, "name"), get(o, "name_zh"), get(o, "audience"),
                            get(o, "launched_by"), extras(o, OBJECT_KEYS)));
                }
            }
            return out;
        }

        private List<Coder> coders() {
            List<Coder> out = new ArrayList<>();
            for (int o : objectsOf(CODER)) {
                out.add(new Coder(naturalId(o), get(o, "name")));
            }
            return out;
        }

        private List<Document> documents() throws OcelMappingException {
            List<Document> out = new ArrayList<>();
            for (int o : objectsOf(DOCUMENT)) {
                String content = get(o, CONTENT);
                out.add(new Document(naturalId(o), require(o, "source"), require(o, "text"), get(o, "original"),
                        get(o, "language"), "restricted".equals(get(o, "access")), content == null ? "" : content,
                        extras(o, DOCUMENT_KEYS)));
            }
            return out;
        }

        private List<Segment> segments() throws OcelMappingException {
            List<Segment> out = new ArrayList<>();
            for (int o : objectsOf(SEGMENT)) {
                String where = "segment '" + naturalId(o) + "'";
                List<Link> links = new ArrayList<>();
                String l = get(o, "links");
                if (l != null) {
                    for (String item : l.split(";")) {
                        links.add(Link.parse(item));
                    }
                }
                String c = get(o, "codes");
                List<String> given = c == null ? List.of() : List.of(c.split(";"));
                out.add(new Segment(naturalId(o), require(o, "document"), offset(o, "start", where),
                        offset(o, "end", where), require(o, "quote"), require(o, "coder"), links, given,
                        get(o, "memo"), extras(o, SEGMENT_KEYS)));
            }
            return out;
        }

        private int offset(int o, String name, String where) throws OcelMappingException {
            String v = require(o, name);
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw missing(where + ": " + name + " '" + v + "' is not a code-point offset");
            }
        }

        private static List<Code> codes(String yaml) throws OcelMappingException {
            if (yaml == null) {
                return List.of();
            }
            try {
                return CodebookYaml.readCodes(yaml, "the case's codebook attribute");
            } catch (CaseFormatException e) {
                throw missing("the case's codebook attribute is not a valid codebook: " + e.getMessage());
            }
        }

        private Integer year(int o, String name) throws OcelMappingException {
            String v = get(o, name);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v.strip());
            } catch (NumberFormatException e) {
                throw missing("case attribute " + name + " is '" + v + "', not a year");
            }
        }

        private static Codebook codebook(String yaml) throws OcelMappingException {
            if (yaml == null) {
                return Codebook.defaults();
            }
            Path tmp = null;
            try {
                tmp = Files.createTempFile("glassbox-codebook", ".yaml");
                Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
                return CodebookYaml.read(tmp);
            } catch (CaseFormatException e) {
                throw missing("the case's codebook attribute is not a valid codebook: " + e.getMessage());
            } catch (IOException e) {
                throw new OcelMappingException(null, "cannot read the case's codebook: " + e.getMessage());
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // a temporary file left behind is harmless
                    }
                }
            }
        }

        private List<Indicator> indicators() throws OcelMappingException {
            List<Indicator> out = new ArrayList<>();
            List<Integer> seqs = new ArrayList<>();
            for (int o : objectsOf(INDICATOR)) {
                String name = naturalId(o);
                Map<String, List<String>> series = new LinkedHashMap<>();
                for (ObjectTable.AttributeChange c : changes.get(o)) {
                    series.computeIfAbsent(c.attribute(), k -> new ArrayList<>()).add(c.value());
                }
                List<String> values = series.getOrDefault("value", List.of());
                List<String> dates = series.get("date");
                for (Map.Entry<String, List<String>> e : series.entrySet()) {
                    if (e.getValue().size() != values.size()) {
                        throw missing("indicator '" + name + "' has " + values.size() + " values but "
                                + e.getValue().size() + " entries of '" + e.getKey() + "'");
                    }
                }
                List<ObjectTable.AttributeChange> valueChanges = changes.get(o).stream()
                        .filter(c -> c.attribute().equals("value")).toList();
                for (int k = 0; k < values.size(); k++) {
                    String where = "indicator '" + name + "', observation " + (k + 1);
                    PartialDate date = dates != null && dates.get(k) != null ? parseDate(dates.get(k), where)
                            : PartialDate.fromMillis(valueChanges.get(k).time(), org.glassbox.core.model.Precision.DAY);
                    double value;
                    try {
                        value = Double.parseDouble(values.get(k));
                    } catch (NullPointerException | NumberFormatException e) {
                        throw missing(where + ": value '" + values.get(k) + "' is not a number");
                    }
                    String unit = series.containsKey("unit") ? blankNull(series.get("unit").get(k)) : get(o, "unit");
                    String source = series.containsKey("source") ? blankNull(series.get("source").get(k)) : null;
                    Map<String, String> extra = new LinkedHashMap<>();
                    for (Map.Entry<String, List<String>> e : series.entrySet()) {
                        String key = e.getKey();
                        if (!Set.of("value", "date", "unit", "source", "seq").contains(key)
                                && blankNull(e.getValue().get(k)) != null) {
                            extra.put(key, e.getValue().get(k));
                        }
                    }
                    out.add(new Indicator(date, name, value, unit, source, extra));
                    if (series.containsKey("seq")) {
                        try {
                            seqs.add(Integer.parseInt(series.get("seq").get(k)));
                        } catch (NumberFormatException e) {
                            throw missing(where + ": seq is not a number");
                        }
                    } else {
                        seqs.add(Integer.MAX_VALUE);
                    }
                }
            }
            if (seqs.stream().anyMatch(x -> x != Integer.MAX_VALUE)) {
                Integer[] order = new Integer[out.size()];
                for (int k = 0; k < order.length; k++) {
                    order[k] = k;
                }
                java.util.Arrays.sort(order, (a, b) -> Integer.compare(seqs.get(a), seqs.get(b)));
                List<Indicator> sorted = new ArrayList<>();
                for (int k : order) {
                    sorted.add(out.get(k));
                }
                return sorted;
            }
            return out;
        }

        private static String blankNull(String v) {
            return v == null || v.isEmpty() ? null : v;
        }

        private EventStore events(List<Actor> actors, Map<Integer, String> actorOf, Map<Integer, String> sourceOf)
                throws OcelMappingException {
            EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
            AttributeColumn dateCol = s.attribute("date");
            AttributeColumn mechCol = s.attribute("mechanism");
            AttributeColumn sourceCol = s.attribute(EventStore.SOURCE);
            AttributeColumn titleCol = s.attribute(EventStore.TITLE);
            AttributeColumn fromCol = s.attribute(EventStore.FROM_JURISDICTION);
            for (int i = 0; i < s.size(); i++) {
                String where = "event '" + s.id(i) + "'";
                String d = text(dateCol, i);
                PartialDate date = d != null ? parseDate(d, where + ", date")
                        : s.time(i) == EventStore.MISSING_TIME ? null
                        : PartialDate.fromMillis(s.time(i), org.glassbox.core.model.Precision.DAY);
                b.add(s.id(i), s.typeName(i), date);
                String m = text(mechCol, i);
                if (m != null) {
                    Mechanism mech = Mechanism.ofWord(m);
                    if (mech == null) {
                        throw missing(where + ": mechanism '" + m + "' is not administrative, market, collaborative"
                                + " or none");
                    }
                    b.mechanism(mech);
                }
                List<String> srcs = new ArrayList<>();
                for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                    int o = s.objectAt(k);
                    String q = s.qualifiers().value(s.qualifierAt(k));
                    Role role = Role.ofWord(q);
                    if (role != null) {
                        String actor = actorOf.get(o);
                        if (actor == null) {
                            throw missing(where + " links '" + s.objects().value(o) + "' as " + q
                                    + ", which is not an organization object");
                        }
                        b.actor(actor, role);
                    } else if (q.equals(OBJECT)) {
                        String kind = type(o);
                        String key = s.objects().value(o);
                        String local = get(o, "id");
                        if (local == null) {
                            local = key.startsWith(kind + ":") ? key.substring(kind.length() + 1) : key;
                        }
                        try {
                            b.object(new ObjectRef(kind, local));
                        } catch (IllegalArgumentException e) {
                            throw missing(where + ": " + e.getMessage());
                        }
                    } else if (q.equals(SOURCE)) {
                        String src = sourceOf.get(o);
                        if (src == null) {
                            throw missing(where + " cites '" + s.objects().value(o) + "', which is not a source object");
                        }
                        srcs.add(src);
                    } else {
                        throw missing(where + " has an E2O qualifier '" + q + "'; a case log uses initiator, target,"
                                + " participant, object and source");
                    }
                }
                String title = text(titleCol, i);
                if (title != null) {
                    b.attribute(EventStore.TITLE, title);
                }
                String src = text(sourceCol, i);
                if (src == null && !srcs.isEmpty()) {
                    src = String.join(";", srcs);
                }
                if (src != null) {
                    b.attribute(EventStore.SOURCE, src);
                }
                String from = text(fromCol, i);
                if (from != null) {
                    b.attribute(EventStore.FROM_JURISDICTION, from);
                }
                for (AttributeColumn c : s.attributes().values()) {
                    if (!EVENT_KEYS.contains(c.name())) {
                        String v = text(c, i);
                        if (v != null) {
                            b.attribute(c.name(), v);
                        }
                    }
                }
            }
            return b.build();
        }

        private static String text(AttributeColumn c, int i) {
            if (c == null || !c.isPresent(i)) {
                return null;
            }
            String v = OcelTime.text(c, i);
            return v.isEmpty() ? null : v;
        }
    }
}
