package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.caseformat.CaseReader;
import org.glassbox.io.ocel.OcelCases;
import org.glassbox.io.ocel.OcelReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir
    Path tmp;

    final CapturedCli cli = new CapturedCli();

    int run(String... args) {
        return cli.run(args);
    }

    static Path example(String name) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("examples").resolve(name);
            if (Files.isRegularFile(c.resolve("case.yaml"))) {
                return c;
            }
        }
        assumeTrue(false, "examples/" + name + " not found; skipping");
        return null;
    }

    static Path sharedLog(String name) {
        Path f = Path.of(System.getProperty("glassbox.shared", "../../shared"), "data", "process", "logs", name);
        assumeTrue(Files.isRegularFile(f), "shared data not found at " + f + "; skipping");
        return f;
    }

    static List<String> events(Case c) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < c.events().size(); i++) {
            l.add(c.events().event(i).toString());
        }
        return l;
    }

    @Test
    void caseToOcelAndBackToAFolderGivesTheSameCase() throws Exception {
        Path src = example("province-a");
        Case original = CaseReader.read(src);
        Path json = tmp.resolve("a.jsonocel");
        assertThat(run("convert", src.toString(), json.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("wrote").contains("a.jsonocel");
        Path folder = tmp.resolve("back");
        assertThat(run("convert", json.toString(), folder.toString())).as(cli.err()).isZero();
        Case back = CaseReader.read(folder);
        assertThat(back.info()).isEqualTo(original.info());
        assertThat(back.actors()).isEqualTo(original.actors());
        assertThat(back.ties().ties()).isEqualTo(original.ties().ties());
        assertThat(events(back)).isEqualTo(events(original));
        assertThat(back.indicators()).isEqualTo(original.indicators());
        assertThat(back.sources()).isEqualTo(original.sources());
        assertThat(back.codebook()).isEqualTo(original.codebook());
        // and on to SQLite and XML
        Path sqlite = tmp.resolve("a.sqlite");
        assertThat(run("convert", json.toString(), sqlite.toString())).isZero();
        Path xml = tmp.resolve("a.xmlocel");
        assertThat(run("convert", sqlite.toString(), xml.toString())).isZero();
        assertThat(events(OcelCases.readCase(xml))).isEqualTo(events(original));
    }

    @Test
    void aLogThatIsNotACaseConvertsBetweenOcelFormatsButNotToAFolder() throws Exception {
        Path ex = sharedLog("ocel20_example.jsonocel");
        Path sqlite = tmp.resolve("ex.sqlite");
        assertThat(run("convert", ex.toString(), sqlite.toString())).as(cli.err()).isZero();
        EventLog log = OcelReader.read(sqlite);
        assertThat(log.events().size()).isEqualTo(13);
        assertThat(run("convert", ex.toString(), tmp.resolve("folder").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("not a case").contains("no object of type 'case'")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(tmp.resolve("folder")).doesNotExist();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path src = example("city-b");
        Path target = tmp.resolve("b.xmlocel");
        Files.writeString(target, "precious", StandardCharsets.UTF_8);
        assertThat(run("convert", src.toString(), target.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("--force");
        assertThat(Files.readString(target)).isEqualTo("precious");
        assertThat(run("convert", "--force", src.toString(), target.toString())).as(cli.err()).isZero();
        assertThat(OcelCases.readCase(target).id()).isEqualTo(CaseReader.read(src).id());
        Path folder = Files.createDirectories(tmp.resolve("existing"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        assertThat(run("convert", target.toString(), folder.toString())).isEqualTo(1);
        assertThat(run("convert", "--force", target.toString(), folder.toString())).isZero();
        assertThat(folder.resolve("notes.txt")).hasContent("mine");
        assertThat(folder.resolve("events.csv")).exists();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void badInputIsExitOneWithPositionAndUsageIsTwo() throws Exception {
        Path bad = tmp.resolve("bad.jsonocel");
        Files.writeString(bad, "{\"events\": [\n{\"id\": 1,, }]}");
        assertThat(run("convert", bad.toString(), tmp.resolve("x.sqlite").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("bad.jsonocel:2:");
        assertThat(tmp.resolve("x.sqlite")).doesNotExist();
        assertThat(run("convert", bad.toString(), tmp.resolve("x.zip").toString())).isEqualTo(2);
        assertThat(run("convert", tmp.resolve("missing").toString(), tmp.resolve("y.jsonocel").toString()))
                .isEqualTo(1);
        assertThat(run("convert", bad.toString())).isEqualTo(2);
    }
}
