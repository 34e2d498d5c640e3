package org.glassbox.io.qdpx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glassbox → QDPX → Glassbox is exact, and a project changed since Glassbox wrote it is not taken for the old case. */
class QdpxRoundTripTest {
    @TempDir
    Path dir;

    static void assertSameCase(Case back, Case original) {
        assertThat(back.info()).as("case.yaml").isEqualTo(original.info());
        assertThat(back.actors()).as("actors").isEqualTo(original.actors());
        assertThat(back.ties().ties()).as("ties").isEqualTo(original.ties().ties());
        assertThat(back.events().size()).as("events").isEqualTo(original.events().size());
        for (int i = 0; i < original.events().size(); i++) {
            assertThat(back.events().event(i)).as("event %d", i).isEqualTo(original.events().event(i));
            assertThat(back.mechanism(i)).isEqualTo(original.mechanism(i));
        }
        assertThat(back.indicators()).as("indicators").isEqualTo(original.indicators());
        assertThat(back.sources()).as("sources").isEqualTo(original.sources());
        assertThat(back.codebook()).as("codebook").isEqualTo(original.codebook());
        assertThat(back.objects()).as("objects").isEqualTo(original.objects());
        assertThat(back.coding().coders()).as("coders").isEqualTo(original.coding().coders());
        assertThat(back.coding().codes()).as("codes").isEqualTo(original.coding().codes());
        assertThat(back.coding().documents()).as("documents").isEqualTo(original.coding().documents());
        assertThat(back.coding().segments()).as("segments").isEqualTo(original.coding().segments());
    }

    @Test
    void theDemoCasesComeBackEqualOnEveryTable() throws Exception {
        for (String name : new String[] {"province-a", "city-b"}) {
            Case original = Cases.read(CodedCase.examples().resolve(name));
            Path f = dir.resolve(name + ".qdpx");
            Cases.write(original, f, false);
            QdpxImport back = Qdpx.read(f);
            assertThat(back.fromGlassbox()).isTrue();
            assertThat(back.notes()).isEmpty();
            assertSameCase(back.kase(), original);
            assertThat(Cases.stillToCode(f, back.kase())).isEmpty();
            assertThat(Cases.validate(f).problems()).isEmpty();
            // and once more through a folder: the same bytes
            Path folder = dir.resolve(name + "-folder");
            Cases.write(back.kase(), folder, false);
            Path again = dir.resolve(name + "-again.qdpx");
            Cases.write(Cases.read(folder), again, false);
            assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void aProjectChangedByAnotherToolIsNotTakenForTheStoredCase() throws Exception {
        Case original = CodedCase.provinceA();
        Map<String, byte[]> e = QdpxExportTest.entries(QdpxExportTest.bytes(original));
        // another tool added a source and a selection to the project and kept the Glassbox entry
        String qde = new String(e.get("project.qde"), StandardCharsets.UTF_8).replace("  <Description>Written by",
                ProjectFiles.expand("""
                          <Sources>
                            <TextSource guid="G(new)" name="new"><PlainTextContent>new text</PlainTextContent>
                              <PlainTextSelection guid="G(sel)" startPosition="0" endPosition="3"/>
                            </TextSource>
                          </Sources>
                        """) + "  <Description>Written by");
        ProjectFiles p = new ProjectFiles().entry("project.qde", qde).entry(Qdpx.CASE_ENTRY, e.get(Qdpx.CASE_ENTRY));
        Path f = p.write(dir.resolve("edited.qdpx"));
        CaseFormatException x = catchThrowableOfType(() -> Qdpx.read(f), CaseFormatException.class);
        assertThat(x).isNotNull();
        Problem first = x.errors().get(0);
        assertThat(first.file()).isEqualTo(f + "!/project.qde");
        assertThat(first.line()).isPositive();
        assertThat(first.message()).startsWith("a source glassbox/case.zip does not hold; the project was changed after"
                + " Glassbox wrote it — remove glassbox/case.zip from the archive to import project.qde as a case being coded");
        // as advised: without the entry, the project imports as a case being coded
        Path bare = new ProjectFiles().entry("project.qde", qde).write(dir.resolve("bare.qdpx"));
        QdpxImport imp = Qdpx.read(bare);
        assertThat(imp.fromGlassbox()).isFalse();
        assertThat(imp.kase().actors()).hasSize(original.actors().size());
        assertThat(imp.kase().actors()).extracting(a -> a.sector())
                .containsExactlyElementsOf(original.actors().stream().map(a -> a.sector()).toList());
        assertThat(imp.kase().coding().segments()).extracting(s -> s.quote()).containsExactly("new");
    }

    @Test
    void aBrokenStoredCaseIsReportedInsideTheArchive() throws Exception {
        Map<String, byte[]> e = QdpxExportTest.entries(QdpxExportTest.bytes(CodedCase.provinceA()));
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        ZipBytes z = new ZipBytes(b);
        for (var en : QdpxExportTest.entries(e.get(Qdpx.CASE_ENTRY)).entrySet()) {
            String text = new String(en.getValue(), StandardCharsets.UTF_8);
            z.add(en.getKey(), (en.getKey().equals("actors.csv") ? text.replace(",party,", ",partei,") : text)
                    .getBytes(StandardCharsets.UTF_8));
        }
        z.finish();
        Path f = new ProjectFiles().entry("project.qde", e.get("project.qde")).entry(Qdpx.CASE_ENTRY, b.toByteArray())
                .write(dir.resolve("broken.qdpx"));
        CaseFormatException x = catchThrowableOfType(() -> Qdpx.read(f), CaseFormatException.class);
        assertThat(x.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(f + "!/glassbox/case.zip!/actors.csv");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.found()).isEqualTo("partei");
        });
    }
}
