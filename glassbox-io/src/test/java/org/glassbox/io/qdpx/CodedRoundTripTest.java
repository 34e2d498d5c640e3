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

/** A case with documents, coders, codes and passages (case format 1.1) through .qdpx and back, exactly. */
class CodedRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyTableComesBackEqual() throws Exception {
        Case original = CodedCase.coded();
        Path f = dir.resolve("coded.qdpx");
        Cases.write(original, f, false);
        QdpxImport back = Qdpx.read(f);
        assertThat(back.fromGlassbox()).isTrue();
        QdpxRoundTripTest.assertSameCase(back.kase(), original);
        assertThat(back.kase().coding().segments()).hasSize(4);
        assertThat(Cases.validate(f).errors()).isEmpty();
        // the stored case's documents are the project's sources, byte for byte
        Map<String, byte[]> e = QdpxExportTest.entries(Files.readAllBytes(f));
        assertThat(QdpxExportTest.entries(e.get(Qdpx.CASE_ENTRY)).keySet()).contains("documents.csv", "segments.csv");
        // through a folder and back to .qdpx: the same bytes
        Path folder = dir.resolve("folder");
        Cases.write(back.kase(), folder, false);
        Path again = dir.resolve("again.qdpx");
        Cases.write(Cases.read(folder), again, false);
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(f));
    }

    @Test
    void aCodingAddedInAnotherToolIsNotDroppedSilently() throws Exception {
        Case original = CodedCase.coded();
        Guids g = new Guids(original.id());
        Map<String, byte[]> e = QdpxExportTest.entries(QdpxExportTest.bytes(original));
        String qde = new String(e.get("project.qde"), StandardCharsets.UTF_8);
        String codeOfG4 = "<CodeRef targetGUID=\"" + g.of("code", "market") + "\"/>";
        String edited = qde.replace(codeOfG4, codeOfG4 + "\n      </Coding>\n      <Coding guid=\""
                + ProjectFiles.guid("new") + "\">\n        <CodeRef targetGUID=\"" + g.of("code", "platform") + "\"/>");
        assertThat(edited).isNotEqualTo(qde);
        ProjectFiles p = new ProjectFiles().entry("project.qde", edited);
        e.forEach((k, v) -> {
            if (!k.equals("project.qde")) {
                p.entry(k, v);
            }
        });
        Path f = p.write(dir.resolve("edited.qdpx"));
        CaseFormatException x = catchThrowableOfType(() -> Qdpx.read(f), CaseFormatException.class);
        assertThat(x).isNotNull();
        assertThat(x.errors()).extracting(Problem::message).singleElement().asString()
                .startsWith("the codings of passage g4 differ from its codes in glassbox/case.zip (market); the project"
                        + " was changed after Glassbox wrote it");
        // the same project without the stored case imports with the new coding
        ProjectFiles bare = new ProjectFiles().entry("project.qde", edited);
        e.forEach((k, v) -> {
            if (k.startsWith("Sources/")) {
                bare.entry(k, v);
            }
        });
        QdpxImport imp = Qdpx.read(bare.write(dir.resolve("bare.qdpx")));
        assertThat(imp.kase().coding().segments()).anySatisfy(s -> {
            assertThat(s.quote()).isEqualTo(original.coding().segments().get(3).quote());
            assertThat(s.codes()).containsExactly("market", "platform");
        });
        // its actors still carry the sectors Glassbox wrote as variables
        assertThat(imp.kase().actors()).extracting(a -> a.sector())
                .containsExactlyElementsOf(original.actors().stream().map(a -> a.sector()).toList());
    }

    @Test
    void aCaseBeingCodedWritesAFolderWhoseOnlyProblemsAreWhatIsStillToCode() throws Exception {
        Case c = Qdpx.read(ForeignProjectTest.qualCoder().write(dir.resolve("q.qdpx"))).kase();
        Path folder = dir.resolve("coded");
        Cases.write(c, folder, false);
        assertThat(Files.exists(folder.resolve("segments.csv"))).isTrue();
        assertThat(Cases.validate(folder).errors()).extracting(Problem::field).containsOnly("sector");
    }
}
