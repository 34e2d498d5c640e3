package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.io.Cases;
import org.glassbox.io.interchange.CaseToOcel;
import org.glassbox.io.interchange.OcelToCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writers keep every addition of format 1.1: folder → zip → workbook → OCEL 2.0 (JSON, XML,
 * SQLite) → folder gives back the same files byte for byte, for a case with Chinese documents (one
 * with a character outside the BMP), passages, coders, codes, described objects and an exemption.
 */
class Format11RoundTripTest {
    @TempDir
    Path tmp;

    private static Map<String, String> files(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    private static void sameAdditions(Case actual, Case expected) {
        assertThat(actual.objects()).isEqualTo(expected.objects());
        Coding a = actual.coding();
        Coding e = expected.coding();
        assertThat(a.coders()).isEqualTo(e.coders());
        assertThat(a.codes()).isEqualTo(e.codes());
        assertThat(a.documents()).isEqualTo(e.documents());
        assertThat(a.segments()).isEqualTo(e.segments());
    }

    @Test
    void everyFormKeepsEveryAdditionByteForByte() throws Exception {
        Case c0 = Cases.read(Fixtures11.write(tmp.resolve("in")));
        Path a = tmp.resolve("a");
        List<String> written = CaseWriter.writeFolder(c0, a);
        assertThat(written).contains("objects.csv", "documents.csv", "segments.csv", "documents/d1.txt",
                "documents/d2.txt", "codebook.yaml");
        assertThat(Files.readString(a.resolve("case.yaml"))).startsWith("format: \"1.1\"\n").contains("coders:");

        Path zip = tmp.resolve("c.zip");
        assertThat(Cases.write(c0, zip, false)).isEmpty();
        Case c1 = Cases.read(zip);
        sameAdditions(c1, c0);

        Path book = tmp.resolve("w/c.xlsx");
        Files.createDirectories(book.getParent());
        assertThat(WorkbookWriter.write(c1, book)).contains(book.resolveSibling("documents/d1.txt"),
                book.resolveSibling("c.codebook.yaml"));
        Case c2 = Cases.read(book);
        sameAdditions(c2, c0);

        Case c = c2;
        for (String ext : List.of("jsonocel", "xmlocel", "sqlite")) {
            Path f = tmp.resolve("c." + ext);
            assertThat(Cases.write(c, f, false)).isEmpty();
            c = Cases.read(f);
            sameAdditions(c, c0);
        }
        Path b = tmp.resolve("b");
        CaseWriter.writeFolder(c, b);
        assertThat(files(b)).isEqualTo(files(a));
        // and the folder written is the one read, but for the canonical form of the CSV
        Document d1 = c.coding().document("d1");
        assertThat(d1.text()).contains("𠀀").isEqualTo(Fixtures11.D1);
        assertThat(c.events().event(5).attributes()).containsEntry("exempt", "copy-without-diagnosis");
    }

    @Test
    void ocelCarriesTheAdditionsAsTheMappingSays() throws Exception {
        Case c = Cases.read(Fixtures11.write(tmp.resolve("in")));
        var log = CaseToOcel.toLog(c);
        var s = log.events();
        var t = log.objects();
        int d1 = s.objects().code("d1");
        assertThat(s.objectTypes().value(s.objectType(d1))).isEqualTo("document");
        assertThat(t.attributes().get("content").text(d1)).isEqualTo(Fixtures11.D1);
        int g2 = s.objects().code("g2");
        assertThat(s.objectTypes().value(s.objectType(g2))).isEqualTo("segment");
        java.util.List<String> rel = new java.util.ArrayList<>();
        for (int k = 0; k < t.relations(); k++) {
            if (t.relationFrom(k) == g2) {
                rel.add(t.relationQualifier(k) + "→" + s.objects().value(t.relationTo(k)));
            }
        }
        assertThat(rel).containsExactly("in→d1", "coded-by→zm", "evidence-for→t1", "evidence-for→bigdata");
        int app = s.objects().code("platform:gov-app");
        assertThat(t.attributes().get("name_zh").text(app)).isEqualTo("政务App");
        assertThat(t.attributes().get("audience").text(app)).isEqualTo("public");
        assertThat(s.attribute("exempt").text(5)).isEqualTo("copy-without-diagnosis");
        assertThat(s.attribute("title_zh").text(0)).isEqualTo("数字城市规划");
        sameAdditions(OcelToCase.toCase(log), c);
    }

    @Test
    void versionOneCaseWritesNoAddition() throws Exception {
        Case c = Cases.read(Fixtures.write(tmp.resolve("in")));
        Path out = tmp.resolve("out");
        List<String> written = CaseWriter.writeFolder(c, out);
        assertThat(written).containsExactly("case.yaml", "actors.csv", "ties.csv", "events.csv", "indicators.csv",
                "sources.csv");
        assertThat(Files.readString(out.resolve("case.yaml"))).doesNotContain("format").startsWith("id: city-x");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("case.yaml", "actors.csv",
                    "ties.csv", "events.csv", "indicators.csv", "sources.csv");
        }
    }

    @Test
    void aDocumentPathOutOfDocumentsIsNotWritten() throws Exception {
        Case c = Cases.read(Fixtures11.write(tmp.resolve("in")));
        Document d = c.coding().documents().get(0);
        Document bad = new Document(d.id(), d.source(), "documents/../../evil.txt", null, null, false, d.text(), Map.of());
        Case hostile = c.withCoding(Coding.of(c.coding().coders(), c.coding().codes(), List.of(bad), List.of()));
        assertThatThrownBy(() -> CaseWriter.writeFolder(hostile, tmp.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("documents/../../evil.txt")
                .hasMessageContaining("'..' segment");
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
    }
}
