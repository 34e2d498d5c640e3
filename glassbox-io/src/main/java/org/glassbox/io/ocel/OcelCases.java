package org.glassbox.io.ocel;

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

/**
 * A coded case as an OCEL 2.0 log and back, by the lossless mapping of case-format.md
 * ("Interchange: OCEL 2.0"), so that {@code toCase(toLog(c))} equals {@code c} field for field.
 *
 * <table>
 * <caption>The mapping</caption>
 * <tr><th>case</th><th>OCEL 2.0</th></tr>
 * <tr><td>case.yaml</td><td>one object of type {@code case} (attributes name, name_zh, level, parent,
 *     period.start, period.end, description, unknown keys, and {@code codebook}: the case's codebook
 *     as YAML, only when it differs from the defaults); each phase an object of type {@code phase}
 *     (name, start, end), O2O case → phase with qualifier {@code phase}, in phase order</td></tr>
 * <tr><td>actor</td><td>object of type {@code organization}, id = actor id, every column an attribute</td></tr>
 * <tr><td>tie</td><td>object of type {@code tie}, id = tie id, attributes type, start, end, source and
 *     extra columns; O2O tie → from-actor {@code from}, tie → to-actor {@code to}</td></tr>
 * <tr><td>event</td><td>event, id and type as in the case, time = start of its partial date,
 *     attributes {@code date} (as written), mechanism (only when coded), title, from_jurisdiction and
 *     extra columns; E2O to actors ({@code initiator}, {@code target}, {@code participant}), to
 *     {@code kind:id} objects (type kind, id {@code kind:id}, qualifier {@code object}), to sources
 *     ({@code source}); an event citing a source that is not in the case keeps attribute
 *     {@code source} instead</td></tr>
 * <tr><td>indicator</td><td>object of type {@code indicator}, id = indicator name, attribute
 *     {@code unit}; per observation, time-stamped at the start of its date: {@code value},
 *     {@code date} (as written), and {@code source} and extra columns when any observation has them
 *     ({@code unit} too when the observations disagree; {@code seq}, the row number, when rows of
 *     different indicators are interleaved)</td></tr>
 * <tr><td>source</td><td>object of type {@code source}, every column an attribute</td></tr>
 * </table>
 *
 * <p>Object ids: each object keeps its natural id (actor id, tie id, …) unless another object
 * already has it; then it becomes {@code type:id} (with {@code #2}, {@code #3}… if needed) and
 * carries its natural id in attribute {@code id}. Empty values are missing values (as a blank CSV
 * cell is).
 */
public final class OcelCases {
    static final String CASE = "case";
    static final String PHASE = "phase";
    static final String ORGANIZATION = "organization";
    static final String TIE = "tie";
    static final String INDICATOR = "indicator";
    static final String SOURCE = "source";
    static final String OBJECT = "object";
    static final String CODEBOOK = "codebook";

    private static final Set<String> CASE_KEYS = Set.of("id", "name", "name_zh", "level", "parent", "period.start",
            "period.end", "description", CODEBOOK);
    private static final Set<String> ACTOR_KEYS = Set.of("id", "name", "name_zh", "sector", "level", "function",
            "joined", "left");
    private static final Set<String> TIE_KEYS = Set.of("id", "type", "start", "end", "source");
    private static final Set<String> SOURCE_KEYS = Set.of("id", "title", "kind", "date", "url", "quote");
    private static final Set<String> EVENT_KEYS = Set.of("date", "mechanism", EventStore.TITLE, EventStore.SOURCE,
            EventStore.FROM_JURISDICTION);

    private OcelCases() {
    }

    /** Reads an OCEL 2.0 file (JSON, XML or SQLite) that was written from a case. */
    public static Case readCase(Path file) throws IOException {
        // SQLite: the event table's row order is the case's order (OcelReader gives pm4py's order)
        EventLog log = OcelFormat.of(file) == OcelFormat.SQLITE && java.nio.file.Files.isRegularFile(file)
                ? new SqliteOcelReader(file, true).read() : OcelReader.read(file);
        try {
            return toCase(log);
        } catch (OcelMappingException e) {
            throw new OcelMappingException(file, e.what());
        }
    }

    /** Writes a case as OCEL 2.0 (format by extension); returns the writer's warnings. */
    public static List<String> writeCase(Case c, Path file) throws IOException {
        return OcelWriter.write(toLog(c), file);
    }

    // ------------------------------------------------------------------ case → log

    /** The case as an object-centric log, by the mapping table above. */
    public static EventLog toLog(Case c) {
        return new ToLog(c).build();
    }

    private static final class ToLog {
        private final Case c;
        private final Set<String> used = new HashSet<>();
        private final EventStore.Builder b = EventStore.builder();
        private final ObjectTable.Builder t = ObjectTable.builder();
        private final Map<String, Map<String, String>> eventSchemas = new LinkedHashMap<>();

        ToLog(Case c) {
            this.c = c;
        }

        /** The OCEL id of an object, its natural id unless already taken. */
        private String assign(String natural, String type) {
            if (used.add(natural)) {
                return natural;
            }
            String id = type + ":" + natural;
            for (int k = 2; !used.add(id); k++) {
                id = type + ":" + natural + "#" + k;
            }
            return id;
        }

        private int declare(String id, String natural, String type) {
            int o = b.declareObject(id, type);
            t.type(type);
            if (!id.equals(natural) && !(type.equals(ORGANIZATION) || type.equals(SOURCE))) {
                set(o, type, "id", natural);
            }
            return o;
        }

        private void set(int o, String type, String name, String value) {
            if (value != null && !value.isEmpty()) {
                t.attribute(o, name, value);
                t.typeAttribute(type, name, "string");
            }
        }

        private static String text(PartialDate d) {
            return d == null ? null : d.toString();
        }

        EventLog build() {
            List<Actor> actors = c.actors();
            List<Tie> ties = c.ties().ties();
            List<Source> sources = c.sources();
            Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
            for (Indicator i : c.indicators()) {
                indicators.computeIfAbsent(i.indicator(), k -> new ArrayList<>()).add(i);
            }
            EventStore cs = c.events();
            // ids, by priority: actors keep theirs first
            String[] actorIds = new String[actors.size()];
            for (int a = 0; a < actorIds.length; a++) {
                actorIds[a] = assign(actors.get(a).id(), ORGANIZATION);
            }
            String[] tieIds = new String[ties.size()];
            for (int k = 0; k < tieIds.length; k++) {
                tieIds[k] = assign(ties.get(k).id(), TIE);
            }
            Map<String, String> sourceIds = new LinkedHashMap<>();
            for (Source s : sources) {
                sourceIds.put(s.id(), assign(s.id(), SOURCE));
            }
            Map<String, String> indicatorIds = new LinkedHashMap<>();
            for (String name : indicators.keySet()) {
                indicatorIds.put(name, assign(name, INDICATOR));
            }
            String[] kindIds = new String[cs.objects().size()];
            for (int o = 0; o < kindIds.length; o++) {
                kindIds[o] = assign(cs.objects().value(o), cs.objectTypes().value(cs.objectType(o)));
            }
            List<Phase> phases = c.info().phases();
            String[] phaseIds = new String[phases.size()];
            for (int p = 0; p < phaseIds.length; p++) {
                phaseIds[p] = assign(phases.get(p).id(), PHASE);
            }
            String caseId = assign(c.id(), CASE);

            // objects, in reading order: case, phases, actors, ties, sources, indicators, things
            CaseInfo info = c.info();
            int co = declare(caseId, c.id(), CASE);
            set(co, CASE, "name", info.name());
            set(co, CASE, "name_zh", info.nameZh());
            set(co, CASE, "level", info.level());
            set(co, CASE, "parent", info.parent());
            set(co, CASE, "period.start", info.periodStart() == null ? null : info.periodStart().toString());
            set(co, CASE, "period.end", info.periodEnd() == null ? null : info.periodEnd().toString());
            set(co, CASE, "description", info.description());
            info.extra().forEach((k, v) -> set(co, CASE, k, v));
            if (!c.codebook().equals(Codebook.defaults())) {
                set(co, CASE, CODEBOOK, CodebookYaml.writeExtension(c.codebook()));
            }
            for (int p = 0; p < phases.size(); p++) {
                Phase ph = phases.get(p);
                int po = declare(phaseIds[p], ph.id(), PHASE);
                set(po, PHASE, "name", ph.name());
                set(po, PHASE, "start", text(ph.start()));
                set(po, PHASE, "end", text(ph.end()));
                t.relation(co, po, PHASE);
            }
            int[] actorCode = new int[actors.size()];
            for (int a = 0; a < actors.size(); a++) {
                Actor x = actors.get(a);
                int o = declare(actorIds[a], x.id(), ORGANIZATION);
                actorCode[a] = o;
                set(o, ORGANIZATION, "id", x.id());
                set(o, ORGANIZATION, "name", x.name());
                set(o, ORGANIZATION, "name_zh", x.nameZh());
                set(o, ORGANIZATION, "sector", x.sector());
                set(o, ORGANIZATION, "level", x.level());
                set(o, ORGANIZATION, "function", x.function());
                set(o, ORGANIZATION, "joined", text(x.joined()));
                set(o, ORGANIZATION, "left", text(x.left()));
                x.attributes().forEach((k, v) -> set(o, ORGANIZATION, k, v));
            }
            for (int k = 0; k < ties.size(); k++) {
                Tie x = ties.get(k);
                int o = declare(tieIds[k], x.id(), TIE);
                set(o, TIE, "type", x.type());
                set(o, TIE, "start", text(x.start()));
                set(o, TIE, "end", text(x.end()));
                set(o, TIE, "source", x.source());
                x.attributes().forEach((n, v) -> set(o, TIE, n, v));
                t.relation(o, actorCode[c.actorCode(x.from())], "from");
                t.relation(o, actorCode[c.actorCode(x.to())], "to");
            }
            for (Source s : sources) {
                int o = declare(sourceIds.get(s.id()), s.id(), SOURCE);
                set(o, SOURCE, "id", s.id());
                set(o, SOURCE, "title", s.title());
                set(o, SOURCE, "kind", s.kind());
                set(o, SOURCE, "date", text(s.date()));
                set(o, SOURCE, "url", s.url());
                set(o, SOURCE, "quote", s.quote());
                s.attributes().forEach((k, v) -> set(o, SOURCE, k, v));
            }
            writeIndicators(indicators, indicatorIds);
            int[] kindCode = new int[kindIds.length];
            for (int o = 0; o < kindIds.length; o++) {
                String kind = cs.objectTypes().value(cs.objectType(o));
                kindCode[o] = declare(kindIds[o], cs.objects().value(o), kind);
                if (!kindIds[o].equals(cs.objects().value(o))) {
                    set(kindCode[o], kind, "id", cs.objectLocalId(o));
                }
            }

            // events
            for (int i = 0; i < cs.size(); i++) {
                Event e = cs.event(i);
                String type = e.type();
                b.add(e.id(), type, cs.time(i), cs.precision(i));
                Map<String, String> schema = eventSchemas.computeIfAbsent(type, k -> new LinkedHashMap<>());
                attr(schema, "date", e.date() == null ? null : e.date().toString());
                attr(schema, "mechanism", e.mechanism() == null ? null : e.mechanism().word());
                attr(schema, EventStore.TITLE, e.title());
                attr(schema, EventStore.FROM_JURISDICTION, e.fromJurisdiction());
                boolean sourcesKnown = e.sources().stream().allMatch(sourceIds::containsKey);
                if (!sourcesKnown) {
                    attr(schema, EventStore.SOURCE, String.join(";", e.sources()));
                }
                e.attributes().forEach((k, v) -> attr(schema, k, v));
                for (int k = cs.actorsFrom(i); k < cs.actorsTo(i); k++) {
                    int a = cs.actorAt(k);
                    b.object(actorIds[a], ORGANIZATION, cs.roleAt(k).word());
                }
                for (int k = cs.objectsFrom(i); k < cs.objectsTo(i); k++) {
                    int o = cs.objectAt(k);
                    b.object(kindIds[o], cs.objectTypes().value(cs.objectType(o)), OBJECT);
                }
                if (sourcesKnown) {
                    for (String s : e.sources()) {
                        b.object(sourceIds.get(s), SOURCE, SOURCE);
                    }
                }
            }
            EventStore store = b.build();
            return new EventLog(c.id(), store, Map.of(), t.build(store.objects().size()), Map.of(), eventSchemas,
                    List.of());
        }

        private void attr(Map<String, String> schema, String name, String value) {
            if (value != null && !value.isEmpty()) {
                b.attribute(name, value);
                schema.putIfAbsent(name, "string");
            }
        }

        private void writeIndicators(Map<String, List<Indicator>> indicators, Map<String, String> ids) {
            // row order survives without a seq when the rows are grouped by indicator already
            boolean grouped = true;
            List<Indicator> flat = new ArrayList<>();
            indicators.values().forEach(flat::addAll);
            for (int k = 0; k < flat.size(); k++) {
                grouped &= flat.get(k) == c.indicators().get(k);
            }
            Map<Indicator, Integer> seq = new HashMap<>();
            if (!grouped) {
                for (int k = 0; k < c.indicators().size(); k++) {
                    seq.putIfAbsent(c.indicators().get(k), k);
                }
            }
            Map<Indicator, Integer> position = new java.util.IdentityHashMap<>();
            for (int k = 0; k < c.indicators().size(); k++) {
                position.put(c.indicators().get(k), k);
            }
            for (Map.Entry<String, List<Indicator>> e : indicators.entrySet()) {
                List<Indicator> obs = e.getValue();
                int o = declare(ids.get(e.getKey()), e.getKey(), INDICATOR);
                String unit = obs.get(0).unit();
                boolean oneUnit = obs.stream().allMatch(i -> java.util.Objects.equals(i.unit(), unit));
                if (oneUnit) {
                    set(o, INDICATOR, "unit", unit);
                }
                boolean anySource = obs.stream().anyMatch(i -> i.source() != null);
                List<String> extras = new ArrayList<>();
                for (Indicator i : obs) {
                    for (String k : i.attributes().keySet()) {
                        if (!extras.contains(k)) {
                            extras.add(k);
                        }
                    }
                }
                t.typeAttribute(INDICATOR, "value", "float");
                t.typeAttribute(INDICATOR, "date", "string");
                for (Indicator i : obs) {
                    // an entry at the epoch would read back as a static value: 1970-01-01 goes 1 ms later
                    // (the date entry, not the time, carries the observation's date)
                    long time = i.date().startMillis() == OcelTime.EPOCH ? OcelTime.EPOCH + 1 : i.date().startMillis();
                    t.change(o, "value", time, Double.toString(i.value()));
                    t.change(o, "date", time, i.date().toString());
                    if (!oneUnit) {
                        t.change(o, "unit", time, i.unit());
                        t.typeAttribute(INDICATOR, "unit", "string");
                    }
                    if (anySource) {
                        t.change(o, "source", time, i.source());
                        t.typeAttribute(INDICATOR, "source", "string");
                    }
                    for (String k : extras) {
                        t.change(o, k, time, i.attributes().get(k));
                        t.typeAttribute(INDICATOR, k, "string");
                    }
                    if (!grouped) {
                        t.change(o, "seq", time, Integer.toString(position.get(i)));
                        t.typeAttribute(INDICATOR, "seq", "integer");
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ log → case

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
                        phases.add(new Phase(naturalId(p), get(p, "name"), start, end));
                    } catch (IllegalArgumentException e) {
                        throw missing(e.getMessage());
                    }
                }
            }
            CaseInfo info = new CaseInfo(naturalId(co), require(co, "name"), get(co, "name_zh"), get(co, "level"),
                    get(co, "parent"), year(co, "period.start"), year(co, "period.end"), phases,
                    get(co, "description"), extras(co, CASE_KEYS));
            Codebook codebook = codebook(get(co, CODEBOOK));

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
                return Case.of(info, actors, ties, events, indicators, sources, codebook);
            } catch (IllegalArgumentException e) {
                throw missing(e.getMessage());
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
            String v = OcelDocument.text(c, i);
            return v.isEmpty() ? null : v;
        }
    }
}
