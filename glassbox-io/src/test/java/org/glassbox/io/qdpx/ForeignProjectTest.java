package org.glassbox.io.qdpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.io.Cases;
import org.glassbox.io.caseformat.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Projects in the shapes QualCoder, ATLAS.ti and Taguette write, imported as cases being coded. */
class ForeignProjectTest {
    @TempDir
    Path dir;

    /** QualCoder (Python): positions in code points, internal files, two coders, nested codes, cases with variables. */
    static final String QUALCODER_TEXT = "访谈记录 𠀀 一号\n问：平台由谁建设？\n答：省大数据局牵头，云公司承建。\n";

    static ProjectFiles qualCoder() {
        String t = QUALCODER_TEXT;
        int a = cp(t, "省大数据局牵头");
        int b = a + "省大数据局牵头".length();
        int c = cp(t, "云公司承建");
        int d = c + "云公司承建".length();
        return new ProjectFiles().project("""
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="数字政府 访谈; 2024" origin="QualCoder 3.5"
                    creatingUserGUID="G(u1)" creationDateTime="2024-05-01T10:00:00Z">
                  <Users><User guid="G(u1)" name="Li Wei"/><User guid="G(u2)" name="王芳" id="wang"/></Users>
                  <CodeBook><Codes>
                    <Code guid="G(c1)" name="机制" isCodable="true" color="#AA0000"><Description>how actors act</Description>
                      <Code guid="G(c2)" name="行政" isCodable="true"/>
                      <Code guid="G(c3)" name="市场" isCodable="true"/>
                    </Code>
                    <Code guid="G(c4)" name="平台; 建设" isCodable="true"/>
                  </Codes></CodeBook>
                  <Variables>
                    <Variable guid="G(v1)" name="sector" typeOfVariable="Text"/>
                    <Variable guid="G(v2)" name="level" typeOfVariable="Text"/>
                    <Variable guid="G(v3)" name="人数" typeOfVariable="Integer"/>
                    <Variable guid="G(v4)" name="Name" typeOfVariable="Text"/>
                  </Variables>
                  <Cases>
                    <Case guid="G(k1)" name="省大数据局">
                      <VariableValue><VariableRef targetGUID="G(v1)"/><TextValue>government</TextValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="G(v2)"/><TextValue>provincial</TextValue></VariableValue>
                      <SelectionRef targetGUID="G(s1)"/>
                    </Case>
                    <Case guid="G(k2)" name="云公司">
                      <VariableValue><VariableRef targetGUID="G(v3)"/><IntegerValue>120</IntegerValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="G(v1)"/><TextValue>Unternehmen</TextValue></VariableValue>
                      <VariableValue><VariableRef targetGUID="G(v4)"/><TextValue>Cloud Co.</TextValue></VariableValue>
                      <SelectionRef targetGUID="G(s2)"/>
                    </Case>
                  </Cases>
                  <Sources>
                    <TextSource guid="G(t1)" name="访谈1.txt" plainTextPath="internal://G(t1).txt" creatingUser="G(u1)">
                      <PlainTextSelection guid="G(s1)" name="省大数据局牵头" startPosition="%d" endPosition="%d" creatingUser="G(u1)">
                        <Coding guid="G(x1)" creatingUser="G(u1)"><CodeRef targetGUID="G(c2)"/></Coding>
                        <Coding guid="G(x2)" creatingUser="G(u2)"><CodeRef targetGUID="G(c2)"/></Coding>
                        <Coding guid="G(x3)" creatingUser="G(u2)"><CodeRef targetGUID="G(c4)"/></Coding>
                        <NoteRef targetGUID="G(n1)"/>
                      </PlainTextSelection>
                      <PlainTextSelection guid="G(s2)" name="云公司承建" startPosition="%d" endPosition="%d" creatingUser="G(u2)">
                        <Coding guid="G(x4)" creatingUser="G(u2)"><CodeRef targetGUID="G(c3)"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                  <Notes><Note guid="G(n1)" name="memo"><PlainTextContent>牵头 = lead agency</PlainTextContent></Note></Notes>
                </Project>
                """.formatted(a, b, c, d)).source("t1", t);
    }

    static int cp(String text, String part) {
        return text.codePointCount(0, text.indexOf(part));
    }

    @Test
    void qualCoderProjectBecomesACaseBeingCoded() throws Exception {
        Path f = qualCoder().write(dir.resolve("qualcoder.qdpx"));
        QdpxImport imp = Qdpx.read(f);
        Case c = imp.kase();
        assertThat(imp.fromGlassbox()).isFalse();
        assertThat(c.id()).isEqualTo("数字政府-访谈-2024");
        assertThat(c.info().name()).isEqualTo("数字政府 访谈; 2024");
        assertThat(c.coding().coders()).containsExactly(new Coder("li-wei", "Li Wei"), new Coder("wang", "王芳"));
        assertThat(c.coding().codes()).containsExactly(new Code("机制", null, "how actors act"),
                new Code("行政", "机制", null), new Code("市场", "机制", null), new Code("平台, 建设", null, null));
        List<Document> docs = c.coding().documents();
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).id()).isEqualTo("访谈1");
        assertThat(docs.get(0).text()).isEqualTo(QUALCODER_TEXT);
        assertThat(c.sources()).extracting(s -> s.id() + "=" + s.title()).containsExactly("访谈1=访谈1.txt");
        // one passage per coder of a selection; codes and memo kept; the actor's SelectionRef becomes a link
        List<Segment> segs = c.coding().segments();
        assertThat(segs).extracting(s -> s.coder() + ":" + s.quote() + ":" + s.codes())
                .containsExactly("li-wei:省大数据局牵头:[行政]", "wang:省大数据局牵头:[行政, 平台, 建设]", "wang:云公司承建:[市场]");
        assertThat(segs.get(0).links()).containsExactly(new Link(Link.Kind.ACTOR, "省大数据局"));
        assertThat(segs.get(2).links()).containsExactly(new Link(Link.Kind.ACTOR, "云公司"));
        assertThat(segs.get(0).memo()).isEqualTo("牵头 = lead agency");
        for (Segment s : segs) {
            assertThat(docs.get(0).slice(s.start(), s.end())).isEqualTo(s.quote());
        }
        // the sector a variable names is read; the other actor's is still to code
        List<Actor> actors = c.actors();
        assertThat(actors).extracting(Actor::id, Actor::sector, Actor::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("省大数据局", "government", "provincial"),
                        org.assertj.core.groups.Tuple.tuple("云公司", Codebook.UNKNOWN_SECTOR, null));
        // other variables are extra columns, never over a column of actors.csv; a sector no codebook knows is kept
        assertThat(actors.get(1).attributes()).containsExactly(java.util.Map.entry("人数", "120"),
                java.util.Map.entry("refi_sector", "Unternehmen"), java.util.Map.entry("refi_name", "Cloud Co."));
        assertThat(imp.notes()).anySatisfy(n -> {
            assertThat(n.message()).isEqualTo("the value is no sector of the codebook; kept as the column refi_sector");
            assertThat(n.found()).isEqualTo("Unternehmen");
            assertThat(n.line()).isEqualTo(26);
        });
        // no surrogate-pair ambiguity to resolve: code points fit, UTF-16 would split 𠀀 — either way a note
        assertThat(imp.notes()).extracting(Problem::message).anyMatch(m -> m.contains("positions read as Unicode code points"));
        assertThat(imp.notes()).extracting(Problem::message).anyMatch(m -> m.contains("'平台; 建设' is imported as '平台, 建设'"));
    }

    @Test
    void validateSaysWhatIsStillToCodeAndTheCaseReadsThroughTheFacade() throws Exception {
        Path f = qualCoder().write(dir.resolve("qualcoder.qdpx"));
        var report = Cases.validate(f);
        assertThat(report.errors()).extracting(Problem::message).containsExactly(
                "actor 云公司 (云公司): its sector is still to be coded before the case can be analysed",
                "no events are coded yet: code the case's events (events.csv) before it can be analysed");
        assertThat(report.errors().get(0).field()).isEqualTo("sector");
        assertThat(report.errors().get(0).file()).isEqualTo(f.toString());
        assertThat(Cases.read(f).actors()).hasSize(2);
        assertThat(Cases.stillToCode(f, Cases.read(f))).hasSize(2);
    }

    /**
     * ATLAS.ti (.NET): positions in UTF-16 units, GUIDs in braces and upper case, the text file with a
     * byte-order mark and CR LF line ends, no unit stated. After 𠀀 the two units differ by one per pair.
     */
    static final String ATLAS_TEXT = "第一段 𠀀𠀁 政策文件。\r\n第二段：省政府印发实施方案。\r\n";

    static ProjectFiles atlas(String origin, String description) {
        String t = ATLAS_TEXT; // UTF-16 positions are Java string indices (no BOM: tools do not count it)
        int a = t.indexOf("省政府印发");
        int b = a + "省政府印发实施方案".length();
        int c = t.indexOf("政策文件");
        int d = t.indexOf("第二段") ; // the selection ends after the CR LF
        return new ProjectFiles().project("""
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Policy documents" origin="%s">
                  <Users><User guid="GB(a)" name="Analyst"/></Users>
                  <CodeBook><Codes><Code guid="GB(k)" name="implementation" isCodable="true"/></Codes></CodeBook>
                  <Sources>
                    <TextSource guid="GB(t)" name="plan" plainTextPath="internal://plan.txt">
                      <PlainTextSelection guid="GB(s1)" startPosition="%d" endPosition="%d" creatingUser="GB(a)">
                        <Coding guid="GB(x1)" creatingUser="GB(a)"><CodeRef targetGUID="GB(k)"/></Coding>
                      </PlainTextSelection>
                      <PlainTextSelection guid="GB(s2)" startPosition="%d" endPosition="%d" creatingUser="GB(a)"/>
                    </TextSource>
                  </Sources>
                  %s
                </Project>
                """.formatted(origin, a, b, c, d, description)).entry("Sources/plan.txt", "\uFEFF" + t);
    }

    @Test
    void atlasProjectInUtf16UnitsIsConvertedAndNormalised() throws Exception {
        QdpxImport imp = Qdpx.read(atlas("ATLAS.ti 23.2.1", "").write(dir.resolve("atlas.qdpx")));
        Case c = imp.kase();
        Document d = c.coding().documents().get(0);
        assertThat(d.text()).isEqualTo(ATLAS_TEXT.replace("\r\n", "\n")).doesNotContain("\uFEFF");
        List<Segment> segs = c.coding().segments();
        assertThat(segs).extracting(Segment::quote).containsExactly("省政府印发实施方案", "政策文件。\n");
        assertThat(segs.get(0).codes()).containsExactly("implementation");
        assertThat(segs.get(0).coder()).isEqualTo("analyst");
        // the decision is stated: in a note with its position and in the case's description
        Problem note = imp.notes().stream().filter(p -> p.message().contains("UTF-16")).findFirst().orElseThrow();
        assertThat(note.message()).contains("source 'plan': positions read as UTF-16 code units", "ATLAS.ti 23.2.1",
                "converted to code points");
        assertThat(note.line()).isEqualTo(6);
        assertThat(note.file()).endsWith("atlas.qdpx!/project.qde");
        assertThat(c.info().description()).contains("positions read as UTF-16 code units");
    }

    @Test
    void aStatedUnitIsTakenAsStated() throws Exception {
        QdpxImport imp = Qdpx.read(atlas("NoSuchTool 1", "<Description>Positions are UTF-16 code units.</Description>")
                .write(dir.resolve("stated.qdpx")));
        assertThat(imp.kase().coding().segments()).extracting(Segment::quote)
                .containsExactly("省政府印发实施方案", "政策文件。\n");
        assertThat(imp.notes()).extracting(Problem::message)
                .anyMatch(m -> m.contains("UTF-16 code units (the project says so)"));
    }

    @Test
    void positionsBeyondTheCodePointsCanOnlyBeUtf16() throws Exception {
        // an unknown tool, no statement: the last selection ends at the text's UTF-16 length, past its code points
        String t = "𠀀𠀁𠀂 end";
        ProjectFiles p = new ProjectFiles().project("""
                <Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="SomeTool">
                  <Sources><TextSource guid="G(t)" name="t"><PlainTextContent>%s</PlainTextContent>
                    <PlainTextSelection guid="G(s)" startPosition="7" endPosition="%d"/>
                  </TextSource></Sources>
                </Project>""".formatted(t, t.length()));
        QdpxImport imp = Qdpx.read(p.write(dir.resolve("beyond.qdpx")));
        assertThat(imp.kase().coding().segments().get(0).quote()).isEqualTo("end");
        assertThat(imp.notes()).extracting(Problem::message)
                .anyMatch(m -> m.contains("UTF-16 code units (some position lies beyond the text's 7 code points)"));
        // no user: one coder "imported" codes the passage
        assertThat(imp.kase().coding().coders()).containsExactly(new Coder("imported", "imported from SomeTool"));
    }

    @Test
    void aPositionSplittingASurrogatePairCanOnlyBeCodePoints() throws Exception {
        String t = "𠀀𠀁𠀂 end";
        ProjectFiles p = new ProjectFiles().project("""
                <Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="ATLAS.ti 9">
                  <Sources><TextSource guid="G(t)" name="t"><PlainTextContent>%s</PlainTextContent>
                    <PlainTextSelection guid="G(s)" startPosition="1" endPosition="3"/>
                  </TextSource></Sources>
                </Project>""".formatted(t));
        QdpxImport imp = Qdpx.read(p.write(dir.resolve("split.qdpx")));
        // UTF-16 position 1 and 3 fall inside 𠀀 and 𠀁: so code points 1..3, whatever the tool usually does
        assertThat(imp.kase().coding().segments().get(0).quote()).isEqualTo("𠀁𠀂");
        assertThat(imp.notes()).extracting(Problem::message).anyMatch(m -> m.contains("between the two UTF-16 units"));
    }

    @Test
    void taguetteCodebookOnly() throws Exception {
        ProjectFiles p = new ProjectFiles().project("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" origin="Taguette 1.4.1" name="Interviews">
                  <CodeBook><Codes>
                    <Code guid="G(a)" name="governance" isCodable="true"><Description>who decides</Description></Code>
                    <Code guid="G(b)" name="platform" isCodable="true"/>
                    <Code guid="G(c)" name="governance" isCodable="true"/>
                  </Codes></CodeBook>
                </Project>""");
        Path f = p.write(dir.resolve("taguette.qdpx"));
        QdpxImport imp = Qdpx.read(f);
        assertThat(imp.kase().id()).isEqualTo("interviews");
        assertThat(imp.kase().coding().codes()).extracting(Code::name).containsExactly("governance", "platform",
                "governance (2)");
        assertThat(imp.kase().actors()).isEmpty();
        assertThat(imp.kase().coding().documents()).isEmpty();
        assertThat(Cases.validate(f).errors()).extracting(Problem::message)
                .containsExactly("no events are coded yet: code the case's events (events.csv) before it can be analysed");
    }

    @Test
    void aCaseBeingCodedConvertsToAFolderThatSaysWhatIsMissing() throws Exception {
        Case c = Qdpx.read(qualCoder().write(dir.resolve("q.qdpx"))).kase();
        Path folder = dir.resolve("coded");
        Cases.write(c, folder, false);
        assertThat(java.nio.file.Files.readString(folder.resolve("actors.csv"))).contains("云公司,云公司,,unknown");
        // the case format refuses the placeholder until the sector is coded
        assertThat(Cases.validate(folder).errors()).extracting(Problem::field).contains("sector");
    }
}
