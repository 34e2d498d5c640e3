package org.glassbox.io.qdpx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.core.model.Source;

/**
 * A case as a REFI-QDA project ({@code project.qde}, QDA-XML 1.0, valid against Project.xsd): coders as
 * {@code User}s, the codes as the {@code CodeBook}'s hierarchy, actors as {@code Case}s with the
 * {@code Variable}s sector, level and function (and a {@code SelectionRef} to every passage linked to the
 * actor), documents as {@code TextSource}s whose text is the zip entry {@code Sources/GUID.txt}, passages as
 * {@code PlainTextSelection}s in code points with one {@code Coding} per code and their memo as a
 * {@code Note}. What QDA-XML has no place for (links to events, ties, indicators and objects) is named in the
 * selection's {@code Description}; the case itself travels beside the project as {@code glassbox/case.zip}.
 * The text is built in one fixed order with GUIDs from {@link Guids}, so the same case gives the same bytes.
 */
final class ProjectWriter {
    static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    /** The one statement of the unit, written in the project's Description and read back by {@link PositionUnit}. */
    static final String POSITIONS = "startPosition and endPosition of every PlainTextSelection count Unicode code"
            + " points of the source's plain text (UTF-8, NFC, LF line ends, no byte-order mark), from 0, end exclusive.";
    static final List<String> VARIABLES = List.of("sector", "level", "function");

    /** One source text to store as {@code Sources/GUID.txt}. */
    record SourceFile(String guid, String text) {
        String entry() {
            return "Sources/" + guid + ".txt";
        }
    }

    /** The project's XML and the source files it names. */
    record Project(String xml, List<SourceFile> sources) {
    }

    private final Case c;
    private final Guids guids;
    private final StringBuilder out = new StringBuilder(1 << 14);
    private int depth;

    private ProjectWriter(Case c) {
        this.c = c;
        this.guids = new Guids(c.id());
    }

    static Project write(Case c) {
        return new ProjectWriter(c).project();
    }

    private Project project() {
        Coding coding = c.coding();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        open("Project", "xmlns", NAMESPACE, "name", c.info().name(), "origin", "Glassbox");
        users(coding.coders());
        codeBook(coding.codes());
        if (!c.actors().isEmpty()) {
            variables();
            cases(coding.segments());
        }
        List<SourceFile> files = sources(coding);
        notes(coding.segments());
        element("Description", description());
        close("Project");
        return new Project(out.toString(), files);
    }

    private String description() {
        StringBuilder d = new StringBuilder();
        d.append("Written by Glassbox from the case ").append(c.id()).append(" (").append(c.info().name()).append("). ");
        d.append(POSITIONS);
        d.append(" Coders are Users, the codebook's codes the CodeBook, actors Cases with the Variables sector,"
                + " level and function, documents TextSources, coded passages PlainTextSelections with a Coding per"
                + " code. A passage's links to events, ties, indicators and objects are named in its Description;"
                + " the whole case (events, ties, links, memos and everything else) travels in the zip entry "
                + Qdpx.CASE_ENTRY + ", in the Glassbox case format 1.1.");
        return d.toString();
    }

    private void users(List<Coder> coders) {
        if (coders.isEmpty()) {
            return;
        }
        open("Users");
        for (Coder k : coders) {
            empty("User", "guid", guids.of("coder", k.id()), "name", k.name() == null ? k.id() : k.name(), "id", k.id());
        }
        close("Users");
    }

    private void codeBook(List<Code> codes) {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> names = new HashSet<>();
        codes.forEach(k -> names.add(k.name()));
        Map<String, List<Code>> children = new LinkedHashMap<>();
        List<Code> top = new ArrayList<>();
        for (Code k : codes) {
            if (k.parent() == null || !names.contains(k.parent()) || k.parent().equals(k.name())) {
                top.add(k);
            } else {
                children.computeIfAbsent(k.parent(), p -> new ArrayList<>()).add(k);
            }
        }
        open("CodeBook");
        open("Codes");
        Set<String> written = new HashSet<>();
        for (Code k : top) {
            code(k, children, written);
        }
        // codes in a parent cycle reach no top: written at the top rather than dropped
        for (Code k : codes) {
            if (!written.contains(k.name())) {
                code(k, children, written);
            }
        }
        close("Codes");
        close("CodeBook");
    }

    private void code(Code k, Map<String, List<Code>> children, Set<String> written) {
        if (!written.add(k.name())) {
            return;
        }
        List<Code> kids = children.getOrDefault(k.name(), List.of());
        String[] attrs = {"guid", guids.of("code", k.name()), "name", k.name(), "isCodable", "true"};
        if (k.description() == null && kids.isEmpty()) {
            empty("Code", attrs);
            return;
        }
        open("Code", attrs);
        if (k.description() != null) {
            element("Description", k.description());
        }
        for (Code kid : kids) {
            code(kid, children, written);
        }
        close("Code");
    }

    private void variables() {
        open("Variables");
        for (String v : VARIABLES) {
            open("Variable", "guid", guids.of("variable", v), "name", v, "typeOfVariable", "Text");
            element("Description", "the actor's " + v + " (actors.csv column " + v + ")");
            close("Variable");
        }
        close("Variables");
    }

    private void cases(List<Segment> segments) {
        Map<String, List<Segment>> byActor = new LinkedHashMap<>();
        for (Segment s : segments) {
            for (Link l : s.links()) {
                if (l.kind() == Link.Kind.ACTOR) {
                    byActor.computeIfAbsent(l.target(), a -> new ArrayList<>()).add(s);
                }
            }
        }
        open("Cases");
        for (Actor a : c.actors()) {
            open("Case", "guid", guids.of("actor", a.id()), "name", a.name());
            element("Description", "actor " + a.id() + (a.nameZh() == null ? "" : " (" + a.nameZh() + ")"));
            String[] values = {a.sector(), a.level(), a.function()};
            for (int i = 0; i < VARIABLES.size(); i++) {
                if (values[i] == null) {
                    continue;
                }
                open("VariableValue");
                empty("VariableRef", "targetGUID", guids.of("variable", VARIABLES.get(i)));
                element("TextValue", values[i]);
                close("VariableValue");
            }
            for (Segment s : byActor.getOrDefault(a.id(), List.of())) {
                empty("SelectionRef", "targetGUID", guids.of("segment", s.id()));
            }
            close("Case");
        }
        close("Cases");
    }

    private List<SourceFile> sources(Coding coding) {
        List<SourceFile> files = new ArrayList<>();
        if (coding.documents().isEmpty()) {
            return files;
        }
        Map<String, List<Segment>> byDocument = new LinkedHashMap<>();
        for (Segment s : coding.segments()) {
            byDocument.computeIfAbsent(s.document(), d -> new ArrayList<>()).add(s);
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        c.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        open("Sources");
        for (Document d : coding.documents()) {
            String guid = guids.of("document", d.id());
            Source src = sources.get(d.source());
            String name = src != null && src.title() != null && !src.title().isBlank() ? src.title() : d.id();
            open("TextSource", "guid", guid, "name", name, "plainTextPath", "internal://" + guid + ".txt");
            StringBuilder desc = new StringBuilder("document ").append(d.id()).append(" (source ").append(d.source());
            if (d.language() != null) {
                desc.append(", language ").append(d.language());
            }
            desc.append(d.restricted() ? ", restricted: only owners and its assigned coders may see it" : "").append(')');
            element("Description", desc.toString());
            for (Segment s : byDocument.getOrDefault(d.id(), List.of())) {
                selection(s);
            }
            close("TextSource");
            files.add(new SourceFile(guid, d.text()));
        }
        close("Sources");
        return files;
    }

    private void selection(Segment s) {
        String coder = guids.of("coder", s.coder());
        open("PlainTextSelection", "guid", guids.of("segment", s.id()), "name", s.id(),
                "startPosition", Integer.toString(s.start()), "endPosition", Integer.toString(s.end()),
                "creatingUser", coder);
        List<String> evidence = new ArrayList<>();
        for (Link l : s.links()) {
            evidence.add(l.toString());
        }
        element("Description", "passage " + s.id() + " coded by " + s.coder()
                + (evidence.isEmpty() ? "" : "; evidence for " + String.join(", ", evidence)));
        for (String code : s.codes()) {
            open("Coding", "guid", guids.of("coding", s.id() + "/" + code), "creatingUser", coder);
            empty("CodeRef", "targetGUID", guids.of("code", code));
            close("Coding");
        }
        if (s.memo() != null && !s.memo().isEmpty()) {
            empty("NoteRef", "targetGUID", guids.of("memo", s.id()));
        }
        close("PlainTextSelection");
    }

    private void notes(List<Segment> segments) {
        List<Segment> memos = segments.stream().filter(s -> s.memo() != null && !s.memo().isEmpty()).toList();
        if (memos.isEmpty()) {
            return;
        }
        open("Notes");
        for (Segment s : memos) {
            open("Note", "guid", guids.of("memo", s.id()), "name", "memo on passage " + s.id(),
                    "creatingUser", guids.of("coder", s.coder()));
            element("PlainTextContent", s.memo());
            close("Note");
        }
        close("Notes");
    }

    // ------------------------------------------------------------------ XML, indented by two spaces

    private void indent() {
        out.append("  ".repeat(depth));
    }

    private void start(String name, String... attrs) {
        indent();
        out.append('<').append(name);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                out.append(' ').append(attrs[i]).append("=\"").append(XmlText.attribute(attrs[i + 1])).append('"');
            }
        }
    }

    private void open(String name, String... attrs) {
        start(name, attrs);
        out.append(">\n");
        depth++;
    }

    private void empty(String name, String... attrs) {
        start(name, attrs);
        out.append("/>\n");
    }

    private void close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
    }

    private void element(String name, String text) {
        indent();
        out.append('<').append(name).append('>').append(XmlText.text(text)).append("</").append(name).append(">\n");
    }
}
