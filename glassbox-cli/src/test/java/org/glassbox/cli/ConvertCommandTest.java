package org.glassbox.cli;

import org.glassbox.io.EventLogs;
import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventLog;
import org.glassbox.io.caseformat.CaseReader;
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
        Case original = Cases.read(src);
        Path json = tmp.resolve("a.jsonocel");
        assertThat(run("convert", src.toString(), json.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("wrote").contains("a.jsonocel");
        Path folder = tmp.resolve("back");
        assertThat(run("convert", json.toString(), folder.toString())).as(cli.err()).isZero();
        Case back = Cases.read(folder);
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
        assertThat(events(Cases.read(xml))).isEqualTo(events(original));
    }

    @Test
    void aLogThatIsNotACaseConvertsBetweenOcelFormatsButNotToAFolder() throws Exception {
        Path ex = sharedLog("ocel20_example.jsonocel");
        Path sqlite = tmp.resolve("ex.sqlite");
        assertThat(run("convert", ex.toString(), sqlite.toString())).as(cli.err()).isZero();
        EventLog log = EventLogs.read(sqlite);
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
        assertThat(Cases.read(target).id()).isEqualTo(Cases.read(src).id());
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
        assertThat(run("convert", bad.toString(), tmp.resolve("x.zip").toString())).isEqualTo(1);
        assertThat(tmp.resolve("x.zip")).doesNotExist();
        // a name no format claims is a usage error, never a folder silently made under that name
        assertThat(run("convert", bad.toString(), tmp.resolve("out.xyz").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("out.xyz").contains(".jsonocel");
        assertThat(tmp.resolve("out.xyz")).doesNotExist();
        assertThat(run("convert", tmp.resolve("missing").toString(), tmp.resolve("y.jsonocel").toString()))
                .isEqualTo(1);
        assertThat(run("convert", bad.toString())).isEqualTo(2);
    }

    @Test
    void unknownCaseYamlKeysKeepTheirShapeThroughAZipAndBack() throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        for (String f : List.of("actors.csv", "ties.csv", "events.csv", "indicators.csv", "sources.csv")) {
            Files.copy(example("city-b").resolve(f), src.resolve(f));
        }
        String extras = """
                keywords: [one-window, "platform: cloud"]
                funding:
                  total: 120
                  by: {province: 80, city: [30, 10]}
                simulated.from: preset:market
                simulated.parameters.contractStrength: "0.78"
                note: plain
                """;
        Files.writeString(src.resolve("case.yaml"), "id: shaped\nname: Shaped\n" + extras, StandardCharsets.UTF_8);
        assertThat(run("convert", src.toString(), tmp.resolve("c.zip").toString())).isEqualTo(0);
        assertThat(run("convert", tmp.resolve("c.zip").toString(), tmp.resolve("back").toString())).isEqualTo(0);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<?, ?> before = yaml.readValue(extras, Map.class);
        Map<String, Object> after = yaml.readValue(tmp.resolve("back").resolve("case.yaml").toFile(), Map.class);
        for (Object k : before.keySet()) {
            assertThat(String.valueOf(after.get(k))).as("key %s", k).isEqualTo(String.valueOf(before.get(k)));
        }
        assertThat(after.get("keywords")).isInstanceOf(List.class);
        assertThat(after.get("funding")).isInstanceOf(Map.class);
        assertThat(after.keySet()).doesNotContain("keywords.0", "funding.total", "simulated");
        // the flat view the analyses and the simulation read is unchanged
        Map<String, String> flat = Cases.read(tmp.resolve("back")).info().extra();
        assertThat(flat).isEqualTo(Cases.read(src).info().extra());
        assertThat(flat).containsEntry("keywords.1", "platform: cloud").containsEntry("funding.by.city.0", "30")
                .containsEntry("simulated.from", "preset:market").containsEntry("simulated.parameters.contractStrength", "0.78");
    }

    @Test
    void aWorkbookIsReadNotWrittenAndTheRefusalNamesTheFormatsWritten() throws Exception {
        // refused before the input is read: an invalid case gives the usage error, not its problems
        Path bad = ValidateCommandTest.writeCase(tmp.resolve("bad"), "id,name,sector\ngov,Gov,nope\n");
        assertThat(run("convert", bad.toString(), tmp.resolve("x.xlsx").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("x.xlsx: Glassbox reads .xlsx workbooks but does not write them")
                .contains("a folder, .zip, .qdpx, .jsonocel, .xmlocel or .sqlite").doesNotContain("an unknown sector");
        assertThat(tmp.resolve("x.xlsx")).doesNotExist();
        // an output name no format claims lists what is written, not the input-only .xlsx
        Path src = example("province-a");
        assertThat(run("convert", src.toString(), tmp.resolve("x.docx").toString())).isEqualTo(2);
        String last = cli.err().substring(cli.err().lastIndexOf("x.docx"));
        assertThat(last).contains("no output format", ".zip", ".qdpx", ".parquet", "for an event log").doesNotContain(".xlsx");
    }

    @Test
    void aCaseConvertsToAZipAndBackFieldForField() throws Exception {
        Path src = example("province-a");
        Path zip = tmp.resolve("a.zip");
        assertThat(run("convert", src.toString(), zip.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("wrote " + zip).contains("case ");
        Path back = tmp.resolve("back");
        assertThat(run("convert", zip.toString(), back.toString())).as(cli.err()).isZero();
        assertThat(events(Cases.read(back))).isEqualTo(events(Cases.read(src)));
    }

    @Test
    void anEventLogConvertsBetweenLogFormatsButNotIntoACase() throws Exception {
        Path ocel = tmp.resolve("a.jsonocel");
        assertThat(run("convert", example("province-a").toString(), ocel.toString())).as(cli.err()).isZero();
        Path xml = tmp.resolve("a.xmlocel");
        assertThat(run("convert", ocel.toString(), xml.toString())).as(cli.err()).isZero();
        Path csv = tmp.resolve("a-log.csv");
        Files.writeString(tmp.resolve("log.csv"), "case:concept:name,concept:name,time:timestamp\n"
                + "c1,a,2020-01-01T00:00:00Z\nc1,b,2020-01-02T00:00:00Z\n");
        assertThat(run("convert", tmp.resolve("log.csv").toString(), tmp.resolve("log.xes").toString()))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("event log: 2 events");
        assertThat(EventLogs.read(tmp.resolve("log.xes")).events().size()).isEqualTo(2);
        assertThat(run("convert", tmp.resolve("log.xes").toString(), tmp.resolve("case-out").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("is an event log, not a case");
        assertThat(tmp.resolve("case-out")).doesNotExist();
        assertThat(csv).doesNotExist();
    }
}
