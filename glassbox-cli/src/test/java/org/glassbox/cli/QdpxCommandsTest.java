package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Coder;
import org.glassbox.core.model.Coding;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert} to and from .qdpx; {@code validate} and {@code analyze} of a project another tool wrote. */
class QdpxCommandsTest {
    @TempDir
    Path tmp;

    final CapturedCli cli = new CapturedCli();

    /** A QualCoder-shaped project: one coder, a code, one actor without a sector, one coded selection. */
    Path foreignProject() throws Exception {
        String text = "省大数据局牵头建设平台。";
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="Interviews 2024" origin="QualCoder 3.5">
                  <Users><User guid="00000000-0000-0000-0000-000000000001" name="Li"/></Users>
                  <CodeBook><Codes><Code guid="00000000-0000-0000-0000-000000000002" name="lead" isCodable="true"/></Codes></CodeBook>
                  <Cases><Case guid="00000000-0000-0000-0000-000000000003" name="Big Data Bureau">
                    <SelectionRef targetGUID="00000000-0000-0000-0000-000000000005"/></Case></Cases>
                  <Sources>
                    <TextSource guid="00000000-0000-0000-0000-000000000004" name="i1" plainTextPath="internal://i1.txt">
                      <PlainTextSelection guid="00000000-0000-0000-0000-000000000005" startPosition="0" endPosition="5"
                          creatingUser="00000000-0000-0000-0000-000000000001">
                        <Coding guid="00000000-0000-0000-0000-000000000006"><CodeRef targetGUID="00000000-0000-0000-0000-000000000002"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                  </Sources>
                </Project>
                """;
        Path f = tmp.resolve("interviews.qdpx");
        try (OutputStream os = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(qde.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("Sources/i1.txt"));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }

    @Test
    void aCaseConvertsToQdpxAndBack() throws Exception {
        Path src = ConvertCommandTest.example("province-a");
        Path qdpx = tmp.resolve("a.qdpx");
        assertThat(cli.run("convert", src.toString(), qdpx.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("wrote " + qdpx + " (case province-a: ");
        Path back = tmp.resolve("back");
        assertThat(cli.run("convert", qdpx.toString(), back.toString())).as(cli.err()).isZero();
        Case original = Cases.read(src);
        Case again = Cases.read(back);
        assertThat(again.info()).isEqualTo(original.info());
        assertThat(again.actors()).isEqualTo(original.actors());
        assertThat(ConvertCommandTest.events(again)).isEqualTo(ConvertCommandTest.events(original));
        // a .qdpx is a case wherever a case is read
        assertThat(cli.run("validate", qdpx.toString())).isZero();
        assertThat(cli.out()).contains(qdpx + ": ok");
        assertThat(cli.run("analyze", qdpx.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Province A");
    }

    @Test
    void aCodedCaseFolderWithDocumentsRoundTripsThroughQdpx() throws Exception {
        Case base = Cases.read(ConvertCommandTest.example("province-a"));
        String text = "省人民政府印发《电子政务建设规划》。𠀀 省信息中心负责外网。";
        int s = text.codePointCount(0, text.indexOf("省信息中心"));
        Document d = new Document("d1", "s01", "documents/d1.txt", null, "zh", false, text, java.util.Map.of());
        Segment seg = new Segment("p1", "d1", s, s + 5, d.slice(s, s + 5), "li",
                java.util.List.of(Link.parse("actor:info"), Link.parse("event:e001")), java.util.List.of("lead"), null,
                java.util.Map.of());
        Case coded = base.withCoding(Coding.of(java.util.List.of(new Coder("li", "Li")),
                java.util.List.of(new Code("lead", null, null)), java.util.List.of(d), java.util.List.of(seg)));
        Path folder = tmp.resolve("coded");
        Cases.write(coded, folder, false);
        Path qdpx = tmp.resolve("coded.qdpx");
        assertThat(cli.run("convert", folder.toString(), qdpx.toString())).as(cli.err()).isZero();
        Path back = tmp.resolve("back");
        assertThat(cli.run("convert", qdpx.toString(), back.toString())).as(cli.err()).isZero();
        assertThat(Files.readString(back.resolve("segments.csv"))).isEqualTo(Files.readString(folder.resolve("segments.csv")));
        assertThat(Files.readString(back.resolve("documents/d1.txt"))).isEqualTo(text);
        assertThat(Cases.read(back).coding().segments()).containsExactly(seg);
    }

    @Test
    void anotherToolsProjectConvertsAsACaseBeingCoded() throws Exception {
        Path f = foreignProject();
        Path out = tmp.resolve("coded");
        assertThat(cli.run("convert", f.toString(), out.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("warning: still to code: actor big-data-bureau (Big Data Bureau): its sector is"
                + " still to be coded before the case can be analysed");
        assertThat(Files.readString(out.resolve("case.yaml"))).contains("id: interviews-2024");
        assertThat(Files.readString(out.resolve("actors.csv"))).contains("big-data-bureau,Big Data Bureau,,unknown");
    }

    @Test
    void validateSaysWhatIsMissingAndAnalyzeRefusesWithTheSameWords() throws Exception {
        Path f = foreignProject();
        assertThat(cli.run("validate", f.toString())).isEqualTo(1);
        assertThat(cli.out()).contains(f + ": actor big-data-bureau (Big Data Bureau): its sector is still to be coded"
                + " before the case can be analysed", "no events are coded yet", f + ": 2 problems");
        CapturedCli analyze = new CapturedCli();
        assertThat(analyze.run("analyze", f.toString())).isEqualTo(1);
        assertThat(analyze.err()).contains(f + ": actor big-data-bureau (Big Data Bureau): its sector is still to be"
                        + " coded before the case can be analysed",
                f + ": cannot be analysed (2 problems; see 'glassbox validate')");
        assertThat(analyze.out()).isEmpty();
    }

    @Test
    void aHostileProjectIsBadInputWithItsPosition() throws Exception {
        Path f = tmp.resolve("xxe.qdpx");
        try (OutputStream os = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write("<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<Project name=\"&x;\"/>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Path out = tmp.resolve("out");
        assertThat(cli.run("convert", f.toString(), out.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(f + "!/project.qde:2:", "refused: a document type declaration",
                "nothing was written").doesNotContain("root:");
        assertThat(Files.exists(out)).isFalse();
    }
}
