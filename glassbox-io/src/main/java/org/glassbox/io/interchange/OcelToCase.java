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
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.io.caseformat.CodebookYaml;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.Suggestions;
import org.glassbox.io.ocel.OcelSourceMap;
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

    /**
     * Reads an OCEL 2.0 file in the given format that was written from a case, and checks the case by the rules
     * of a case folder (the same checks and messages as {@code glassbox validate} gives a folder).
     *
     * @throws OcelFormatException  with its position, when the file is no OCEL 2.0
     * @throws OcelMappingException when the log is no case at all (no or several {@code case} objects)
     * @throws CaseFormatException  with every problem, each at its OCEL element, when the case has any error
     */
    public static Case read(Path file, OcelFormat format) throws IOException, CaseFormatException {
        Checked c = check(file, format, false);
        if (c.kase() == null || c.problems().stream().anyMatch(Problem::isError)) {
            throw new CaseFormatException(c.problems());
        }
        return c.kase();
    }

    /**
     * Every problem (errors and notes) of the case an OCEL 2.0 file was written from, each at its OCEL element.
     *
     * @param strict whether the notes that doubt the coding count as errors (as {@code validate --strict})
     * @throws OcelFormatException  with its position, when the file is no OCEL 2.0
     * @throws OcelMappingException when the log is no case at all
     */
    public static List<Problem> validate(Path file, OcelFormat format, boolean strict) throws IOException {
        return check(file, format, strict).problems();
    }

    /** A case read from OCEL (null when it could not be assembled) and its problems. */
    private record Checked(Case kase, List<Problem> problems) {
    }

    private static Checked check(Path file, OcelFormat format, boolean strict) throws IOException {
        // SQLite: the event table's row order is the case's order (OcelReader.read gives pm4py's order)
        OcelReader.Located located = OcelReader.readLocated(file, format);
        ToCase t = new ToCase(located.log(), file.toString(), located.places());
        Case c;
        try {
            c = t.build();
        } catch (OcelMappingException e) {
            throw new OcelMappingException(file, e.what());
        }
        List<Problem> problems = t.checked(c, strict);
        return new Checked(c, problems);
    }

    /**
     * The case an OCEL 2.0 log was written from (not checked by the case format's rules; {@link #read} is).
     *
     * @throws OcelMappingException naming what is missing when the log does not follow the mapping
     */
    public static Case toCase(EventLog log) throws OcelMappingException {
        ToCase t = new ToCase(log, "", null);
        Case c = t.build();
        if (!t.problems.isEmpty()) {
            throw missing(t.problems.get(0).message());
        }
        return c;
    }

    private static OcelMappingException missing(String what) {
        return new OcelMappingException(null, "not a case: " + what
                + " (a log written from a case follows the mapping in case-format.md; other OCEL 2.0 logs"
                + " can be read as event logs, e.g. by `glassbox process`)");
    }

    private static final class ToCase {
        private final EventLog log;
        private final EventStore s;
        private final ObjectTable t;
        private final boolean[] isThing;
        private final Map<String, AttributeColumn> cols;
        private final List<List<ObjectTable.AttributeChange>> changes = new ArrayList<>();

        /** The file problems name, and where its objects and events are (null when not known). */
        private final String file;
        private final OcelSourceMap places;
        /** Problems of the mapping itself (what the case format cannot hold), each at its OCEL element. */
        final List<Problem> problems = new ArrayList<>();
        // the OCEL element each row of the case's tables came from (object codes; events are the log's rows)
        private int caseObject = -1;
        private final List<Integer> actorRows = new ArrayList<>();
        private final List<Integer> tieRows = new ArrayList<>();
        private final List<Integer> sourceRows = new ArrayList<>();
        private final List<int[]> indicatorRows = new ArrayList<>();
        private final List<Integer> objectRows = new ArrayList<>();
        private final List<Integer> documentRows = new ArrayList<>();
        private final List<Integer> segmentRows = new ArrayList<>();

        ToCase(EventLog log, String file, OcelSourceMap places) {
            this.file = file;
            this.places = places;
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

        /** A required attribute; when absent, a problem and "" (so the case can still be checked as a whole). */
        private String require(int o, String name) {
            String v = get(o, name);
            if (v == null) {
                problem(objectCell(o, attribute(name)), name, null, "a value for " + name,
                        type(o) + " object '" + s.objects().value(o) + "' has no attribute '" + name + "'");
                return "";
            }
            return v;
        }

        // ------------------------------------------------------------ positions and problems

        private static String attribute(String name) {
            return name == null ? null : "attribute '" + name + "'";
        }

        /** Where object {@code o} (and {@code what} of it) is: {@code 12:5 organization object 'pc', attribute 'sector'}. */
        private String objectCell(int o, String what) {
            if (o < 0) {
                return what;
            }
            String id = s.objects().value(o);
            return cell(places == null ? null : places.object(id), type(o) + " object '" + id + "'", what);
        }

        /** Where event {@code id} (and {@code what} of it) is: {@code 40:7 event 'e001', attribute 'date'}. */
        private String eventCell(String id, String what) {
            return cell(places == null ? null : places.event(id), "event '" + id + "'", what);
        }

        private static String cell(String place, String element, String what) {
            return (place == null ? "" : place + " ") + element + (what == null ? "" : ", " + what);
        }

        private static final java.util.regex.Pattern LINE_COLUMN = java.util.regex.Pattern.compile("^(\\d+):(\\d+) ");

        /** An error at an OCEL element; the line and column are those of its JSON object or XML element. */
        private void problem(String cell, String field, String found, String expected, String message) {
            problems.add(at(cell, field, found, expected, message, Problem.Severity.ERROR));
        }

        private Problem at(String cell, String field, String found, String expected, String message,
                           Problem.Severity severity) {
            int line = 0;
            int column = 0;
            java.util.regex.Matcher m = cell == null ? null : LINE_COLUMN.matcher(cell);
            if (m != null && m.find()) {
                try {
                    line = Integer.parseInt(m.group(1));
                    column = Integer.parseInt(m.group(2));
                } catch (NumberFormatException tooLarge) {
                    line = 0;
                    column = 0;
                }
            }
            return new Problem(file, line, column, cell, field, found, expected, message, severity);
        }

        /**
         * The mapping's problems, the E2O links dropped because their object is not in the log, and every problem
         * of {@code c} by the case format's own rules ({@link CaseRows#validate}: the checks and messages of a case
         * folder), each placed at the OCEL element its row came from.
         */
        List<Problem> checked(Case c, boolean strict) throws IOException {
            List<Problem> out = new ArrayList<>(problems);
            if (places != null) {
                List<String> actorIds = new ArrayList<>();
                if (c != null) {
                    c.actors().forEach(a -> actorIds.add(a.id()));
                }
                for (OcelSourceMap.DroppedLink d : places.droppedLinks()) {
                    String q = d.qualifier();
                    String what = "E2O " + (q.isEmpty() ? "link" : q) + " to '" + d.object() + "'";
                    if (Role.ofWord(q) != null) {
                        out.add(at(eventCell(d.event(), what), q, d.object(), "an id of an organization object",
                                "an unknown actor id" + Suggestions.hint(d.object(), actorIds), Problem.Severity.ERROR));
                    } else if (q.equals(SOURCE)) {
                        out.add(at(eventCell(d.event(), what), q, d.object(), "an id of a source object",
                                "an unknown source id", Problem.Severity.ERROR));
                    } else {
                        out.add(at(eventCell(d.event(), what), q, d.object(), "an object of the log",
                                "an E2O link to an object that is not in the log (it cannot be kept)",
                                Problem.Severity.ERROR));
                    }
                }
            }
            if (c == null) {
                return inFileOrder(out);
            }
            Set<String> mapped = new HashSet<>();
            for (Problem p : problems) {
                mapped.add(p.cell() + "\u0000" + p.field());
            }
            CaseRows rows = CaseRows.of(c);
            for (Problem p : rows.validate(strict).problems()) {
                Problem q = locate(p, rows);
                if (!mapped.contains(q.cell() + "\u0000" + q.field())) { // already said by the mapping
                    out.add(q);
                }
            }
            return inFileOrder(out);
        }

        /**
         * The problems in the order of the file (JSON, XML: by line and column; those without a line after them, in
         * the order found); SQLite's table#row places keep the order found (mapping, links, then the folder rules).
         */
        private static List<Problem> inFileOrder(List<Problem> ps) {
            List<Problem> sorted = new ArrayList<>(ps);
            sorted.sort(java.util.Comparator.comparingLong((Problem p) -> p.line() == 0 ? Long.MAX_VALUE : p.line())
                    .thenComparingInt(Problem::column));
            return sorted;
        }

        /** A problem of the case's tables at the OCEL element its row came from. */
        private Problem locate(Problem p, CaseRows rows) {
            String f = p.file();
            String cell;
            if (f.equals(CaseRows.CASE_FILE)) {
                cell = objectCell(caseObject, attribute(p.field()));
            } else if (f.equals(CaseRows.CODEBOOK_FILE)) {
                cell = objectCell(caseObject, attribute(CODEBOOK) + (p.line() > 0 ? " line " + p.line() : ""));
            } else if (f.endsWith(".csv")) {
                String table = f.substring(0, f.length() - 4);
                int row = p.line() > 0 ? rows.rowAt(table, p.line()) : -1;
                cell = row < 0 ? null : rowCell(table, row, p.field());
                if (cell == null) {
                    cell = "the case's " + table;
                }
            } else {
                cell = f; // a document's text: documents/…
            }
            return at(cell, p.field(), p.found(), p.expected(), p.message(), p.severity());
        }

        private String rowCell(String table, int row, String field) {
            List<Integer> objects = switch (table) {
                case "actors" -> actorRows;
                case "ties" -> tieRows;
                case "sources" -> sourceRows;
                case "objects" -> objectRows;
                case "documents" -> documentRows;
                case "segments" -> segmentRows;
                default -> null;
            };
            if (objects != null) {
                if (row >= objects.size()) {
                    return null;
                }
                String what = table.equals("ties") && ("from".equals(field) || "to".equals(field)) ? "O2O " + field
                        : attribute(field);
                return objectCell(objects.get(row), what);
            }
            if (table.equals("indicators")) {
                if (row >= indicatorRows.size()) {
                    return null;
                }
                int[] r = indicatorRows.get(row);
                return objectCell(r[0], "observation " + (r[1] + 1) + (field == null ? "" : ", " + attribute(field)));
            }
            if (table.equals("events") && row < s.size()) {
                String what = field == null ? null : switch (field) {
                    case "type" -> "type";
                    case "id" -> "id";
                    case "initiator" -> "E2O initiator";
                    case "targets" -> "E2O target";
                    case "participants" -> "E2O participant";
                    case "objects" -> "E2O object";
                    default -> attribute(field);
                };
                return eventCell(s.id(row), what);
            }
            return null;
        }

        private String naturalId(int o) {
            String id = get(o, "id");
            return id != null ? id : s.objects().value(o);
        }

        private PartialDate date(int o, String name) {
            String v = get(o, name);
            return v == null ? null : parseDate(v, objectCell(o, attribute(name)), name);
        }

        /** A partial date; one that does not parse is a problem (as in a case folder) and null. */
        private PartialDate parseDate(String v, String cell, String field) {
            try {
                return PartialDate.parse(v);
            } catch (IllegalArgumentException e) {
                problem(cell, field, v, "a partial date (YYYY, YYYY-MM or YYYY-MM-DD)", "not a partial ISO date");
                return null;
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
            caseObject = co;
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
                    if (get(p, "start") == null || get(p, "end") == null) {
                        problem(objectCell(p, null), "start", null, "attributes start and end",
                                "phase '" + naturalId(p) + "' needs attributes start and end");
                    }
                    if (start == null || end == null) {
                        continue;
                    }
                    try {
                        phases.add(new Phase(naturalId(p), get(p, "name"), get(p, "name_zh"), start, end));
                    } catch (IllegalArgumentException e) {
                        problem(objectCell(p, attribute("end")), "end", end.toString(), "a date not before " + start,
                                "the phase ends before it starts");
                    }
                }
            }
            CaseInfo info = new CaseInfo(naturalId(co), require(co, "name"), get(co, "name_zh"), get(co, "level"),
                    get(co, "parent"), year(co, "period.start"), year(co, "period.end"), phases,
                    get(co, "description"), extras(co, CASE_KEYS));
            Codebook codebook = codebook(get(co, CODEBOOK));
            List<Code> codes = codebook == null ? List.of() : codes(get(co, CODEBOOK));
            if (codebook == null) {
                codebook = Codebook.defaults();
            }

            // actors
            List<Actor> actors = new ArrayList<>();
            Map<Integer, String> actorOf = new HashMap<>();
            for (int o : objectsOf(ORGANIZATION)) {
                String id = naturalId(o);
                String name = require(o, "name");
                String sector = require(o, "sector");
                PartialDate joined = date(o, "joined");
                PartialDate left = date(o, "left");
                if (joined != null && left != null && left.definitelyBefore(joined)) {
                    problem(objectCell(o, attribute("left")), "left", left.toString(),
                            "a date not before joined (" + joined + ")", "the actor leaves before it joins");
                    left = null;
                }
                actors.add(new Actor(id, name, get(o, "name_zh"), sector, get(o, "level"), get(o, "function"), joined,
                        left, extras(o, ACTOR_KEYS)));
                actorRows.add(o);
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
                    String end = from == null ? "from" : "to";
                    String missingId = null;
                    for (ObjectTable.DanglingRelation d : t.danglingRelations()) {
                        if (d.from() == o && end.equals(d.qualifier())) {
                            missingId = d.targetId();
                        }
                    }
                    if (missingId != null) { // as a folder's ties.csv says of an actor id it does not have
                        List<String> actorIds = actors.stream().map(Actor::id).toList();
                        problem(objectCell(o, "O2O " + end + " to '" + missingId + "'"), end, missingId,
                                "an id of an organization object",
                                "an unknown actor id" + Suggestions.hint(missingId, actorIds));
                        continue;
                    }
                    problem(objectCell(o, "O2O " + end), end, null,
                            "O2O relations 'from' and 'to' to organization objects",
                            "tie '" + naturalId(o) + "' needs O2O relations 'from' and 'to' to organization objects");
                    continue;
                }
                PartialDate start = date(o, "start");
                PartialDate end = date(o, "end");
                if (start != null && end != null && end.definitelyBefore(start)) {
                    problem(objectCell(o, attribute("end")), "end", end.toString(),
                            "a date not before start (" + start + ")", "the tie ends before it starts");
                    end = null;
                }
                ties.add(new Tie(naturalId(o), from, to, require(o, "type"), start, end, get(o, "source"),
                        extras(o, TIE_KEYS)));
                tieRows.add(o);
            }
            // sources
            List<Source> sources = new ArrayList<>();
            Map<Integer, String> sourceOf = new HashMap<>();
            for (int o : objectsOf(SOURCE)) {
                sources.add(new Source(naturalId(o), get(o, "title"), get(o, "kind"), date(o, "date"), get(o, "url"),
                        get(o, "quote"), extras(o, SOURCE_KEYS)));
                sourceOf.put(o, naturalId(o));
                sourceRows.add(o);
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
                if (problems.isEmpty()) {
                    problem(null, null, null, null, e.getMessage());
                }
                return null; // what went wrong is among the problems
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
                    objectRows.add(o);
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

        private List<Document> documents() {
            List<Document> out = new ArrayList<>();
            for (int o : objectsOf(DOCUMENT)) {
                String content = get(o, CONTENT);
                documentRows.add(o);
                out.add(new Document(naturalId(o), require(o, "source"), require(o, "text"), get(o, "original"),
                        get(o, "language"), "restricted".equals(get(o, "access")), content == null ? "" : content,
                        extras(o, DOCUMENT_KEYS)));
            }
            return out;
        }

        private List<Segment> segments() {
            List<Segment> out = new ArrayList<>();
            for (int o : objectsOf(SEGMENT)) {
                String where = "segment '" + naturalId(o) + "'";
                try {
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
                    segmentRows.add(o);
                } catch (IllegalArgumentException e) {
                    problem(objectCell(o, null), null, null, null, where + ": " + e.getMessage());
                }
            }
            return out;
        }

        private int offset(int o, String name, String where) {
            String v = require(o, name);
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                problem(objectCell(o, attribute(name)), name, v, "a code-point offset",
                        where + ": " + name + " '" + v + "' is not a code-point offset");
                return 0;
            }
        }

        private List<Code> codes(String yaml) {
            if (yaml == null) {
                return List.of();
            }
            try {
                return CodebookYaml.readCodes(yaml, "the case's codebook attribute");
            } catch (CaseFormatException e) {
                problem(objectCell(caseObject, attribute(CODEBOOK)), CODEBOOK, null, "a codebook as YAML",
                        "the case's codebook attribute is not a valid codebook: " + e.getMessage());
                return List.of();
            }
        }

        private Integer year(int o, String name) {
            String v = get(o, name);
            if (v == null) {
                return null;
            }
            try {
                return Integer.valueOf(v.strip());
            } catch (NumberFormatException e) {
                problem(objectCell(o, attribute(name)), name, v, "a year (YYYY)", "not a year");
                return null;
            }
        }

        /** The case's codebook; null (a problem logged) when its attribute is no codebook. */
        private Codebook codebook(String yaml) throws OcelMappingException {
            if (yaml == null) {
                return Codebook.defaults();
            }
            Path tmp = null;
            try {
                tmp = Files.createTempFile("glassbox-codebook", ".yaml");
                Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
                return CodebookYaml.read(tmp);
            } catch (CaseFormatException e) {
                problem(objectCell(caseObject, attribute(CODEBOOK)), CODEBOOK, null, "a codebook as YAML",
                        "the case's codebook attribute is not a valid codebook: " + e.getMessage());
                return null;
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

        private List<Indicator> indicators() {
            List<Indicator> out = new ArrayList<>();
            List<Integer> seqs = new ArrayList<>();
            indicators:
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
                        problem(objectCell(o, attribute(e.getKey())), e.getKey(), null,
                                "one entry per value", "indicator '" + name + "' has " + values.size() + " values but "
                                + e.getValue().size() + " entries of '" + e.getKey() + "'");
                        continue indicators;
                    }
                }
                List<ObjectTable.AttributeChange> valueChanges = changes.get(o).stream()
                        .filter(c -> c.attribute().equals("value")).toList();
                for (int k = 0; k < values.size(); k++) {
                    String where = "observation " + (k + 1);
                    PartialDate date = dates != null && dates.get(k) != null
                            ? parseDate(dates.get(k), objectCell(o, where + ", " + attribute("date")), "date")
                            : PartialDate.fromMillis(valueChanges.get(k).time(), org.glassbox.core.model.Precision.DAY);
                    double value;
                    try {
                        value = Double.parseDouble(values.get(k));
                    } catch (NullPointerException | NumberFormatException e) {
                        problem(objectCell(o, where + ", " + attribute("value")), "value", values.get(k), "a number",
                                "not a number");
                        continue;
                    }
                    if (date == null) {
                        continue;
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
                    indicatorRows.add(new int[] {o, k});
                    if (series.containsKey("seq")) {
                        try {
                            seqs.add(Integer.parseInt(series.get("seq").get(k)));
                        } catch (NumberFormatException e) {
                            problem(objectCell(o, where + ", " + attribute("seq")), "seq", series.get("seq").get(k),
                                    "a row number", "seq is not a number");
                            seqs.add(Integer.MAX_VALUE);
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
                List<int[]> rows = new ArrayList<>();
                for (int k : order) {
                    sorted.add(out.get(k));
                    rows.add(indicatorRows.get(k));
                }
                indicatorRows.clear();
                indicatorRows.addAll(rows);
                return sorted;
            }
            return out;
        }

        private static String blankNull(String v) {
            return v == null || v.isEmpty() ? null : v;
        }

        /** The words of a case's mechanism column (as the case format says them). */
        private static final List<String> MECHANISM_WORDS = List.of("administrative", "market", "collaborative", "none");

        private EventStore events(List<Actor> actors, Map<Integer, String> actorOf, Map<Integer, String> sourceOf) {
            EventStore.Builder b = EventStore.builder(Case.actorDictionary(actors));
            AttributeColumn dateCol = s.attribute("date");
            AttributeColumn mechCol = s.attribute("mechanism");
            AttributeColumn sourceCol = s.attribute(EventStore.SOURCE);
            AttributeColumn titleCol = s.attribute(EventStore.TITLE);
            AttributeColumn fromCol = s.attribute(EventStore.FROM_JURISDICTION);
            for (int i = 0; i < s.size(); i++) {
                String where = "event '" + s.id(i) + "'";
                String d = text(dateCol, i);
                PartialDate date = d != null ? parseDate(d, eventCell(s.id(i), attribute("date")), "date")
                        : s.time(i) == EventStore.MISSING_TIME ? null
                        : PartialDate.fromMillis(s.time(i), org.glassbox.core.model.Precision.DAY);
                b.add(s.id(i), s.typeName(i), date);
                String m = text(mechCol, i);
                if (m != null) {
                    Mechanism mech = Mechanism.ofWord(m);
                    if (mech == null) {
                        problem(eventCell(s.id(i), attribute("mechanism")), "mechanism", m,
                                "administrative, market, collaborative, none or blank",
                                "an unknown mechanism" + Suggestions.hint(m.strip(), MECHANISM_WORDS));
                    } else {
                        b.mechanism(mech);
                    }
                }
                List<String> srcs = new ArrayList<>();
                for (int k = s.objectsFrom(i); k < s.objectsTo(i); k++) {
                    int o = s.objectAt(k);
                    String q = s.qualifiers().value(s.qualifierAt(k));
                    Role role = Role.ofWord(q);
                    if (role != null) {
                        String actor = actorOf.get(o);
                        if (actor == null) {
                            problem(eventCell(s.id(i), "E2O " + q + " to '" + s.objects().value(o) + "'"), q,
                                    s.objects().value(o), "an organization object", where + " links '"
                                    + s.objects().value(o) + "' as " + q + ", which is not an organization object");
                        } else {
                            b.actor(actor, role);
                        }
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
                            problem(eventCell(s.id(i), "E2O object to '" + key + "'"), OBJECT, key, "a kind:id object",
                                    e.getMessage());
                        }
                    } else if (q.equals(SOURCE)) {
                        String src = sourceOf.get(o);
                        if (src == null) {
                            problem(eventCell(s.id(i), "E2O source to '" + s.objects().value(o) + "'"), SOURCE,
                                    s.objects().value(o), "a source object",
                                    where + " cites '" + s.objects().value(o) + "', which is not a source object");
                        } else {
                            srcs.add(src);
                        }
                    } else {
                        problem(eventCell(s.id(i), "E2O " + q + " to '" + s.objects().value(o) + "'"), q, q,
                                "initiator, target, participant, object or source",
                                where + " has an E2O qualifier '" + q + "'; a case log uses initiator, target,"
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
