package org.glassbox.io.caseformat;

import static org.glassbox.io.caseformat.CaseTables.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import org.glassbox.core.analysis.formalism.Diagnostic;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Indicator;
import org.glassbox.core.model.Mechanism;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Source;
import org.glassbox.core.model.Tie;

/**
 * Checks every file of a case against case-format.md and assembles the {@link Case}. Every
 * problem of every file is logged; the case is returned only when there was no error (files are
 * read in the order case.yaml, codebook.yaml, actors, sources, ties, events, indicators, and the
 * format 1.1 tables objects, documents (with their texts) and segments, so that references can be
 * checked in one pass over each file).
 */
final class CaseLoader {
    private final CaseSource src;
    private final ProblemLog log;
    private Codebook codebook = Codebook.defaults();

    private final List<Actor> actors = new ArrayList<>();
    private final List<String> actorIds = new ArrayList<>();
    /** By actor code: the actor's joined and left dates (null when not given) and its row. */
    private final List<PartialDate> actorJoined = new ArrayList<>();
    private final List<PartialDate> actorLeft = new ArrayList<>();
    private final List<Integer> actorLine = new ArrayList<>();
    private final IdIndex actorCodes = new IdIndex(64);
    private boolean actorsChecked;
    private final IdIndex sourceLines = new IdIndex(64);
    private boolean sourcesChecked;
    // format 1.1: what links, exemptions and passages are checked against
    private final List<Coder> coders = new ArrayList<>();
    private List<Code> codes = List.of();
    private final Set<String> tieIds = new HashSet<>();
    private boolean tiesChecked;
    private final IdIndex eventIds = new IdIndex(64);
    private boolean eventsChecked;
    private final Set<String> eventObjects = new HashSet<>();
    private final Set<String> indicatorNames = new HashSet<>();
    private final Set<String> objectIds = new HashSet<>();
    /** documents.csv's ids (also of documents whose text could not be read) and the documents read. */
    private final Set<String> documentRows = new HashSet<>();
    private final Map<String, Document> documentById = new LinkedHashMap<>();

    private CaseLoader(CaseSource src, ProblemLog log) {
        this.src = src;
        this.log = log;
    }

    /** The case, or null when any error was logged. */
    static Case load(CaseSource src, ProblemLog log) {
        return new CaseLoader(src, log).load();
    }

    private Case load() {
        for (String required : List.of(CASE, ACTORS, EVENTS)) {
            if (!src.has(required)) {
                log.error(Pos.of(src.display(required)), null, null, "the " + src.kind(required) + " "
                        + src.logicalName(required), "a missing required " + src.kind(required));
            }
        }
        if (src.has(CODEBOOK)) {
            YamlNode cb = src.codebook(log);
            if (cb != null) {
                codebook = codebook.extend(CodebookYaml.extension(cb, Codebook.defaults(), log));
                codes = CodebookYaml.codes(cb, log);
            }
        }
        CaseInfo info = null;
        if (src.has(CASE)) {
            YamlNode root = src.caseInfo(log);
            if (root != null) {
                info = caseInfo(root);
            }
        }
        readActors();
        List<Source> sources = readSources();
        List<Tie> ties = readTies();
        EventStore events = readEvents();
        List<Indicator> indicators = readIndicators();
        List<CaseObject> objects = readObjects();
        List<Document> documents = readDocuments();
        List<Segment> segments = readSegments();
        if (log.hasErrors() || info == null || events == null) {
            return null;
        }
        Case c = Case.of(info, actors, ties, events, indicators, sources, codebook);
        if (!objects.isEmpty()) {
            c = c.withObjects(objects);
        }
        Coding coding = Coding.of(coders, codes, documents, segments);
        return coding.isEmpty() ? c : c.withCoding(coding);
    }

    /** The words of the mechanism column. */
    private static final List<String> MECHANISM_WORDS = List.of("administrative", "market", "collaborative", "none");

    /** Whether the case's tables are sheets of a workbook (messages then speak of sheets and rows). */
    private boolean sheets() {
        return "sheet".equals(src.kind(EVENTS));
    }

    /** How a message names table {@code file}: {@code actors.csv}, or {@code the sheet actors} in a workbook. */
    private String where(String file) {
        return sheets() ? "the sheet " + src.logicalName(file) : file;
    }

    /** Where an actor's row is, for a message about an event: {@code actors.csv line 3} or {@code sheet actors, row 3}. */
    private String actorRow(int line) {
        return sheets() ? "sheet " + src.logicalName(ACTORS) + ", row " + line : ACTORS + " line " + line;
    }

    // ---------------------------------------------------------------- case.yaml

    private CaseInfo caseInfo(YamlNode root) {
        if (!root.isMap()) {
            log.error(root.pos(), null, root.describe(), "a mapping with id, name, level, period, phases, …",
                    "case.yaml is not a mapping of keys to values");
            return null;
        }
        int before = log.errorCount();
        Map<String, YamlNode> m = root.map();
        String id = scalar(m, "id", root, true);
        if (id != null && !isIdentifier(id)) {
            identifierProblem(m.get("id").pos(), "id", id);
        }
        String name = scalar(m, "name", root, true);
        String nameZh = scalar(m, "name_zh", root, false);
        String level = scalar(m, "level", root, false);
        if (level != null && !codebook.levels().contains(level.strip())) {
            log.error(m.get("level").pos(), "level", level, String.join(", ", codebook.levels()), "an unknown level");
        }
        String parent = scalar(m, "parent", root, false);
        if (parent != null && !isIdentifier(parent)) {
            identifierProblem(m.get("parent").pos(), "parent", parent);
        }
        Integer start = null;
        Integer end = null;
        YamlNode period = m.get("period");
        if (period != null && !period.isNull()) {
            if (!period.isMap()) {
                log.error(period.pos(), "period", period.describe(), "{start: YEAR, end: YEAR}", "period is not a mapping");
            } else {
                for (String k : period.map().keySet()) {
                    if (!k.equals("start") && !k.equals("end")) {
                        log.error(period.map().get(k).pos(), "period." + k, k, "start and end", "an unknown key of period");
                    }
                }
                start = year(period.map().get("start"), "period.start");
                end = year(period.map().get("end"), "period.end");
                if (start != null && end != null && end < start) {
                    log.error(period.map().get("end").pos(), "period.end", String.valueOf(end),
                            "a year not before " + start, "the period ends before it starts");
                }
            }
        }
        List<Phase> phases = phases(m.get("phases"));
        String description = scalar(m, "description", root, false);
        String format = scalar(m, "format", root, false);
        if (format != null && !FORMATS.contains(format.strip())) {
            log.error(m.get("format").pos(), "format", format, "1 or 1.1", "an unknown version of the case format");
        }
        coders(m.get("coders"));
        Map<String, String> extra = new LinkedHashMap<>();
        Map<String, Object> shape = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!CASE_KEYS.contains(k)) {
                flatten(k, v, extra);
                shape.put(k, shape(v));
            }
        });
        if (log.errorCount() > before || id == null || name == null) {
            return null;
        }
        return new CaseInfo(id.strip(), name, nameZh, level == null ? null : level.strip(),
                parent, start, end, phases, description, extra, shape);
    }

    /** An unknown key's value as written: text, or a list or map of them (null for a YAML null). */
    private static Object shape(YamlNode v) {
        if (v.isMap()) {
            Map<String, Object> out = new LinkedHashMap<>();
            v.map().forEach((k, w) -> out.put(k, shape(w)));
            return out;
        }
        if (v.isList()) {
            List<Object> out = new ArrayList<>();
            v.list().forEach(w -> out.add(shape(w)));
            return out;
        }
        return v.text();
    }

    /** Unknown keys of case.yaml, nested ones as dotted keys, kept as text. */
    private static void flatten(String key, YamlNode v, Map<String, String> into) {
        if (v.isMap()) {
            v.map().forEach((k, w) -> flatten(key + "." + k, w, into));
        } else if (v.isList()) {
            for (int i = 0; i < v.list().size(); i++) {
                flatten(key + "." + i, v.list().get(i), into);
            }
        } else if (v.text() != null) {
            into.put(key, v.text());
        }
    }

    private String scalar(Map<String, YamlNode> m, String key, YamlNode parent, boolean required) {
        YamlNode n = m.get(key);
        if (n == null || n.isNull() || (n.text() != null && n.text().isBlank())) {
            if (required) {
                log.error(n == null ? parent.pos() : n.pos(), key, null, "a value for " + key,
                        n == null ? "a missing required key '" + key + "'" : "an empty required field '" + key + "'");
            }
            return null;
        }
        if (!n.isScalar()) {
            log.error(n.pos(), key, n.describe(), "a single value", key + " must be a single value");
            return null;
        }
        return n.text();
    }

    private Integer year(YamlNode n, String field) {
        if (n == null || n.isNull()) {
            return null;
        }
        String t = n.text() == null ? "" : n.text().strip();
        if (t.length() == 4 && t.chars().allMatch(c -> c >= '0' && c <= '9') && !t.equals("0000")) {
            return Integer.parseInt(t);
        }
        log.error(n.pos(), field, n.describe(), "a year (YYYY)", "not a year");
        return null;
    }

    private List<Phase> phases(YamlNode n) {
        List<Phase> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isList()) {
            log.error(n.pos(), "phases", n.describe(), "a list of {id, name, start, end}", "phases is not a list");
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode p : n.list()) {
            if (!p.isMap()) {
                log.error(p.pos(), "phases", p.describe(), "{id, name, start, end}", "a phase is not a mapping");
                continue;
            }
            Map<String, YamlNode> m = p.map();
            for (String k : m.keySet()) {
                if (!PHASE_KEYS.contains(k)) {
                    log.error(m.get(k).pos(), "phases." + k, k, "id, name, name_zh, start and end", "an unknown key of a phase");
                }
            }
            int before = log.errorCount();
            String id = scalar(m, "id", p, true);
            if (id != null && !isIdentifier(id)) {
                identifierProblem(m.get("id").pos(), "phases.id", id);
            } else if (id != null && seen.containsKey(id)) {
                log.error(m.get("id").pos(), "phases.id", id, "phase ids unique (first at line " + seen.get(id) + ")",
                        "a duplicate phase id");
            } else if (id != null) {
                seen.put(id, m.get("id").pos().line());
            }
            String name = scalar(m, "name", p, false);
            String nameZh = scalar(m, "name_zh", p, false);
            PartialDate start = yamlDate(m.get("start"), p, "phases.start");
            PartialDate end = yamlDate(m.get("end"), p, "phases.end");
            if (start != null && end != null && end.definitelyBefore(start)) {
                log.error(m.get("end").pos(), "phases.end", end.toString(), "a date not before " + start,
                        "the phase ends before it starts");
            }
            if (log.errorCount() == before && id != null && start != null && end != null) {
                out.add(new Phase(id, name, nameZh, start, end));
            }
        }
        return out;
    }

    /** case.yaml's {@code coders} (format 1.1): a list of {@code {id, name}}, ids unique. */
    private void coders(YamlNode n) {
        if (n == null || n.isNull()) {
            return;
        }
        if (!n.isList()) {
            log.error(n.pos(), "coders", n.describe(), "a list of {id, name}", "coders is not a list");
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode c : n.list()) {
            if (!c.isMap()) {
                log.error(c.pos(), "coders", c.describe(), "{id, name}", "a coder is not a mapping");
                continue;
            }
            Map<String, YamlNode> m = c.map();
            for (String k : m.keySet()) {
                if (!CODER_KEYS.contains(k)) {
                    log.error(m.get(k).pos(), "coders." + k, k, "id and name", "an unknown key of a coder");
                }
            }
            String id = scalar(m, "id", c, true);
            if (id == null) {
                continue;
            }
            if (!isIdentifier(id)) {
                identifierProblem(m.get("id").pos(), "coders.id", id);
            } else if (seen.containsKey(id)) {
                log.error(m.get("id").pos(), "coders.id", id, "coder ids unique (first at line " + seen.get(id) + ")",
                        "a duplicate coder id");
            } else {
                seen.put(id, m.get("id").pos().line());
                coders.add(new Coder(id, scalar(m, "name", c, false)));
            }
        }
    }

    private PartialDate yamlDate(YamlNode n, YamlNode parent, String field) {
        if (n == null || n.isNull()) {
            log.error(n == null ? parent.pos() : n.pos(), field, null, "a partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
                    "a missing required date");
            return null;
        }
        try {
            return PartialDate.parse(n.text() == null ? "" : n.text());
        } catch (IllegalArgumentException e) {
            log.error(n.pos(), field, n.describe(), "a partial date (YYYY, YYYY-MM or YYYY-MM-DD)", "not a partial ISO date");
            return null;
        }
    }

    // ---------------------------------------------------------------- rows

    /** One table being read, with helpers that check a field and log its problem at its cell. */
    private final class Rows {
        final Table t;
        final Columns c;
        int errorsBefore;

        Rows(Table t, List<String> known, List<String> required) {
            this.t = t;
            this.c = new Columns(t, Set.copyOf(known), required, log);
        }

        boolean next() {
            if (!t.next()) {
                return false;
            }
            errorsBefore = log.errorCount();
            return true;
        }

        boolean rowOk() {
            return log.errorCount() == errorsBefore;
        }

        /** The field's text, null when the column is absent or the field empty. */
        String opt(String column) {
            int i = c.of(column);
            if (i < 0) {
                return null;
            }
            String v = t.get(i);
            return v.isEmpty() ? null : v;
        }

        /** A required field's text; an empty one is logged. */
        String req(String column) {
            int i = c.of(column);
            String v = t.get(i);
            if (v.isBlank()) {
                log.error(t.pos(i), column, null, "a value", "an empty required field '" + column + "'");
                return null;
            }
            return v;
        }

        /** A required identifier. */
        String id(String column) {
            String v = req(column);
            if (v != null && !isIdentifier(v)) {
                identifierProblem(pos(column), column, v);
                return null;
            }
            return v;
        }

        Pos pos(String column) {
            return t.pos(c.of(column));
        }

        /** A vocabulary word (surrounding spaces ignored), or null when empty. */
        String word(String column) {
            String v = opt(column);
            if (v == null) {
                return null;
            }
            v = v.strip();
            return v.isEmpty() ? null : v;
        }

        PartialDate date(String column, boolean required) {
            String v = required ? req(column) : opt(column);
            if (v == null || (!required && v.isBlank())) {
                return null;
            }
            try {
                return PartialDate.parse(v);
            } catch (IllegalArgumentException e) {
                log.error(pos(column), column, v, "a partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
                        "not a partial ISO date" + excelSerial(v.strip()));
                return null;
            }
        }

        /** A {@code ;} list; items are stripped; an empty item is logged. Empty field: empty list. */
        List<String> list(String column) {
            String v = opt(column);
            if (v == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>(4);
            forEachItem(this, column, v, (a, z) -> out.add(v.substring(a, z)));
            return out;
        }

        /** Unknown columns of the row (non-empty values), in header order. */
        Map<String, String> extra() {
            for (int i : c.unnamed()) {
                if (!t.get(i).isBlank()) {
                    log.error(t.pos(i), null, t.get(i), "a name in the header row for this column",
                            "a value in a column without a name");
                }
            }
            if (c.extra().isEmpty()) {
                return Map.of();
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i : c.extra()) {
                String v = t.get(i);
                if (!v.isEmpty()) {
                    m.put(t.header().get(i), v);
                }
            }
            return m;
        }

        /** Checks that each id names a known actor. */
        boolean actorsKnown(String column, List<String> ids) {
            boolean ok = true;
            if (!actorsChecked) {
                return true;
            }
            for (String a : ids) {
                if (actorCodes.get(a) == IdIndex.ABSENT) {
                    log.error(pos(column), column, a, "an id from " + where(ACTORS),
                            "an unknown actor id" + Suggestions.hint(a, actorIds));
                    ok = false;
                }
            }
            return ok;
        }

        /**
         * Logs each id that names no row of sources.csv; when the case has no sources.csv, every id is
         * unknown (as documents.csv's are); when sources.csv could not be read to its end, nothing is
         * checked (no cascade).
         */
        void sourcesKnown(String column, List<String> ids) {
            if (!sourcesChecked) {
                if (!src.has(SOURCES)) {
                    for (String s : ids) {
                        log.error(pos(column), column, s, "an id from " + where(SOURCES),
                                "an unknown source id (the case has no " + where(SOURCES) + ")");
                    }
                }
                return;
            }
            for (String s : ids) {
                if (sourceLines.get(s) == IdIndex.ABSENT) {
                    log.error(pos(column), column, s, "an id from " + where(SOURCES), "an unknown source id");
                }
            }
        }

        /** Logs a duplicate of an id first seen at {@code firstLine}; returns whether it is new. */
        boolean unique(IdIndex seen, String column, String id) {
            int first = seen.putIfAbsent(id, t.line());
            if (first != IdIndex.ABSENT) {
                String at = (sheets() ? "row " : "line ") + first;
                log.error(pos(column), column, id, "ids unique in the " + (sheets() ? "sheet" : "file") + " (first at "
                        + at + ")", "a duplicate id, first at " + at);
                return false;
            }
            return true;
        }
    }

    private Rows open(String file, List<String> known, List<String> required) {
        Table t = src.table(file, log);
        return t == null ? null : new Rows(t, known, required);
    }

    // ---------------------------------------------------------------- actors

    private void readActors() {
        Rows r = open(ACTORS, ACTOR_COLUMNS, List.of("id", "name", "sector"));
        if (r == null) {
            return;
        }
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return;
            }
            actorsChecked = true;
            IdIndex seen = new IdIndex(64);
            while (r.next()) {
                String id = r.id("id");
                boolean fresh = id != null && r.unique(seen, "id", id);
                String name = r.req("name");
                String sector = sector(r);
                String level = r.word("level");
                if (level != null && !codebook.levels().contains(level)) {
                    log.error(r.pos("level"), "level", level, String.join(", ", codebook.levels()), "an unknown level");
                }
                String function = r.opt("function");
                PartialDate joined = r.date("joined", false);
                PartialDate left = r.date("left", false);
                if (joined != null && left != null && left.definitelyBefore(joined)) {
                    log.error(r.pos("left"), "left", left.toString(), "a date not before joined (" + joined + ")",
                            "the actor leaves before it joins");
                }
                Map<String, String> extra = r.extra();
                if (fresh) {
                    actorCodes.putIfAbsent(id, actorIds.size());
                    actorIds.add(id);
                    actorJoined.add(joined);
                    actorLeft.add(left);
                    actorLine.add(t.line());
                    if (r.rowOk()) {
                        actors.add(new Actor(id, name, r.opt("name_zh"), sector, level, function, joined, left, extra));
                    }
                }
            }
            // a file that could not be read to its end cannot say which ids are unknown
            actorsChecked = !t.failed();
        }
    }

    private String sector(Rows r) {
        String v = r.req("sector");
        if (v == null) {
            return null;
        }
        String s = v.strip();
        if (Codebook.UNKNOWN_SECTOR.equals(s)) {
            log.error(r.pos("sector"), "sector", s, String.join(", ", codebook.sectors().keySet()),
                    "the sector 'unknown' marks an actor still to code in a case imported from another tool's .qdpx"
                            + " project; give the actor a sector of the codebook");
            return null;
        }
        if (!codebook.sectors().containsKey(s)) {
            log.error(r.pos("sector"), "sector", s, String.join(", ", codebook.sectors().keySet()),
                    "an unknown sector" + Suggestions.hint(s, codebook.sectors().keySet()));
            return null;
        }
        return s;
    }

    // ---------------------------------------------------------------- sources

    private List<Source> readSources() {
        List<Source> out = new ArrayList<>();
        Rows r = open(SOURCES, SOURCE_COLUMNS, List.of("id"));
        if (r == null) {
            return out;
        }
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return out;
            }
            sourcesChecked = true;
            while (r.next()) {
                String id = r.id("id");
                boolean fresh = id != null && r.unique(sourceLines, "id", id);
                String kind = r.word("kind");
                if (kind != null && !SOURCE_KINDS.contains(kind)) {
                    log.error(r.pos("kind"), "kind", kind, String.join(", ", SOURCE_KINDS), "an unknown kind of source");
                }
                PartialDate date = r.date("date", false);
                Map<String, String> extra = r.extra();
                if (fresh && r.rowOk()) {
                    out.add(new Source(id, r.opt("title"), kind, date, r.opt("url"), r.opt("quote"), extra));
                }
            }
            sourcesChecked = !t.failed();
        }
        return out;
    }

    // ---------------------------------------------------------------- ties

    private List<Tie> readTies() {
        List<Tie> out = new ArrayList<>();
        Rows r = open(TIES, TIE_COLUMNS, List.of("from", "to", "type"));
        if (r == null) {
            return out;
        }
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return out;
            }
            IdIndex seen = new IdIndex(64);
            boolean hasId = r.c.of("id") >= 0;
            while (r.next()) {
                String id;
                if (hasId && r.opt("id") != null) {
                    id = r.id("id");
                } else {
                    id = "tie@" + t.line();
                }
                if (id != null && r.unique(seen, hasId ? "id" : "from", id)) {
                    tieIds.add(id);
                }
                String from = r.id("from");
                String to = r.id("to");
                if (from != null) {
                    r.actorsKnown("from", List.of(from));
                }
                if (to != null) {
                    r.actorsKnown("to", List.of(to));
                }
                if (from != null && from.equals(to)) {
                    log.error(r.pos("to"), "to", to, "another actor than from", "a tie from an actor to itself");
                }
                String type = r.req("type");
                if (type != null) {
                    type = type.strip();
                    if (codebook.tieType(type) == null) {
                        log.error(r.pos("type"), "type", type, String.join(", ", codebook.tieTypes().keySet()),
                                "an unknown tie type" + Suggestions.hint(type, codebook.tieTypes().keySet()));
                    }
                }
                PartialDate start = r.date("start", false);
                PartialDate end = r.date("end", false);
                if (start != null && end != null && end.definitelyBefore(start)) {
                    log.error(r.pos("end"), "end", end.toString(), "a date not before start (" + start + ")",
                            "the tie ends before it starts");
                }
                List<String> src = r.list("source");
                r.sourcesKnown("source", src);
                Map<String, String> extra = r.extra();
                if (r.rowOk()) {
                    out.add(new Tie(id, from, to, type, start, end, src.isEmpty() ? null : String.join(";", src), extra));
                }
            }
            tiesChecked = !t.failed();
        }
        return out;
    }

    // ---------------------------------------------------------------- events

    private EventStore readEvents() {
        Rows r = open(EVENTS, EVENT_COLUMNS, List.of("id", "date", "type"));
        if (r == null) {
            return null;
        }
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return null;
            }
            boolean consistent = actors.size() == actorIds.size();
            EventStore.Builder b = EventStore.builder(consistent ? Case.actorDictionary(actors)
                    : org.glassbox.core.model.Dictionary.of(actorIds));
            IdIndex seen = eventIds; // these grow; large starts were most of validating a small case
            IdIndex kinds = new IdIndex(16);
            List<String> kindNames = new ArrayList<>();
            IdIndex objectKeys = new IdIndex(64);
            IdIndex typeCodes = new IdIndex(64);
            List<String> typeNames = new ArrayList<>();
            List<String> objectNames = new ArrayList<>();
            int cInitiator = r.c.of("initiator");
            int cTargets = r.c.of("targets");
            int cParticipants = r.c.of("participants");
            int cObjects = r.c.of("objects");
            boolean exempt = r.c.of(EXEMPT) >= 0;
            List<Integer> extra = r.c.extra();
            List<String> header = t.header();
            while (r.next()) {
                String id = r.id("id");
                if (id != null) {
                    r.unique(seen, "id", id);
                }
                PartialDate date = r.date("date", true);
                String type = r.req("type");
                if (type != null) {
                    int k = typeCodes.get(type);
                    if (k != IdIndex.ABSENT) {
                        type = typeNames.get(k);
                    } else {
                        type = type.strip();
                        if (codebook.eventType(type) == null) {
                            log.error(r.pos("type"), "type", type, "an event type of the codebook (" + typesHint() + ")",
                                    "an unknown event type" + Suggestions.hint(type, codebook.eventTypes().keySet()));
                        } else {
                            typeCodes.putIfAbsent(r.t.get(r.c.of("type")), typeNames.size());
                            typeNames.add(type);
                        }
                    }
                }
                Mechanism mech = null;
                String mw = r.word("mechanism");
                if (mw != null) {
                    mech = Mechanism.ofWord(mw);
                    if (mech == null) {
                        log.error(r.pos("mechanism"), "mechanism", mw, "administrative, market, collaborative, none or blank",
                                "an unknown mechanism" + Suggestions.hint(mw, MECHANISM_WORDS));
                    }
                }
                b.add(id, type, date);
                b.mechanism(mech);
                role(r, b, "initiator", cInitiator, Role.INITIATOR, date);
                role(r, b, "targets", cTargets, Role.TARGET, date);
                role(r, b, "participants", cParticipants, Role.PARTICIPANT, date);
                objects(r, b, cObjects, kinds, kindNames, objectKeys, objectNames);
                String title = r.opt("title");
                if (title != null) {
                    b.attribute(EventStore.TITLE, title);
                }
                List<String> srcs = r.list("source");
                r.sourcesKnown("source", srcs);
                if (!srcs.isEmpty()) {
                    b.attribute(EventStore.SOURCE, srcs.size() == 1 ? srcs.get(0) : String.join(";", srcs));
                }
                String from = r.opt("from_jurisdiction");
                if (from != null) {
                    b.attribute(EventStore.FROM_JURISDICTION, from);
                }
                if (exempt) {
                    exemptions(r, id);
                }
                for (int i : extra) {
                    String v = t.get(i);
                    if (!v.isEmpty()) {
                        b.attribute(header.get(i), v);
                    }
                }
                if (!r.c.unnamed().isEmpty()) {
                    r.extra();
                }
            }
            eventsChecked = !t.failed();
            eventObjects.addAll(objectNames);
            return b.build();
        }
    }

    /**
     * events.csv's {@code exempt} (format 1.1): each item a diagnostic id of
     * {@link Diagnostic#IDS}; an exemption without a {@code coding_note} is a note (the report lists
     * every exemption with its reason). The column stays the event attribute it is.
     */
    private void exemptions(Rows r, String event) {
        List<String> ids = r.list(EXEMPT);
        for (String x : ids) {
            if (!Diagnostic.IDS.contains(x)) {
                log.error(r.pos(EXEMPT), EXEMPT, x, "a diagnostic id (" + String.join(", ", Diagnostic.IDS) + ")",
                        "an unknown diagnostic id" + Suggestions.hint(x, Diagnostic.IDS));
            }
        }
        String note = r.opt(CODING_NOTE);
        if (!ids.isEmpty() && (note == null || note.isBlank())) {
            log.note(r.pos(EXEMPT), EXEMPT, "event " + (event == null ? "" : "'" + event + "' ")
                    + "is exempted from " + String.join(", ", ids) + " without a reason: give it in a "
                    + CODING_NOTE + " column");
        }
    }

    private String typesHint() {
        List<String> names = new ArrayList<>(codebook.eventTypes().keySet());
        return names.size() <= 12 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 12)) + ", … (glassbox codebook lists them all)";
    }

    /**
     * The actors of one role: the {@code ;} list is resolved in place (no substrings; this runs
     * for every event of million-event cases).
     */
    private void role(Rows r, EventStore.Builder b, String column, int col, Role role, PartialDate date) {
        if (col < 0) {
            return;
        }
        String v = r.t.get(col);
        forEachItem(r, column, v, (a, z) -> {
            int code = actorCodes.get(v, a, z);
            if (code != IdIndex.ABSENT) {
                b.actor(code, role);
                if (date != null) {
                    membership(r, column, code, date);
                }
            } else if (actorsChecked) {
                String id = v.substring(a, z);
                log.error(r.pos(column), column, id, "an id from " + where(ACTORS),
                        "an unknown actor id" + Suggestions.hint(id, actorIds));
            }
        });
    }

    /**
     * An actor that takes part in an event dated before it joined or after it left the case (the
     * dates compared as partial dates: only a definite order counts) is a note at the event's
     * cell, naming the actor's row; an error under {@link ProblemLog#strict()}.
     */
    private void membership(Rows r, String column, int code, PartialDate date) {
        PartialDate joined = actorJoined.get(code);
        PartialDate left = actorLeft.get(code);
        String when;
        if (joined != null && date.definitelyBefore(joined)) {
            when = "before it joined (" + joined + ")";
        } else if (left != null && left.definitelyBefore(date)) {
            when = "after it left (" + left + ")";
        } else {
            return;
        }
        log.strictNote(r.pos(column), column, actorIds.get(code), "a date between the actor's joined and left",
                "actor '" + actorIds.get(code) + "' takes part on " + date + ", " + when + "; see "
                        + actorRow(actorLine.get(code)));
    }

    /** Receives one trimmed item [from, to) of a {@code ;} list. */
    @FunctionalInterface
    private interface ListItem {
        void accept(int from, int to);
    }

    /**
     * Walks the {@code ;} list {@code v} in place, without substrings (this runs for every event
     * of million-event cases): each item is stripped of white space, an empty item is reported at
     * the row's {@code column}; a blank field is an empty list.
     */
    private void forEachItem(Rows r, String column, String v, ListItem item) {
        int n = v.length();
        if (n == 0 || v.isBlank()) {
            return;
        }
        for (int from = 0;;) {
            int semi = v.indexOf(';', from);
            int a = from;
            int z = semi < 0 ? n : semi;
            while (a < z && Character.isWhitespace(v.charAt(a))) {
                a++;
            }
            while (z > a && Character.isWhitespace(v.charAt(z - 1))) {
                z--;
            }
            if (a == z) {
                log.error(r.pos(column), column, v, "items separated by single ';', none empty",
                        "a ';' list with an empty item");
            } else {
                item.accept(a, z);
            }
            if (semi < 0) {
                return;
            }
            from = semi + 1;
        }
    }

    /**
     * The {@code kind:id} objects, resolved in place like {@link #role}; kinds and keys are
     * canonicalised, so the store's dictionary sees the same String (hash cached) each time.
     */
    private void objects(Rows r, EventStore.Builder b, int col, IdIndex kinds, List<String> kindNames,
                         IdIndex keys, List<String> keyNames) {
        if (col < 0) {
            return;
        }
        String v = r.t.get(col);
        int n = v.length();
        forEachItem(r, "objects", v, (a, z) -> {
            int colon = v.indexOf(':', a);
            if (colon <= a || colon >= z - 1) {
                log.error(r.pos("objects"), "objects", v.substring(a, z), "kind:id (e.g. platform:gov-app)",
                        "not a kind:id object reference");
                return;
            }
            int k = kinds.get(v, a, colon);
            if (k == IdIndex.ABSENT) {
                k = kindNames.size();
                kindNames.add(v.substring(a, colon));
                kinds.putIfAbsent(kindNames.get(k), k);
            }
            int o = keys.get(v, a, z);
            if (o == IdIndex.ABSENT) {
                o = keyNames.size();
                keyNames.add(a == 0 && z == n ? v : v.substring(a, z));
                keys.putIfAbsent(keyNames.get(o), o);
            }
            b.object(keyNames.get(o), kindNames.get(k), "object");
        });
    }

    // ---------------------------------------------------------------- indicators

    private List<Indicator> readIndicators() {
        List<Indicator> out = new ArrayList<>();
        Rows r = open(INDICATORS, INDICATOR_COLUMNS, List.of("date", "indicator", "value"));
        if (r == null) {
            return out;
        }
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return out;
            }
            while (r.next()) {
                PartialDate date = r.date("date", true);
                String name = r.req("indicator");
                String v = r.req("value");
                double value = Double.NaN;
                if (v != null) {
                    value = number(v.strip());
                    if (Double.isNaN(value)) {
                        log.error(r.pos("value"), "value", v, "a number (e.g. 42 or 0.85)", "not a number");
                    }
                }
                List<String> srcs = r.list("source");
                r.sourcesKnown("source", srcs);
                Map<String, String> extra = r.extra();
                if (name != null) {
                    indicatorNames.add(name);
                }
                if (r.rowOk()) {
                    out.add(new Indicator(date, name, value, r.opt("unit"), srcs.isEmpty() ? null : String.join(";", srcs),
                            extra));
                }
            }
        }
        return out;
    }

    /** A finite number, NaN when the text is not one. */
    static double number(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return Double.NaN;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Excel's serial day 0: serial n is this date plus n days (1900 date system, past its false 1900-02-29). */
    private static final java.time.LocalDate EXCEL_EPOCH = java.time.LocalDate.of(1899, 12, 30);

    /**
     * For a date field holding a whole number between 10000 and 2958465 (Excel's serial days of 1927-05-18
     * … 9999-12-31; four digits are a year), as a date typed into a cell formatted as text, or a CSV saved from one, shows):
     * a hint naming the date the serial number stands for; "" for anything else.
     */
    static String excelSerial(String v) {
        if (v.length() < 5 || v.length() > 7 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "";
        }
        int n = Integer.parseInt(v);
        if (n < 10_000 || n > 2_958_465) {
            return "";
        }
        return "; " + v + " looks like an Excel serial day number (" + EXCEL_EPOCH.plusDays(n)
                + "): format the cell as a date, or type the date as YYYY-MM-DD";
    }

    // ---------------------------------------------------------------- objects.csv (format 1.1)

    private List<CaseObject> readObjects() {
        List<CaseObject> out = new ArrayList<>();
        Rows r = open(OBJECTS, OBJECT_COLUMNS, List.of("id"));
        if (r == null) {
            return out;
        }
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return out;
            }
            IdIndex seen = new IdIndex(64);
            while (r.next()) {
                String id = r.id("id");
                boolean fresh = false;
                if (id != null) {
                    int colon = id.indexOf(':');
                    if (colon <= 0 || colon == id.length() - 1) {
                        log.error(r.pos("id"), "id", id, "kind:id as events.csv names it (e.g. platform:gov-app)",
                                "not a kind:id object reference");
                    } else {
                        fresh = r.unique(seen, "id", id);
                    }
                }
                String audience = r.word("audience");
                if (audience != null && !CaseObject.AUDIENCES.contains(audience)) {
                    log.error(r.pos("audience"), "audience", audience, String.join(", ", CaseObject.AUDIENCES),
                            "an unknown audience" + Suggestions.hint(audience, CaseObject.AUDIENCES));
                }
                String launchedBy = r.word("launched_by");
                if (launchedBy != null) {
                    r.actorsKnown("launched_by", List.of(launchedBy));
                }
                Map<String, String> extra = r.extra();
                if (fresh) {
                    objectIds.add(id);
                    if (eventsChecked && !eventObjects.contains(id)) {
                        log.note(r.pos("id"), "id", "object '" + id + "' is named by no event (the objects column of "
                                + where(EVENTS) + "); described anyway");
                    }
                }
                if (fresh && r.rowOk()) {
                    out.add(new CaseObject(id, r.opt("name"), r.opt("name_zh"), audience, launchedBy, extra));
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- documents.csv and documents/ (format 1.1)

    private List<Document> readDocuments() {
        List<Document> out = new ArrayList<>();
        Rows r = open(DOCUMENTS, DOCUMENT_COLUMNS, List.of("id", "source", "text"));
        if (r == null) {
            return out;
        }
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return out;
            }
            IdIndex seen = new IdIndex(64);
            while (r.next()) {
                String id = r.id("id");
                boolean fresh = id != null && r.unique(seen, "id", id);
                String source = r.id("source");
                if (source != null) {
                    r.sourcesKnown("source", List.of(source));
                }
                String text = documentPath(r, "text", r.req("text"));
                String original = documentPath(r, "original", r.opt("original"));
                String language = r.word("language");
                if (language != null && !language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
                    log.error(r.pos("language"), "language", language, "a BCP 47 language tag, e.g. zh, en, zh-Hans",
                            "not a language tag");
                }
                String access = r.word("access");
                if (access != null && !ACCESS.contains(access)) {
                    log.error(r.pos("access"), "access", access, "open or restricted",
                            "an unknown access" + Suggestions.hint(access, ACCESS));
                }
                Map<String, String> extra = r.extra();
                if (fresh) {
                    documentRows.add(id);
                }
                String content = text == null ? null : documentText(r, text);
                if (fresh && r.rowOk() && content != null) {
                    Document d = new Document(id, source, text, original, language, "restricted".equals(access),
                            content, extra);
                    documentById.put(id, d);
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static final List<String> ACCESS = List.of("open", "restricted");

    /** A checked path under documents/, or null (an escaping path is logged and never read). */
    private String documentPath(Rows r, String column, String path) {
        if (path == null) {
            return null;
        }
        String why = DocumentFiles.refusal(path);
        if (why != null) {
            log.error(r.pos(column), column, path, "a path under " + DOCUMENTS_DIR + ", e.g. " + DOCUMENTS_DIR + "d01.txt",
                    "refused: " + why + "; the file is not read");
            return null;
        }
        return path;
    }

    /**
     * The text of document file {@code path}, checked: at most {@link DocumentFiles#MAX_TEXT_BYTES},
     * UTF-8, no byte-order mark, LF line ends, Unicode NFC. Each violation is a problem naming the
     * file (and its line); null when there was any.
     */
    private String documentText(Rows r, String path) {
        String file = src.displayDocument(path);
        byte[] bytes;
        try {
            bytes = src.document(path, DocumentFiles.MAX_TEXT_BYTES);
        } catch (DocumentFiles.TooLarge | ZipGuard.Refused e) {
            log.error(Pos.of(file), null, null, "a text of at most " + (DocumentFiles.MAX_TEXT_BYTES >> 20) + " MiB",
                    e.getMessage());
            return null;
        } catch (java.io.IOException e) {
            log.error(Pos.of(file), null, null, null, "cannot read the file: " + e.getMessage());
            return null;
        }
        if (bytes == null) {
            log.error(r.pos("text"), "text", path, "a text file " + path + " in the case" + (sheets()
                    ? " (beside the workbook)" : ""), "the document's text file is not in the case");
            return null;
        }
        boolean ok = true;
        int from = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            log.error(Pos.at(file, 1, 1), null, "a byte-order mark", "UTF-8 without a byte-order mark",
                    "the text starts with a byte-order mark: save it as UTF-8 without BOM (offsets count from the"
                            + " first character; glassbox documents add writes conforming text)");
            ok = false;
            from = 3;
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer chars = CharBuffer.allocate(bytes.length - from);
        CoderResult cr = dec.decode(in, chars, true);
        if (cr.isError()) {
            int at = in.position();
            log.error(Pos.at(file, lineOf(bytes, at), 0), null, String.format("byte 0x%02X at byte %d", bytes[at] & 0xFF, at),
                    "UTF-8 text", "the text is not UTF-8: convert it to UTF-8 (glassbox documents add converts"
                            + " legacy encodings such as GB 18030)");
            return null;
        }
        dec.flush(chars);
        String text = chars.flip().toString();
        int cr13 = text.indexOf('\r');
        if (cr13 >= 0) {
            boolean crlf = cr13 + 1 < text.length() && text.charAt(cr13 + 1) == '\n';
            log.error(Pos.at(file, lineOf(text, cr13), 0), null, crlf ? "CR LF line ends" : "a CR line end", "LF line ends",
                    "the text has " + (crlf ? "Windows (CR LF)" : "CR") + " line ends: convert them to LF (offsets"
                            + " count code points of the LF text)");
            ok = false;
        }
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            int line = 1;
            int start = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                if (!Normalizer.isNormalized(text.substring(start, end), Normalizer.Form.NFC)) {
                    break;
                }
                line++;
                start = end + 1;
            }
            log.error(Pos.at(file, line, 0), null, null, "Unicode NFC",
                    "the text is not in Unicode normalization form NFC: normalize it to NFC (offsets count code points"
                            + " of the NFC text)");
            ok = false;
        }
        return ok ? text : null;
    }

    private static int lineOf(byte[] b, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int lineOf(String s, int upTo) {
        int line = 1;
        for (int i = 0; i < upTo; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // ---------------------------------------------------------------- segments.csv (format 1.1)

    private List<Segment> readSegments() {
        List<Segment> out = new ArrayList<>();
        Rows r = open(SEGMENTS, SEGMENT_COLUMNS, List.of("id", "document", "start", "end", "quote", "coder"));
        if (r == null) {
            return out;
        }
        List<String> coderIds = coders.stream().map(Coder::id).toList();
        List<String> codeNames = codes.stream().map(Code::name).toList();
        Set<String> codeSet = new HashSet<>(codeNames);
        try (Table t = r.t) {
            if (!r.c.complete()) {
                return out;
            }
            IdIndex seen = new IdIndex(64);
            while (r.next()) {
                String id = r.id("id");
                boolean fresh = id != null && r.unique(seen, "id", id);
                String doc = r.id("document");
                Document d = null;
                if (doc != null) {
                    if (!documentRows.contains(doc)) {
                        log.error(r.pos("document"), "document", doc, "an id from " + where(DOCUMENTS),
                                src.has(DOCUMENTS) ? "an unknown document id" + Suggestions.hint(doc, documentRows)
                                        : "an unknown document id (the case has no " + where(DOCUMENTS) + ")");
                    } else {
                        d = documentById.get(doc);
                    }
                }
                Integer start = offset(r, "start");
                Integer end = offset(r, "end");
                boolean span = false;
                if (start != null && end != null) {
                    if (end <= start) {
                        log.error(r.pos("end"), "end", end.toString(), "an offset after start (" + start + ")",
                                "the passage ends where or before it starts");
                    } else if (d != null && end > d.length()) {
                        log.error(r.pos("end"), "end", end.toString(), "at most " + d.length()
                                + ", the length of document " + doc + " in code points", "the passage runs past the end"
                                + " of its document");
                    } else {
                        span = true;
                    }
                }
                String quote = r.req("quote");
                if (quote != null && d != null && span) {
                    String actual = d.slice(start, end);
                    if (!actual.equals(quote)) {
                        int at = d.text().indexOf(quote);
                        String found = at < 0 ? "" : "; the quote is at [" + d.text().codePointCount(0, at) + ", "
                                + d.text().codePointCount(0, at + quote.length()) + ")";
                        log.error(r.pos("quote"), "quote", quote, "the text at [" + start + ", " + end + ") of document "
                                + doc + ": " + shorten(actual), "the quote differs from the document's text at its"
                                + " offsets" + found);
                    }
                }
                String coder = r.id("coder");
                if (coder != null && !coderIds.contains(coder)) {
                    log.error(r.pos("coder"), "coder", coder, coderIds.isEmpty() ? "a coder of case.yaml's coders (it has"
                                    + " none: add coders: [{id: " + coder + ", name: …}])"
                                    : "a coder of case.yaml's coders (" + String.join(", ", coderIds) + ")",
                            "an unknown coder" + Suggestions.hint(coder, coderIds));
                }
                List<Link> links = new ArrayList<>();
                for (String item : r.list("links")) {
                    Link l;
                    try {
                        l = Link.parse(item);
                    } catch (IllegalArgumentException e) {
                        log.error(r.pos("links"), "links", item, "event:ID, tie:ID, actor:ID, indicator:NAME or"
                                + " object:KIND:ID", "not a link");
                        continue;
                    }
                    String missing = linkTarget(l);
                    if (missing != null) {
                        log.error(r.pos("links"), "links", item, missing, "a link to nothing in the case");
                    } else {
                        links.add(l);
                    }
                }
                List<String> given = r.list("codes");
                for (String code : given) {
                    if (!codeSet.contains(code)) {
                        log.error(r.pos("codes"), "codes", code, codeNames.isEmpty()
                                        ? "a code of codebook.yaml's codes (it has none)" : "a code of codebook.yaml's codes",
                                "an unknown code" + Suggestions.hint(code, codeNames));
                    }
                }
                String memo = r.opt("memo");
                Map<String, String> extra = r.extra();
                if (fresh && r.rowOk() && doc != null && start != null && end != null && quote != null
                        && coder != null) {
                    out.add(new Segment(id, doc, start, end, quote, coder, links, given, memo, extra));
                }
            }
        }
        return out;
    }

    /** What a link should name, when its target is not in the case; null when it is (or cannot be checked). */
    private String linkTarget(Link l) {
        String x = l.target();
        return switch (l.kind()) {
            case EVENT -> !eventsChecked || eventIds.get(x) != IdIndex.ABSENT ? null : "the id of an event of " + where(EVENTS);
            case TIE -> !tiesChecked || tieIds.contains(x) ? null : "the id of a tie of " + where(TIES)
                    + Suggestions.hint(x, tieIds);
            case ACTOR -> !actorsChecked || actorCodes.get(x) != IdIndex.ABSENT ? null : "the id of an actor of "
                    + where(ACTORS) + Suggestions.hint(x, actorIds);
            case INDICATOR -> indicatorNames.contains(x) ? null : "an indicator of " + where(INDICATORS)
                    + Suggestions.hint(x, indicatorNames);
            case OBJECT -> eventObjects.contains(x) || objectIds.contains(x) ? null
                    : "an object some event names (objects column) or " + where(OBJECTS) + " describes"
                    + Suggestions.hint(x, eventObjects);
        };
    }

    /** A code-point offset: a whole number ≥ 0, or null (logged). */
    private static final int MAX_OFFSET_DIGITS = 10;

    private Integer offset(Rows r, String column) {
        String v = r.req(column);
        if (v == null) {
            return null;
        }
        String s = v.strip();
        if (s.isEmpty() || s.length() > MAX_OFFSET_DIGITS || !s.chars().allMatch(ch -> ch >= '0' && ch <= '9')
                || Long.parseLong(s) > Integer.MAX_VALUE) {
            log.error(r.pos(column), column, v, "a whole number ≥ 0 (a code-point offset)", "not a code-point offset");
            return null;
        }
        return Integer.parseInt(s);
    }

    /** At most 60 characters of {@code s}, quoted, line breaks shown as \n. */
    private static String shorten(String s) {
        int n = s.codePointCount(0, s.length());
        String t = n > 60 ? s.substring(0, s.offsetByCodePoints(0, 57)) + "..." : s;
        return "'" + t.replace("\n", "\\n") + "'";
    }

    // ---------------------------------------------------------------- identifiers

    /** Non-blank, no {@code ;}, no leading or trailing whitespace. */
    static boolean isIdentifier(String s) {
        int n = s.length();
        if (n == 0 || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1))
                || Character.isSpaceChar(s.charAt(0)) || Character.isSpaceChar(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ';' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private void identifierProblem(Pos at, String field, String found) {
        String why = found.indexOf(';') >= 0 ? "an identifier contains ';'"
                : found.isBlank() ? "an empty identifier" : "an identifier with surrounding spaces or a line break";
        log.error(at, field, found, "a non-blank id without ';' and without leading or trailing spaces", why);
    }
}
