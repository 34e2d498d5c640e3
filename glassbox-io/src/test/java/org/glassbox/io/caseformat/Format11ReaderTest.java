package org.glassbox.io.caseformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.CaseObject;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's format 1.1 additions: what a valid case gives, and every problem with its position. */
class Format11ReaderTest {
    @TempDir
    Path tmp;

    private static List<Problem> errors(Path dir) {
        return Cases.validate(dir).errors();
    }

    private static Problem only(Path dir) {
        List<Problem> e = errors(dir);
        assertThat(e).hasSize(1);
        return e.get(0);
    }

    private static String line(String text, int line, String with) {
        String[] lines = text.split("\n", -1);
        lines[line - 1] = with;
        return String.join("\n", lines);
    }

    @Test
    void validCaseReadsEveryAddition() throws Exception {
        Path d = Fixtures11.write(tmp.resolve("c"));
        ValidationReport r = Cases.validate(d);
        assertThat(r.errors()).isEmpty();
        assertThat(Fixtures.otherNotes(r)).isEmpty();
        Case c = Cases.read(d);
        assertThat(c.coding().coders()).extracting(x -> x.id() + "=" + x.name()).containsExactly("lw=Li Wei", "zm=张敏");
        assertThat(c.coding().codes()).extracting(x -> x.name() + "<" + x.parent())
                .containsExactly("diagnosis<null", "needs-survey<diagnosis", "platform-building<null");
        assertThat(c.objects()).extracting(CaseObject::id)
                .containsExactly("platform:gov-app", "project:cloud", "platform:one-window");
        CaseObject app = c.object("platform:gov-app");
        assertThat(app.nameZh()).isEqualTo("政务App");
        assertThat(app.audience()).isEqualTo("public");
        assertThat(app.launchedBy()).isEqualTo("gov");
        assertThat(c.object("project:cloud").attributes()).containsEntry("note", "shared, with the province");
        Document d1 = c.coding().document("d1");
        assertThat(d1.text()).isEqualTo(Fixtures11.D1);
        assertThat(d1.original()).isEqualTo("documents/d1.pdf");
        assertThat(d1.attributes()).containsEntry("pages", "3");
        assertThat(c.coding().document("d2").restricted()).isTrue();
        for (Segment s : c.coding().segments()) {
            assertThat(c.coding().document(s.document()).slice(s.start(), s.end())).isEqualTo(s.quote());
        }
        Segment g2 = c.coding().segments().get(1);
        assertThat(g2.links()).containsExactly(new Link(Link.Kind.TIE, "t1"), new Link(Link.Kind.ACTOR, "bigdata"));
        assertThat(g2.memo()).isEqualTo("beyond the BMP, 𠀀");
        assertThat(c.coding().segments().get(0).attributes()).containsEntry("confidence", "high");
        assertThat(c.coding().segmentsFor(new Link(Link.Kind.EVENT, "e6"))).extracting(Segment::id).containsExactly("g3");
        int e6 = 5;
        assertThat(c.events().id(e6)).isEqualTo("e6");
        assertThat(c.events().event(e6).attributes()).containsEntry("exempt", "copy-without-diagnosis")
                .containsKey("coding_note");
        assertThat(c.info().extra()).doesNotContainKeys("format", "coders.0.id");
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() throws Exception {
        String text = "𠀀甲乙";
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "documents/d1.txt", text);
        Files.writeString(d.resolve("segments.csv"), "id,document,start,end,quote,coder\ng1,d1,1,3,甲乙,lw\n");
        Case c = Cases.read(d);
        assertThat(c.coding().segments().get(0).quote()).isEqualTo("甲乙");
        // the same passage by UTF-16 units (2, 4) is a problem
        Files.writeString(d.resolve("segments.csv"), "id,document,start,end,quote,coder\ng1,d1,2,4,甲乙,lw\n");
        Problem p = only(d);
        assertThat(p.message()).startsWith("the passage runs past the end of its document");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(4);
        assertThat(p.expected()).contains("at most 3");
    }

    @Test
    void versionOneCaseHasNoAdditions() throws Exception {
        Case c = Cases.read(Fixtures.write(tmp.resolve("v1")));
        assertThat(c.objects()).isEmpty();
        assertThat(c.coding().isEmpty()).isTrue();
    }

    // ---------------------------------------------------------------- case.yaml and codebook.yaml

    @Test
    void unknownFormatVersion() throws Exception {
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "case.yaml", Fixtures11.CASE_YAML.replace("format: 1.1", "format: 2"));
        Problem p = only(d);
        assertThat(p.file()).endsWith("case.yaml");
        assertThat(p.message()).isEqualTo("an unknown version of the case format");
        assertThat(p.found()).isEqualTo("2");
        assertThat(p.line()).isEqualTo(List.of(Fixtures11.CASE_YAML.split("\n")).indexOf("format: 1.1") + 1);
    }

    @Test
    void duplicateCoderAndUnknownCoderKey() throws Exception {
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "case.yaml", Fixtures11.CASE_YAML
                .replace("{id: zm, name: 张敏}", "{id: lw, name: 张敏, role: second}"));
        List<Problem> e = errors(d).stream().filter(p -> p.file().endsWith("case.yaml")).toList();
        assertThat(e).extracting(Problem::message)
                .containsExactlyInAnyOrder("an unknown key of a coder", "a duplicate coder id");
        assertThat(e).allSatisfy(p -> assertThat(p.line()).isEqualTo(17));
        // the passage coded by the coder that is gone
        assertThat(errors(d)).anySatisfy(p -> {
            assertThat(p.file()).endsWith("segments.csv");
            assertThat(p.message()).isEqualTo("an unknown coder");
            assertThat(p.found()).isEqualTo("zm");
        });
        assertThat(e).filteredOn(p -> p.message().startsWith("a duplicate")).singleElement()
                .satisfies(p -> assertThat(p.expected()).contains("first at line 16"));
    }

    @Test
    void codesWithUnknownParentCycleAndDuplicate() throws Exception {
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "codebook.yaml", """
                codes:
                  - {name: a, parent: b}
                  - {name: b, parent: a}
                  - {name: c, parent: diagnosiss}
                  - {name: a}
                  - {name: diagnosis}
                """);
        List<Problem> e = errors(d).stream().filter(p -> p.file().endsWith("codebook.yaml")).toList();
        assertThat(e).extracting(p -> p.line() + ":" + p.message()).contains(
                "5:a duplicate code",
                "4:an unknown parent code; did you mean 'diagnosis'?",
                "2:the parents of code 'a' form a cycle: a → b → a",
                "3:the parents of code 'b' form a cycle: b → a → b");
    }

    // ---------------------------------------------------------------- objects.csv

    @Test
    void objectProblems() throws Exception {
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "objects.csv", """
                id,name,name_zh,audience,launched_by
                gov-app,Government app,政务App,public,gov
                platform:gov-app,Government app,政务App,publik,gov
                project:cloud,Cloud project,云项目,,nobody
                platform:never-used,Unused,,,
                """);
        List<Problem> e = errors(d);
        assertThat(e).extracting(p -> p.line() + ":" + p.column() + ":" + p.message()).containsExactly(
                "2:1:not a kind:id object reference",
                "3:4:an unknown audience; did you mean 'public'?",
                "4:5:an unknown actor id");
        assertThat(Cases.validate(d).notes()).anySatisfy(n -> {
            assertThat(n.file()).endsWith("objects.csv");
            assertThat(n.line()).isEqualTo(5);
            assertThat(n.message()).contains("'platform:never-used' is named by no event");
        });
    }

    // ---------------------------------------------------------------- documents.csv and the texts

    @Test
    void escapingPathsAreRefusedAndNeverRead() throws Exception {
        Path d = Fixtures11.write(tmp.resolve("c"));
        // were any of these read, the non-UTF-8 bytes would be a problem of their own
        Files.write(tmp.resolve("secret.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});
        Files.write(d.resolve("documents.csv"), ("id,source,text,original,language,access\n"
                + "d1,s1,documents/../../secret.txt,,zh,\n"
                + "d2,s2," + tmp.resolve("secret.txt").toAbsolutePath() + ",,zh,\n"
                + "d3,s1,documents\\d1.txt,documents/../x.pdf,,\n"
                + "d4,s1,d1.txt,,,\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(d.resolve("segments.csv"), "id,document,start,end,quote,coder\n");
        List<Problem> e = errors(d);
        assertThat(e).extracting(p -> p.line() + ":" + p.column() + ":" + p.message()).containsExactly(
                "2:3:refused: a path with a '..' segment; the file is not read",
                "3:3:refused: an absolute path; the file is not read",
                "4:3:refused: a path with a backslash (write documents/NAME with '/'); the file is not read",
                "4:4:refused: a path with a '..' segment; the file is not read",
                "5:3:refused: a path outside documents/; the file is not read");
        assertThat(e).allSatisfy(p -> assertThat(p.file()).endsWith("documents.csv"));
    }

    @Test
    void textNotUtf8NamesFileAndLine() throws Exception {
        Path d = Fixtures11.write(tmp.resolve("c"));
        Files.write(d.resolve("documents/d2.txt"), "第一行\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
        List<Problem> e = errors(d).stream().filter(p -> p.file().endsWith("d2.txt")).toList();
        assertThat(e).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("the text is not UTF-8: convert it to UTF-8");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.found()).startsWith("byte 0x");
        });
    }

    @Test
    void byteOrderMarkCrLfAndNonNfcAreEachAProblem() throws Exception {
        Path d = Fixtures11.write(tmp.resolve("c"));
        Files.write(d.resolve("documents/d2.txt"), ("\uFEFF第一行\r\n第二行 cafe\u0301\n").getBytes(StandardCharsets.UTF_8));
        List<Problem> e = errors(d).stream().filter(p -> p.file().endsWith("d2.txt")).toList();
        assertThat(e).extracting(p -> p.line() + ":" + p.message().substring(0, p.message().indexOf(':'))).containsExactly(
                "1:the text starts with a byte-order mark",
                "1:the text has Windows (CR LF) line ends",
                "2:the text is not in Unicode normalization form NFC");
    }

    @Test
    void hugeTextIsRefusedUnread() throws Exception {
        Path d = Fixtures11.write(tmp.resolve("c"));
        try (RandomAccessFile f = new RandomAccessFile(d.resolve("documents/d2.txt").toFile(), "rw")) {
            f.setLength(DocumentFiles.MAX_TEXT_BYTES + 1); // sparse: nothing is written
        }
        List<Problem> e = errors(d).stream().filter(p -> p.file().endsWith("d2.txt")).toList();
        assertThat(e).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("the file holds more than 50 MiB; refused (split the document)"));
    }

    @Test
    void missingTextFileUnknownSourceBadAccessAndLanguage() throws Exception {
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "documents.csv", """
                id,source,text,original,language,access
                d1,s1,documents/d1.txt,,zh,opne
                d2,s9,documents/d2.txt,,zh_CN,
                d3,s1,documents/none.txt,,,
                """);
        List<Problem> e = errors(d);
        assertThat(e).extracting(p -> p.line() + ":" + p.column() + ":" + p.message()).containsExactly(
                "2:6:an unknown access; did you mean 'open'?",
                "3:2:an unknown source id",
                "3:5:not a language tag",
                "4:3:the document's text file is not in the case");
    }

    // ---------------------------------------------------------------- segments.csv

    @Test
    void everySegmentProblemAtOnceWithPositions() throws Exception {
        String seg = Fixtures11.segments();
        seg = line(seg, 2, "g1,d9,0,4,X市人民,lw,,,,");
        seg = line(seg, 3, "g2,d1,5,5,x,lw,,,,");
        seg = line(seg, 4, "g3,d2,0,5,大数据局X,lv,event:e99;tie:t99;actor:gvo;indicator:nope;object:platform:nope;"
                + "thing:x,diagnosys,,");
        seg = line(seg, 5, "g3,d1,a,2,X市,zm,,,,");
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "segments.csv", seg);
        List<Problem> e = errors(d);
        assertThat(e).allSatisfy(p -> assertThat(p.file()).endsWith("segments.csv"));
        assertThat(e).extracting(p -> p.line() + ":" + p.column() + ":" + p.message()).containsExactly(
                "2:2:an unknown document id; did you mean 'd1' or 'd2'?",
                "3:4:the passage ends where or before it starts",
                "4:5:the quote differs from the document's text at its offsets",
                "4:6:an unknown coder; did you mean 'lw'?",
                "4:7:a link to nothing in the case",
                "4:7:a link to nothing in the case",
                "4:7:a link to nothing in the case",
                "4:7:a link to nothing in the case",
                "4:7:a link to nothing in the case",
                "4:7:not a link",
                "4:8:an unknown code; did you mean 'diagnosis'?",
                "5:1:a duplicate id, first at line 4",
                "5:3:not a code-point offset");
        Problem quote = e.get(2);
        assertThat(quote.found()).isEqualTo("大数据局X");
        assertThat(quote.expected()).isEqualTo("the text at [0, 5) of document d2: '大数据局需'");
        assertThat(e.subList(4, 9)).extracting(Problem::found).containsExactly("event:e99", "tie:t99", "actor:gvo",
                "indicator:nope", "object:platform:nope");
        assertThat(e.get(6).expected()).contains("did you mean 'gov'?");
    }

    @Test
    void quoteFoundElsewhereIsPointedAt() throws Exception {
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "segments.csv",
                "id,document,start,end,quote,coder\ng1,d2,0,4,多次跑腿,lw\n");
        Problem p = only(d);
        int at = Fixtures11.D2.codePointCount(0, Fixtures11.D2.indexOf("多次跑腿"));
        assertThat(p.message()).endsWith("; the quote is at [" + at + ", " + (at + 4) + ")");
    }

    @Test
    void segmentsWithoutDocumentsCsv() throws Exception {
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "documents.csv", null);
        List<Problem> e = errors(d);
        assertThat(e).hasSize(4).allSatisfy(p -> assertThat(p.message())
                .isEqualTo("an unknown document id (the case has no documents.csv)"));
    }

    // ---------------------------------------------------------------- exempt

    @Test
    void unknownExemptionAndExemptionWithoutReason() throws Exception {
        String ev = Fixtures11.EVENTS.replace("copy-without-diagnosis,\"the bureau surveyed needs in 2017, see d2\"",
                "copy-without-diagnosis;platform-prolifertion,");
        Path d = Fixtures11.writeWith(tmp.resolve("c"), "events.csv", ev);
        Problem p = only(d);
        assertThat(p.message()).isEqualTo("an unknown diagnostic id; did you mean 'platform-proliferation'?");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.column()).isEqualTo(14);
        assertThat(Cases.validate(d).notes()).anySatisfy(n -> {
            assertThat(n.line()).isEqualTo(8);
            assertThat(n.message()).isEqualTo("event 'e6' is exempted from copy-without-diagnosis, "
                    + "platform-prolifertion without a reason: give it in a coding_note column");
        });
    }
}
