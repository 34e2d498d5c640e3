package org.glassbox.io.qdpx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Segment;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.qdpx.XmlTree.Element;

/**
 * One read of a project: the archive checked ({@link QdpxArchive}), {@code project.qde} within its size limit
 * and parsed without resolving anything ({@link XmlTree}), then either the case of {@code glassbox/case.zip}
 * — checked against the project's selections, so a project edited by another tool since Glassbox wrote it is
 * not silently taken for the old case — or the project itself as a case being coded ({@link ProjectReader}).
 */
final class QdpxReading {
    private QdpxReading() {
    }

    /** The import, or null; every problem goes to {@code problems}. */
    static QdpxImport read(Path path, QdpxArchive.Limits limits, List<Problem> problems) {
        if (!Files.isRegularFile(path)) {
            problems.add(QdpxArchive.error(path.toString(), "a .qdpx file", Files.exists(path)
                    ? "not a file" : "no such file or folder"));
            return null;
        }
        try (QdpxArchive a = QdpxArchive.open(path, limits, problems)) {
            if (a == null) {
                return null;
            }
            String entry = a.find(Qdpx.PROJECT_ENTRY);
            if (entry == null) {
                problems.add(QdpxArchive.error(path.toString(), "a .qdpx holding project.qde",
                        "the archive has no project.qde: it is no REFI-QDA project"));
                return null;
            }
            String qde = a.display(entry);
            Element root;
            try {
                root = XmlTree.parse(a.read(entry, limits.maxProjectBytes()));
            } catch (IOException e) {
                problems.add(QdpxArchive.error(qde, "a project.qde of at most " + (limits.maxProjectBytes() >> 20)
                        + " MiB", e.getMessage()));
                return null;
            } catch (XmlTree.Malformed e) {
                problems.add(new Problem(qde, e.line(), e.column(), null, null, null, "QDA-XML 1.0", e.getMessage(),
                        Problem.Severity.ERROR));
                return null;
            }
            if (!root.name().equals("Project")) {
                problems.add(new Problem(qde, root.line(), root.column(), null, null, root.name(),
                        "the root element Project (urn:QDA-XML:project:1.0)", "not a REFI-QDA project",
                        Problem.Severity.ERROR));
                return null;
            }
            String caseEntry = a.find(Qdpx.CASE_ENTRY);
            if (caseEntry != null) {
                Case c = glassboxCase(a, caseEntry, root, problems);
                return c == null ? null : new QdpxImport(c, true, List.of());
            }
            Case c = ProjectReader.read(a, root, problems);
            return c == null ? null : new QdpxImport(c, false, List.of());
        }
    }

    /** The case Glassbox stored, when it still matches the project's sources and selections. */
    private static Case glassboxCase(QdpxArchive a, String entry, Element root, List<Problem> problems) {
        Path tmp = null;
        Case c;
        try {
            byte[] bytes = a.read(entry, a.limits().maxCaseBytes());
            tmp = Files.createTempFile("glassbox-qdpx-case-", ".zip");
            Files.write(tmp, bytes);
            c = CaseReader.read(tmp, CaseReader.Form.ZIP);
        } catch (CaseFormatException e) {
            String t = tmp.toString();
            for (Problem p : e.problems()) {
                String file = p.file().startsWith(t) ? a.display(entry) + p.file().substring(t.length()) : p.file();
                problems.add(new Problem(file, p.line(), p.column(), p.cell(), p.field(), p.found(), p.expected(),
                        p.message(), p.severity()));
            }
            return null;
        } catch (IOException e) {
            problems.add(QdpxArchive.error(a.display(entry), "the case as a zip", e.getMessage()));
            return null;
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    // a temporary file left behind is harmless
                }
            }
        }
        int before = problems.size();
        check(a, c, root, problems);
        return problems.size() == before ? c : null;
    }

    /**
     * The project's text sources and selections against the case's documents and passages: the same GUIDs
     * (name-based on the case's ids), the same texts and the same positions, and nothing in one that the
     * other lacks.
     */
    private static void check(QdpxArchive a, Case c, Element root, List<Problem> problems) {
        Guids guids = new Guids(c.id());
        String qde = a.display(Qdpx.PROJECT_ENTRY);
        String hint = "; the project was changed after Glassbox wrote it — remove " + Qdpx.CASE_ENTRY
                + " from the archive to import project.qde as a case being coded";
        Map<String, Document> docs = new HashMap<>();
        for (Document d : c.coding().documents()) {
            docs.put(guids.of("document", d.id()), d);
        }
        Map<String, Segment> segs = new HashMap<>();
        for (Segment s : c.coding().segments()) {
            segs.put(guids.of("segment", s.id()), s);
        }
        Map<String, String> actorsByGuid = new HashMap<>();
        c.actors().forEach(x -> actorsByGuid.put(guids.of("actor", x.id()), x.id()));
        Map<String, String> notes = new HashMap<>();
        Element noteList = root.first("Notes");
        for (Element n : noteList == null ? List.<Element>of() : noteList.all("Note")) {
            notes.put(Guids.normal(n.attr("guid")), n.childText("PlainTextContent"));
        }
        Element sources = root.first("Sources");
        List<Element> textSources = sources == null ? List.of() : sources.all("TextSource");
        java.util.Set<String> seenDocs = new java.util.HashSet<>();
        java.util.Set<String> seenSegs = new java.util.HashSet<>();
        for (Element ts : textSources) {
            String g = Guids.normal(ts.attr("guid"));
            Document d = docs.get(g);
            if (d == null) {
                problems.add(error(qde, ts, "guid", ts.attr("guid"), "a source " + Qdpx.CASE_ENTRY
                        + " does not hold" + hint));
                continue;
            }
            seenDocs.add(g);
            String path = ts.attr("plainTextPath");
            String file = path == null || !path.startsWith("internal://") ? null : a.find("Sources/" + path.substring(11));
            String text = null;
            if (file != null) {
                try {
                    text = new String(a.read(file, a.limits().maxSourceBytes()), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    problems.add(QdpxArchive.error(a.display(file), "a plain text file", e.getMessage()));
                    continue;
                }
            }
            if (!d.text().equals(text)) {
                problems.add(error(qde, ts, "plainTextPath", path, "the text of document " + d.id()
                        + " differs from the one in " + Qdpx.CASE_ENTRY + hint));
            }
            for (Element sel : ts.all("PlainTextSelection")) {
                String sg = Guids.normal(sel.attr("guid"));
                Segment s = segs.get(sg);
                if (s == null || !s.document().equals(d.id())) {
                    problems.add(error(qde, sel, "guid", sel.attr("guid"), "a selection " + Qdpx.CASE_ENTRY
                            + " does not hold" + hint));
                    continue;
                }
                seenSegs.add(sg);
                String found = sel.attr("startPosition") + ".." + sel.attr("endPosition");
                if (!found.equals(s.start() + ".." + s.end())) {
                    problems.add(error(qde, sel, "startPosition", found, "passage " + s.id() + " spans " + s.start()
                            + ".." + s.end() + " in " + Qdpx.CASE_ENTRY + hint));
                }
                // a coding or note added or removed in another tool would otherwise be dropped silently
                java.util.Set<String> coded = new java.util.TreeSet<>();
                for (Element k : sel.all("Coding")) {
                    Element ref = k.first("CodeRef");
                    coded.add(ref == null ? "" : Guids.normal(ref.attr("targetGUID")));
                }
                java.util.Set<String> expected = new java.util.TreeSet<>();
                s.codes().forEach(k -> expected.add(guids.of("code", k)));
                if (!coded.equals(expected)) {
                    problems.add(error(qde, sel, "Coding", null, "the codings of passage " + s.id()
                            + " differ from its codes in " + Qdpx.CASE_ENTRY + " (" + String.join(", ", s.codes()) + ")"
                            + hint));
                }
                String memo = null;
                for (Element n : sel.all("NoteRef")) {
                    memo = notes.get(Guids.normal(n.attr("targetGUID")));
                }
                String had = s.memo() == null || s.memo().isEmpty() ? null : s.memo();
                if (!java.util.Objects.equals(memo, had) || sel.all("NoteRef").size() > 1) {
                    problems.add(error(qde, sel, "NoteRef", null, "the note of passage " + s.id()
                            + " differs from its memo in " + Qdpx.CASE_ENTRY + hint));
                }
            }
        }
        Element cases = root.first("Cases");
        for (Element k : cases == null ? List.<Element>of() : cases.all("Case")) {
            for (Element ref : k.all("SelectionRef")) {
                Segment s = segs.get(Guids.normal(ref.attr("targetGUID")));
                String actor = actorsByGuid.get(Guids.normal(k.attr("guid")));
                if (s == null || actor == null
                        || !s.links().contains(new org.glassbox.core.model.Link(org.glassbox.core.model.Link.Kind.ACTOR, actor))) {
                    problems.add(error(qde, ref, "SelectionRef", ref.attr("targetGUID"), "a case's selection "
                            + Qdpx.CASE_ENTRY + " does not link to that actor" + hint));
                }
            }
        }
        Element book = root.first("CodeBook");
        java.util.Set<String> codeGuids = new java.util.HashSet<>();
        c.coding().codes().forEach(k -> codeGuids.add(guids.of("code", k.name())));
        for (Element k : book == null || book.first("Codes") == null ? List.<Element>of() : allCodes(book.first("Codes"))) {
            if (!codeGuids.contains(Guids.normal(k.attr("guid")))) {
                problems.add(error(qde, k, "guid", k.attr("name"), "a code " + Qdpx.CASE_ENTRY + " does not hold" + hint));
            }
        }
        for (Document d : c.coding().documents()) {
            if (!seenDocs.contains(guids.of("document", d.id()))) {
                problems.add(new Problem(qde, 0, 0, null, null, d.id(), null, "document " + d.id() + " of "
                        + Qdpx.CASE_ENTRY + " has no TextSource in the project" + hint, Problem.Severity.ERROR));
            }
        }
        for (Segment s : c.coding().segments()) {
            if (!seenSegs.contains(guids.of("segment", s.id()))) {
                problems.add(new Problem(qde, 0, 0, null, null, s.id(), null, "passage " + s.id() + " of "
                        + Qdpx.CASE_ENTRY + " has no PlainTextSelection in the project" + hint, Problem.Severity.ERROR));
            }
        }
    }

    private static List<Element> allCodes(Element codes) {
        List<Element> out = new java.util.ArrayList<>();
        for (Element k : codes.all("Code")) {
            out.add(k);
            out.addAll(allCodes(k));
        }
        return out;
    }

    private static Problem error(String qde, Element at, String field, String found, String message) {
        return new Problem(qde, at.line(), at.column(), null, field, found, null, message, Problem.Severity.ERROR);
    }
}
