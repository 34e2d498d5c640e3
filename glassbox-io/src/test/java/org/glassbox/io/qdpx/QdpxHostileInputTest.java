package org.glassbox.io.qdpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.io.Cases;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ZipBombs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken projects: each refused with a positioned problem, nothing of them returned. */
class QdpxHostileInputTest {
    @TempDir
    Path dir;

    static final String SMALL = """
            <Project xmlns="urn:QDA-XML:project:1.0" name="p">
              <Sources><TextSource guid="G(t)" name="t" plainTextPath="internal://t.txt">
                <PlainTextSelection guid="G(s)" startPosition="0" endPosition="4"/>
              </TextSource></Sources>
            </Project>""";

    private List<Problem> refused(Path f) {
        CaseFormatException e = catchThrowableOfType(() -> Qdpx.read(f), CaseFormatException.class);
        assertThat(e).as("refused").isNotNull();
        // the facade refuses it the same way and validate reports the same errors
        assertThat(catchThrowableOfType(() -> Cases.read(f), CaseFormatException.class)).isNotNull();
        assertThat(Cases.validate(f).errors()).isEqualTo(e.errors());
        return e.errors();
    }

    private List<Problem> refused(Path f, QdpxArchive.Limits limits) {
        CaseFormatException e = catchThrowableOfType(() -> Qdpx.read(f, limits), CaseFormatException.class);
        assertThat(e).as("refused").isNotNull();
        return e.errors();
    }

    @Test
    void entriesEscapingTheArchiveAreRefusedAllAtOnce() throws Exception {
        Path f = new ProjectFiles().project(SMALL).entry("Sources/t.txt", "text")
                .entry("../evil.txt", "x").entry("/etc/evil", "y").entry("Sources/..\\..\\win.txt", "z")
                .write(dir.resolve("escape.qdpx"));
        List<Problem> errors = refused(f);
        assertThat(errors).extracting(Problem::file).containsExactly(f + "!/../evil.txt", f + "!//etc/evil",
                f + "!/Sources/..\\..\\win.txt");
        assertThat(errors).allSatisfy(p -> assertThat(p.message()).startsWith("refused: a zip entry escaping the archive"));
        assertThat(Files.exists(dir.resolve("evil.txt"))).isFalse();
    }

    @Test
    void aZipBombIsStoppedByItsRatio() throws Exception {
        byte[] zeros = new byte[3 << 20]; // 3 MiB of zeros deflate to a few KiB: a ratio far above 100
        Path f = new ProjectFiles().project(SMALL).entry("Sources/t.txt", zeros).write(dir.resolve("bomb.qdpx"));
        List<Problem> errors = refused(f);
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f + "!/Sources/t.txt");
            assertThat(p.message()).isEqualTo("refused: Sources/t.txt expands more than 100 times its compressed size"
                    + " (a zip bomb?)");
        });
    }

    @Test
    void aZipBombInsideTheGlassboxCaseIsStopped() throws Exception {
        // glassbox/case.zip of about 0.3 MB whose events.csv is 300 MB of rows: the case reader's own zip guard
        Path caseZip = ZipBombs.caseZip(dir.resolve("case.zip"), 300_000_000L);
        assertThat(Files.size(caseZip)).isLessThan(2_000_000L);
        Path f = new ProjectFiles().project(SMALL).entry("Sources/t.txt", "text")
                .entry(Qdpx.CASE_ENTRY, Files.readAllBytes(caseZip)).write(dir.resolve("nested.qdpx"));
        List<Problem> errors = refused(f);
        // the rows parsed before the refusal are reported too (duplicate ids), then the refusal
        assertThat(errors).filteredOn(p -> p.message().startsWith("refused")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f + "!/glassbox/case.zip!/events.csv");
            assertThat(p.message()).isEqualTo("refused: events.csv expands more than 100 times its compressed size"
                    + " (a zip bomb?)");
        });
    }

    @Test
    void theTotalAndEachEntryHaveTheirLimits() throws Exception {
        Path f = new ProjectFiles().project(SMALL).entry("Sources/t.txt", "x".repeat(5000)).write(dir.resolve("big.qdpx"));
        var total = new QdpxArchive.Limits(100, 4000, 1 << 20, 1 << 20, 1 << 20, 100);
        assertThat(refused(f, total)).extracting(Problem::message)
                .containsExactly("refused: the archive expands to more than 4000 bytes");
        var source = new QdpxArchive.Limits(100, 1 << 20, 1 << 20, 1000, 1 << 20, 100);
        assertThat(refused(f, source)).extracting(Problem::message)
                .containsExactly("refused: Sources/t.txt is larger than 1000 bytes");
        var entries = new QdpxArchive.Limits(1, 1 << 20, 1 << 20, 1 << 20, 1 << 20, 100);
        assertThat(refused(f, entries)).extracting(Problem::message)
                .containsExactly("refused: the archive has more than 1 entries");
    }

    @Test
    void aHugeProjectQdeIsRefusedBeforeItIsParsed() throws Exception {
        String big = SMALL.replace("<Sources>", "<Description>" + "a".repeat(200_000) + "</Description><Sources>");
        Path f = new ProjectFiles().project(big).entry("Sources/t.txt", "text").write(dir.resolve("huge.qdpx"));
        var limits = new QdpxArchive.Limits(100, 1 << 30, 100_000, 1 << 20, 1 << 20, 10_000);
        assertThat(refused(f, limits)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f + "!/project.qde");
            assertThat(p.message()).isEqualTo("refused: project.qde is larger than 100000 bytes");
        });
    }

    @Test
    void externalEntitiesAreRefusedAndNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY x SYSTEM "%s"> ]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>""".formatted(secret.toUri());
        Path f = new ProjectFiles().entry("project.qde", xml).write(dir.resolve("xxe.qdpx"));
        List<Problem> errors = refused(f);
        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f + "!/project.qde");
            assertThat(p.message()).startsWith("refused: a document type declaration");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.format()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void entityExpansionIsRefusedToo() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Project [ <!ENTITY a "aaaaaaaaaa"> <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"> ]>
                <Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>""";
        Path f = new ProjectFiles().entry("project.qde", xml).write(dir.resolve("laughs.qdpx"));
        assertThat(refused(f)).singleElement().extracting(Problem::message).asString()
                .startsWith("refused: a document type declaration");
    }

    @Test
    void tooDeepOrTooManyElementsAreRefusedWhereTheLimitIsPassed() throws Exception {
        String deep = "<Project name=\"p\">\n" + "<Users>".repeat(70) + "</Users>".repeat(70) + "</Project>";
        Path f = new ProjectFiles().entry("project.qde", deep).write(dir.resolve("deep.qdpx"));
        assertThat(refused(f)).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("refused: elements nested more than 64 deep");
            assertThat(p.line()).isEqualTo(2);
        });
        XmlTree.Malformed many = catchThrowableOfType(() -> XmlTree.parse(
                "<a>\n<b/>\n<b/>\n<b/>\n</a>".getBytes(StandardCharsets.UTF_8), 3), XmlTree.Malformed.class);
        assertThat(many.getMessage()).isEqualTo("refused: more than 3 elements");
        assertThat(many.line()).isEqualTo(4);
    }

    @Test
    void malformedXmlNamesLineAndColumn() throws Exception {
        Path f = new ProjectFiles().entry("project.qde", "<Project name=\"p\">\n  <Users>\n</Project>")
                .write(dir.resolve("bad.qdpx"));
        assertThat(refused(f)).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("not well-formed XML");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isPositive();
        });
    }

    @Test
    void positionsOutsideTheirSourceAreRefusedEachWithItsLine() throws Exception {
        String xml = """
                <Project xmlns="urn:QDA-XML:project:1.0" name="p">
                  <Sources><TextSource guid="G(t)" name="t" plainTextPath="internal://t.txt">
                    <PlainTextSelection guid="G(s1)" startPosition="0" endPosition="4"/>
                    <PlainTextSelection guid="G(s2)" startPosition="2" endPosition="40"/>
                    <PlainTextSelection guid="G(s3)" startPosition="-1" endPosition="2"/>
                    <PlainTextSelection guid="G(s4)" startPosition="3" endPosition="1"/>
                    <PlainTextSelection guid="G(s5)" startPosition="one" endPosition="2"/>
                  </TextSource></Sources>
                </Project>""";
        Path f = new ProjectFiles().project(xml).entry("Sources/t.txt", "text").write(dir.resolve("outside.qdpx"));
        List<Problem> errors = refused(f);
        assertThat(errors).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "the selection ends before it starts"),
                org.assertj.core.groups.Tuple.tuple(7, "the PlainTextSelection has no integer startPosition"));
        // the order and integer errors stop the source first; fixed, the positions outside the text are named
        Path g = new ProjectFiles().project(xml.replace("startPosition=\"3\" endPosition=\"1\"", "startPosition=\"1\" endPosition=\"3\"")
                        .replace("\"one\"", "\"1\"")).entry("Sources/t.txt", "text").write(dir.resolve("outside2.qdpx"));
        assertThat(refused(g)).extracting(Problem::line, Problem::found).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "2..40"), org.assertj.core.groups.Tuple.tuple(5, "-1..2"));
        assertThat(refused(g).get(0).expected()).isEqualTo("0 ≤ startPosition ≤ endPosition ≤ 4 (Unicode code points of the source)");
    }

    @Test
    void missingInternalFilesAndOutsidePathsAreNamed() throws Exception {
        String xml = """
                <Project xmlns="urn:QDA-XML:project:1.0" name="p">
                  <Sources>
                    <TextSource guid="G(a)" name="a" plainTextPath="internal://missing.txt"/>
                    <TextSource guid="G(b)" name="b" plainTextPath="C:\\Users\\me\\b.txt"/>
                    <TextSource guid="G(c)" name="c" plainTextPath="internal://../../etc/passwd"/>
                    <TextSource guid="G(d)" name="d" richTextPath="internal://d.docx"/>
                  </Sources>
                </Project>""";
        Path f = new ProjectFiles().project(xml).write(dir.resolve("missing.qdpx"));
        assertThat(refused(f)).extracting(Problem::line, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "the source's internal file is missing from the archive"),
                org.assertj.core.groups.Tuple.tuple(4, "the source's text lies outside the project; only files inside the .qdpx are read"),
                org.assertj.core.groups.Tuple.tuple(5, "refused: the path escapes the project's Sources folder"),
                org.assertj.core.groups.Tuple.tuple(6, "the source has only rich text (internal://d.docx); Glassbox reads plain text: export the project with plain text sources"));
    }

    @Test
    void aSourceThatIsNotUtf8IsNamed() throws Exception {
        byte[] latin1 = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Path f = new ProjectFiles().project(SMALL).entry("Sources/t.txt", latin1).write(dir.resolve("latin1.qdpx"));
        assertThat(refused(f)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f + "!/Sources/t.txt");
            assertThat(p.message()).isEqualTo("the source's text is not UTF-8 (first invalid byte at offset 3)");
        });
    }

    @Test
    void notAZipNoProjectAndNotAProject() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.qdpx"), "this is no zip");
        assertThat(refused(junk)).singleElement().extracting(Problem::message).asString().startsWith("not a readable zip");
        Path empty = new ProjectFiles().entry("readme.txt", "hi").write(dir.resolve("empty.qdpx"));
        assertThat(refused(empty)).singleElement().extracting(Problem::message).asString()
                .isEqualTo("the archive has no project.qde: it is no REFI-QDA project");
        Path other = new ProjectFiles().entry("project.qde", "<CodeBook/>").write(dir.resolve("other.qdpx"));
        assertThat(refused(other)).singleElement().extracting(Problem::found).isEqualTo("CodeBook");
    }

    @Test
    void anUnknownCodeReferenceIsAnError() throws Exception {
        String xml = """
                <Project xmlns="urn:QDA-XML:project:1.0" name="p">
                  <Sources><TextSource guid="G(t)" name="t"><PlainTextContent>text</PlainTextContent>
                    <PlainTextSelection guid="G(s)" startPosition="0" endPosition="4">
                      <Coding guid="G(x)"><CodeRef targetGUID="G(nothing)"/></Coding>
                    </PlainTextSelection>
                  </TextSource></Sources>
                </Project>""";
        Path f = new ProjectFiles().project(xml).write(dir.resolve("code.qdpx"));
        assertThat(refused(f)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("the coding refers to no code of the project");
        });
    }
}
