package org.glassbox.io.qdpx;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseInfo;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.core.model.Source;
import org.glassbox.io.caseformat.CaseTables;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.qdpx.XmlTree.Element;

/**
 * Another tool's project as a case being coded: its name the case's (made safe for the id), {@code User}s
 * coders, the {@code CodeBook} codes (hierarchy kept), {@code TextSource}s documents (text from the internal
 * file or the {@code PlainTextContent}) each with a source record, {@code PlainTextSelection}s passages — one
 * per coder of its {@code Coding}s, linked to the actors whose {@code Case} refers to it, its notes as memo —
 * and REFI {@code Case}s actors, the variables sector, level and function read when they hold a word of the
 * codebook, the sector otherwise {@code unknown}: still to code. Positions are converted to code points of
 * the normalised text ({@link SourceText}); which unit the tool counted in is the one the project states,
 * else the only one its positions fit (a UTF-16 position never falls between the halves of a surrogate pair;
 * a code-point position never exceeds the text's code points), else the one the tool is known for, else code
 * points — each decision written in a note. Every problem is collected; the caller returns nothing when any
 * is an error.
 */
final class ProjectReader {
    private final QdpxArchive archive;
    private final String qde;
    private final List<Problem> problems;
    private final Codebook codebook = Codebook.defaults();

    private final Map<String, String> coderByGuid = new HashMap<>();
    private final List<Coder> coders = new ArrayList<>();
    private final Map<String, String> codeByGuid = new HashMap<>();
    private final List<Code> codes = new ArrayList<>();
    private final Map<String, String> variableByGuid = new HashMap<>();
    private final Map<String, String> noteByGuid = new HashMap<>();
    private final Map<String, List<String>> actorsBySelection = new HashMap<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Document> documents = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<String> statements = new ArrayList<>();
    private String defaultCoder;
    private String projectUser;

    private ProjectReader(QdpxArchive archive, List<Problem> problems) {
        this.archive = archive;
        this.qde = archive.display(Qdpx.PROJECT_ENTRY);
        this.problems = problems;
    }

    /** The case being coded that {@code root} describes; null when any error was found (all in {@code problems}). */
    static Case read(QdpxArchive archive, Element root, List<Problem> problems) {
        return new ProjectReader(archive, problems).project(root);
    }

    private Case project(Element root) {
        String name = root.attr("name");
        if (name == null || name.isBlank()) {
            String file = archive.path().getFileName().toString();
            name = file.replaceFirst("(?i)\\.qdpx$", "");
            note(root, "name", null, "the project has no name; the case is named after the file, " + name);
        }
        String origin = root.attr("origin");
        String description = root.childText("Description");
        projectUser = Guids.normal(root.attr("creatingUserGUID"));
        PositionUnit stated = PositionUnit.stated(description);

        Element users = root.first("Users");
        Ids coderIds = new Ids("coder");
        if (users != null) {
            for (Element u : users.all("User")) {
                String guid = guid(u);
                String uname = u.attr("name");
                String id = coderIds.unique(u.attr("id") != null && !Ids.safe(u.attr("id")).isEmpty() ? u.attr("id") : uname);
                coders.add(new Coder(id, uname == null || uname.isBlank() ? id : uname));
                if (guid != null) {
                    coderByGuid.put(guid, id);
                }
            }
        }
        Element book = root.first("CodeBook");
        if (book != null && book.first("Codes") != null) {
            Set<String> names = new LinkedHashSet<>();
            for (Element k : book.first("Codes").all("Code")) {
                code(k, null, names);
            }
        }
        Element vars = root.first("Variables");
        if (vars != null) {
            for (Element v : vars.all("Variable")) {
                String guid = guid(v);
                if (guid != null && v.attr("name") != null) {
                    variableByGuid.put(guid, v.attr("name"));
                }
            }
        }
        Element notes = root.first("Notes");
        if (notes != null) {
            for (Element n : notes.all("Note")) {
                String guid = guid(n);
                String text = n.childText("PlainTextContent");
                if (text == null) {
                    text = n.childText("Description");
                }
                if (guid != null && text != null && !text.isBlank()) {
                    noteByGuid.put(guid, text.strip());
                }
            }
        }
        Element cases = root.first("Cases");
        if (cases != null) {
            Ids actorIds = new Ids("actor");
            for (Element k : cases.all("Case")) {
                actor(k, actorIds);
            }
        }
        Element srcs = root.first("Sources");
        if (srcs != null) {
            Ids docIds = new Ids("document");
            for (Element s : srcs.children()) {
                if (s.name().equals("TextSource")) {
                    textSource(s, docIds, stated, origin);
                } else {
                    note(s, null, s.name(), "a " + s.name() + " is not imported: Glassbox codes text sources only");
                }
            }
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return null;
        }
        Ids caseIds = new Ids("qdpx-project");
        String id = caseIds.unique(name);
        StringBuilder d = new StringBuilder("Imported from the REFI-QDA project '").append(name).append('\'');
        if (origin != null && !origin.isBlank()) {
            d.append(", written by ").append(origin.strip());
        }
        d.append('.');
        for (String s : statements) {
            d.append(' ').append(s);
        }
        if (description != null && !description.isBlank()) {
            d.append(" The project's description: ").append(description.strip());
        }
        CaseInfo info = new CaseInfo(id, name, null, null, null, null, null, List.of(), d.toString(), Map.of());
        EventStore events = EventStore.builder(Case.actorDictionary(actors)).build();
        Case c = Case.of(info, actors, List.of(), events, List.of(), sources, codebook);
        List<Coder> allCoders = new ArrayList<>(coders);
        if (defaultCoder != null) {
            allCoders.add(new Coder(defaultCoder, origin == null ? "imported" : "imported from " + origin.strip()));
        }
        return c.withCoding(Coding.of(allCoders, codes, documents, segments));
    }

    // ---------------------------------------------------------------- codes

    private void code(Element k, String parent, Set<String> names) {
        String guid = guid(k);
        String raw = k.attr("name");
        if (raw == null || raw.isBlank()) {
            error(k, "name", null, "a code name", "a Code without a name");
            return;
        }
        String name = raw.strip().replace(';', ',');
        if (!names.add(name)) {
            String qualified = parent == null ? name : parent + "/" + name;
            String n = qualified;
            for (int i = 2; !names.add(n); i++) {
                n = qualified + " (" + i + ")";
            }
            note(k, "name", raw, "a second code named '" + raw + "' is imported as '" + n + "' (code names are unique)");
            name = n;
        } else if (!name.equals(raw.strip())) {
            note(k, "name", raw, "the code '" + raw + "' is imported as '" + name + "' (';' separates codes in a list)");
        }
        String desc = k.childText("Description");
        codes.add(new Code(name, parent, desc == null || desc.isBlank() ? null : desc.strip()));
        if (guid != null) {
            codeByGuid.put(guid, name);
        }
        for (Element child : k.all("Code")) {
            code(child, name, names);
        }
    }

    // ---------------------------------------------------------------- actors

    private void actor(Element k, Ids ids) {
        String name = k.attr("name");
        if (name == null || name.isBlank()) {
            name = "case " + (actors.size() + 1);
        }
        String id = ids.unique(name);
        String sector = Codebook.UNKNOWN_SECTOR;
        String level = null;
        String function = null;
        Map<String, String> attrs = new LinkedHashMap<>();
        for (Element vv : k.all("VariableValue")) {
            Element ref = vv.first("VariableRef");
            String var = ref == null ? null : variableByGuid.get(Guids.normal(ref.attr("targetGUID")));
            String value = null;
            for (String t : List.of("TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue")) {
                if (vv.childText(t) != null) {
                    value = vv.childText(t).strip();
                }
            }
            if (var == null || value == null || value.isEmpty()) {
                continue;
            }
            String key = var.strip().toLowerCase(Locale.ROOT);
            String word = value.toLowerCase(Locale.ROOT);
            if (key.equals("sector") && codebook.sectors().containsKey(word)) {
                sector = word;
            } else if (key.equals("level") && codebook.levels().contains(word)) {
                level = word;
            } else if (key.equals("function")) {
                function = value;
            } else {
                String col = Ids.safe(var).replace('.', '_').replace('-', '_');
                if (key.equals("sector") || key.equals("level")) {
                    note(vv, var, value, "the value is no " + key + " of the codebook; kept as the column refi_" + key);
                    col = "refi_" + key;
                } else if (col.isEmpty() || CaseTables.ACTOR_COLUMNS.contains(col)) {
                    col = "refi_" + (col.isEmpty() ? "variable" : col); // never over a column of actors.csv
                }
                attrs.merge(col, value, (a, b) -> a + "; " + b);
            }
        }
        actors.add(new Actor(id, name.strip(), null, sector, level, function, null, null, attrs));
        for (Element ref : k.all("SelectionRef")) {
            String g = Guids.normal(ref.attr("targetGUID"));
            if (g != null) {
                actorsBySelection.computeIfAbsent(g, x -> new ArrayList<>()).add(id);
            }
        }
        if (!k.all("SourceRef").isEmpty()) {
            note(k, "SourceRef", null, "the case's whole sources are not linked to actor " + id
                    + " (only its selections are): link its passages in Glassbox");
        }
    }

    // ---------------------------------------------------------------- sources and selections

    private record Selection(Element at, String guid, long start, long end) {
    }

    private void textSource(Element s, Ids ids, PositionUnit stated, String origin) {
        String name = s.attr("name");
        String raw = text(s);
        if (raw == null) {
            return;
        }
        SourceText src = new SourceText(raw);
        List<Selection> sels = new ArrayList<>();
        boolean ok = true;
        for (Element p : s.all("PlainTextSelection")) {
            Long a = integer(p, "startPosition");
            Long b = integer(p, "endPosition");
            if (a == null || b == null) {
                ok = false;
                continue;
            }
            if (a > b) {
                error(p, "startPosition", a + ".." + b, "startPosition ≤ endPosition", "the selection ends before it starts");
                ok = false;
                continue;
            }
            sels.add(new Selection(p, guid(p), a, b));
        }
        if (!ok) {
            return;
        }
        String label = name == null ? "source " + s.attr("guid") : "source '" + name + "'";
        PositionUnit unit = unit(s, label, src, sels, stated, origin);
        if (unit == null) {
            return;
        }
        int[] rawCp = new int[sels.size() * 2];
        for (int i = 0; i < sels.size(); i++) {
            Selection x = sels.get(i);
            rawCp[2 * i] = unit == PositionUnit.UTF16_UNITS ? src.codePointOf((int) x.start) : (int) x.start;
            rawCp[2 * i + 1] = unit == PositionUnit.UTF16_UNITS ? src.codePointOf((int) x.end) : (int) x.end;
        }
        SourceText.Normalised norm = src.normalise(rawCp);
        if (!Normalizer.isNormalized(norm.text(), Normalizer.Form.NFC)) {
            error(s, null, null, "text that normalises piece by piece", label + ": its text cannot be normalised"
                    + " with its positions kept (NFC across pieces)");
            return;
        }
        if (norm.moved()) {
            note(s, null, null, label + ": a passage boundary fell inside a line end (CR LF) or between a character"
                    + " and its combining mark; it was moved to the edge of that piece when the text was normalised"
                    + " (NFC, LF line ends)");
        }
        String id = ids.unique(name == null ? null : name.replaceFirst("(?i)\\.(txt|docx?|pdf|html?|rtf)$", ""));
        String title = name == null || name.isBlank() ? id : name.strip();
        sources.add(new Source(id, title, "document", null, null, null, Map.of()));
        Document doc = new Document(id, id, "documents/" + id + ".txt", null, null, false, norm.text(), Map.of());
        documents.add(doc);
        for (int i = 0; i < sels.size(); i++) {
            Selection x = sels.get(i);
            int start = norm.start(rawCp[2 * i]);
            int end = norm.end(rawCp[2 * i + 1]);
            if (end <= start) {
                note(x.at, null, null, "an empty selection (it covers no character) is not imported");
                continue;
            }
            passages(x.at, doc, start, end, x.guid);
        }
        List<Element> whole = s.all("Coding");
        if (!whole.isEmpty() && doc.length() > 0) {
            passagesOfCodings(s, doc, 0, doc.length(), null, whole);
        }
    }

    /** The unit of one source's positions, with a note of the decision; null after an error. */
    private PositionUnit unit(Element s, String label, SourceText src, List<Selection> sels, PositionUnit stated,
                              String origin) {
        boolean fitsCp = true;
        boolean fitsU16 = true;
        for (Selection x : sels) {
            fitsCp &= src.validCodePoint(x.start) && src.validCodePoint(x.end);
            fitsU16 &= src.validUtf16(x.start) && src.validUtf16(x.end);
        }
        if (stated != null) {
            boolean fits = stated == PositionUnit.CODE_POINTS ? fitsCp : fitsU16;
            if (!fits) {
                outside(sels, src, stated);
                return null;
            }
            if (stated == PositionUnit.UTF16_UNITS && src.hasSurrogatePairs()) {
                statement(label + ": positions counted in UTF-16 code units, as the project states, converted to"
                        + " code points");
                note(s, null, null, label + ": positions counted in UTF-16 code units (the project says so)"
                        + " converted to code points");
            }
            return stated;
        }
        if (!src.hasSurrogatePairs()) {
            if (!fitsCp) {
                outside(sels, src, PositionUnit.CODE_POINTS);
                return null;
            }
            return PositionUnit.CODE_POINTS; // the two units agree on this text
        }
        if (!fitsCp && !fitsU16) {
            outside(sels, src, PositionUnit.ofTool(origin) == PositionUnit.UTF16_UNITS
                    ? PositionUnit.UTF16_UNITS : PositionUnit.CODE_POINTS);
            return null;
        }
        PositionUnit unit;
        String why;
        if (fitsCp != fitsU16) {
            unit = fitsU16 ? PositionUnit.UTF16_UNITS : PositionUnit.CODE_POINTS;
            why = fitsU16 ? "some position lies beyond the text's " + src.codePoints() + " code points"
                    : "some position falls between the two UTF-16 units of one character (a surrogate pair)";
        } else {
            PositionUnit known = PositionUnit.ofTool(origin);
            unit = known == null ? PositionUnit.CODE_POINTS : known;
            why = known == null ? "the project states no unit and the positions fit both; code points, as the"
                    + " exchange format's 'character' reads" : "the project states no unit, the positions fit both,"
                    + " and " + origin.strip() + " counts in " + known.words();
        }
        String said = label + ": positions read as " + unit.words() + " (" + why + ")"
                + (unit == PositionUnit.UTF16_UNITS ? ", converted to code points" : "");
        statement(said + ".");
        note(s, null, null, said);
        return unit;
    }

    private void outside(List<Selection> sels, SourceText src, PositionUnit unit) {
        long length = unit == PositionUnit.CODE_POINTS ? src.codePoints() : src.utf16Units();
        for (Selection x : sels) {
            boolean bad = unit == PositionUnit.CODE_POINTS
                    ? !src.validCodePoint(x.start) || !src.validCodePoint(x.end)
                    : !src.validUtf16(x.start) || !src.validUtf16(x.end);
            if (bad) {
                error(x.at, "startPosition", x.start + ".." + x.end,
                        "0 ≤ startPosition ≤ endPosition ≤ " + length + " (" + unit.words() + " of the source)",
                        "the selection lies outside its source's text"
                                + (unit == PositionUnit.UTF16_UNITS && x.start <= length && x.end <= length
                                ? " (a position splits a surrogate pair)" : ""));
            }
        }
    }

    /** One passage per coder of the selection's codings (or one by its creator when it has none). */
    private void passages(Element p, Document doc, int start, int end, String guid) {
        List<Element> codings = p.all("Coding");
        String memo = memo(p);
        List<Link> links = new ArrayList<>();
        for (String actor : actorsBySelection.getOrDefault(guid, List.of())) {
            links.add(new Link(Link.Kind.ACTOR, actor));
        }
        if (codings.isEmpty()) {
            segments.add(segment(doc, start, end, coder(p.attr("creatingUser")), links, List.of(), memo));
            return;
        }
        passagesOfCodings(p, doc, start, end, links, codings, memo);
    }

    private void passagesOfCodings(Element at, Document doc, int start, int end, List<Link> links,
                                   List<Element> codings) {
        passagesOfCodings(at, doc, start, end, links == null ? List.of() : links, codings, memo(at));
    }

    private void passagesOfCodings(Element at, Document doc, int start, int end, List<Link> links,
                                   List<Element> codings, String memo) {
        Map<String, List<String>> byCoder = new LinkedHashMap<>();
        for (Element k : codings) {
            Element ref = k.first("CodeRef");
            String code = ref == null ? null : codeByGuid.get(Guids.normal(ref.attr("targetGUID")));
            if (code == null) {
                error(k, "CodeRef", ref == null ? null : ref.attr("targetGUID"), "the GUID of a Code of the CodeBook",
                        "the coding refers to no code of the project");
                continue;
            }
            String user = k.attr("creatingUser") != null ? k.attr("creatingUser") : at.attr("creatingUser");
            List<String> list = byCoder.computeIfAbsent(coder(user), x -> new ArrayList<>());
            if (!list.contains(code)) {
                list.add(code);
            }
        }
        byCoder.forEach((coder, cs) -> segments.add(segment(doc, start, end, coder, links, cs, memo)));
    }

    private Segment segment(Document doc, int start, int end, String coder, List<Link> links, List<String> cs,
                            String memo) {
        return new Segment("s" + (segments.size() + 1), doc.id(), start, end, doc.slice(start, end), coder, links, cs,
                memo, Map.of());
    }

    private String memo(Element p) {
        List<String> texts = new ArrayList<>();
        for (Element n : p.all("NoteRef")) {
            String t = noteByGuid.get(Guids.normal(n.attr("targetGUID")));
            if (t != null) {
                texts.add(t);
            }
        }
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }

    /** The coder of a user GUID: that user, else the project's creating user, else one coder "imported". */
    private String coder(String userGuid) {
        String c = coderByGuid.get(Guids.normal(userGuid));
        if (c == null && projectUser != null) {
            c = coderByGuid.get(projectUser);
        }
        if (c != null) {
            return c;
        }
        if (defaultCoder == null) {
            Set<String> taken = new java.util.HashSet<>();
            coders.forEach(k -> taken.add(k.id()));
            defaultCoder = "imported";
            for (int i = 2; taken.contains(defaultCoder); i++) {
                defaultCoder = "imported-" + i;
            }
        }
        return defaultCoder;
    }

    /** The source's text: its internal file, else its PlainTextContent; null after an error. */
    private String text(Element s) {
        String path = s.attr("plainTextPath");
        String inline = s.childText("PlainTextContent");
        if (path == null || path.isBlank()) {
            if (inline != null) {
                return inline;
            }
            error(s, "plainTextPath", null, "a plainTextPath internal://… or a PlainTextContent",
                    s.attr("richTextPath") != null ? "the source has only rich text (" + s.attr("richTextPath")
                            + "); Glassbox reads plain text: export the project with plain text sources"
                            : "the source has no text");
            return null;
        }
        if (!path.regionMatches(true, 0, "internal://", 0, 11)) {
            error(s, "plainTextPath", path, "internal://NAME (a file inside the .qdpx)",
                    "the source's text lies outside the project; only files inside the .qdpx are read");
            return null;
        }
        String rel = path.substring(11);
        if (org.glassbox.io.guard.EntryNames.escapes(rel) || rel.isEmpty()) {
            error(s, "plainTextPath", path, "internal://NAME (a file inside the .qdpx)",
                    "refused: the path escapes the project's Sources folder");
            return null;
        }
        String entry = archive.find("Sources/" + rel);
        if (entry == null) {
            entry = archive.find(rel);
        }
        if (entry == null) {
            error(s, "plainTextPath", path, "the entry Sources/" + rel + " in the .qdpx",
                    "the source's internal file is missing from the archive");
            return null;
        }
        byte[] bytes;
        try {
            bytes = archive.read(entry, archive.limits().maxSourceBytes());
        } catch (java.io.IOException e) {
            problems.add(new Problem(archive.display(entry), 0, 0, null, null, null, "a plain text file",
                    e.getMessage(), Problem.Severity.ERROR));
            return null;
        }
        try {
            String t = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            // a byte-order mark marks the encoding, it is no character of the text: tools do not count it
            return t.startsWith("\uFEFF") ? t.substring(1) : t;
        } catch (CharacterCodingException e) {
            problems.add(new Problem(archive.display(entry), 0, 0, null, null, null, "UTF-8 text",
                    "the source's text is not UTF-8 (" + firstBadByte(bytes) + ")", Problem.Severity.ERROR));
            return null;
        }
    }

    private static String firstBadByte(byte[] bytes) {
        var d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var r = d.decode(in, out, true);
        return r.isError() ? "first invalid byte at offset " + in.position() : "invalid bytes";
    }

    // ---------------------------------------------------------------- helpers

    private String guid(Element e) {
        String g = e.attr("guid");
        if (g == null || g.isBlank()) {
            error(e, "guid", null, "a GUID", "the " + e.name() + " has no guid");
            return null;
        }
        return Guids.normal(g);
    }

    private Long integer(Element e, String attr) {
        String v = e.attr(attr);
        try {
            return Long.parseLong(v == null ? "" : v.strip());
        } catch (NumberFormatException x) {
            error(e, attr, v, "an integer", "the " + e.name() + " has no integer " + attr);
            return null;
        }
    }

    private void statement(String s) {
        statements.add(s);
    }

    private void error(Element at, String field, String found, String expected, String message) {
        problems.add(new Problem(qde, at.line(), at.column(), null, field, found, expected, message,
                Problem.Severity.ERROR));
    }

    private void note(Element at, String field, String found, String message) {
        problems.add(new Problem(qde, at.line(), at.column(), null, field, found, null, message, Problem.Severity.NOTE));
    }
}
