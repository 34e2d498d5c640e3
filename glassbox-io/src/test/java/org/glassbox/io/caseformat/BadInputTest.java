package org.glassbox.io.caseformat;

import org.glassbox.io.Cases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input in case-format.md's "Bad input" (containers: see HostileInputTest). */
class BadInputTest {
    @TempDir
    Path tmp;

    private List<Problem> errorsOf(Path dir) {
        ValidationReport r = Cases.validate(dir);
        return r.errors();
    }

    private Problem only(Path dir) {
        List<Problem> e = errorsOf(dir);
        assertThat(e).hasSize(1);
        return e.get(0);
    }

    private static String replaceLine(String text, int line, String with) {
        String[] lines = text.split("\n", -1);
        lines[line - 1] = with;
        return String.join("\n", lines);
    }

    @Test
    void fileNotUtf8IsNamed() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        byte[] latin1 = "id,name,sector\ngov,Caf\u00e9 government,government\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(d.resolve("actors.csv"), latin1);
        List<Problem> e = errorsOf(d);
        assertThat(e).anySatisfy(p -> {
            assertThat(p.file()).endsWith("actors.csv");
            assertThat(p.message()).contains("not UTF-8");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void utf16FileIsNamed() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        byte[] text = ("\uFEFF" + Fixtures.SOURCES).getBytes(StandardCharsets.UTF_16LE);
        Files.write(d.resolve("sources.csv"), text);
        assertThat(errorsOf(d)).anySatisfy(p -> {
            assertThat(p.file()).endsWith("sources.csv");
            assertThat(p.message()).contains("UTF-16");
        });
    }

    @Test
    void yamlNotUtf8IsNamed() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        Files.write(d.resolve("case.yaml"), "id: x\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Problem p = only(d);
        assertThat(p.file()).endsWith("case.yaml");
        assertThat(p.message()).contains("not UTF-8");
    }

    @Test
    void missingRequiredFile() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv", null);
        Problem p = only(d);
        assertThat(p.file()).endsWith("events.csv");
        assertThat(p.message()).isEqualTo("a missing required file");
    }

    @Test
    void missingRequiredColumn() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "ties.csv", "id,from,to,start\nt1,gov,tax,2016\n");
        Problem p = only(d);
        assertThat(p.file()).endsWith("ties.csv");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.field()).isEqualTo("type");
        assertThat(p.message()).contains("missing required column 'type'");
    }

    @Test
    void emptyRequiredField() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "actors.csv",
                replaceLine(Fixtures.ACTORS, 4, "tax,,税务局,government,prefectural,line-department,,,"));
        Problem p = only(d);
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("name");
        assertThat(p.message()).contains("empty required field");
    }

    @Test
    void unknownActorId() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 9, "e7,2019,assessment,administrative,gov,nobody,,,,,,"));
        Problem p = only(d);
        assertThat(p.file()).endsWith("events.csv");
        assertThat(p.line()).isEqualTo(9);
        assertThat(p.column()).isEqualTo(6);
        assertThat(p.found()).isEqualTo("nobody");
        assertThat(p.message()).isEqualTo("an unknown actor id");
    }

    @Test
    void unknownActorInTie() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "ties.csv", "from,to,type\ngov,ghost,command\n");
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("ghost");
        assertThat(p.column()).isEqualTo(2);
    }

    @Test
    void unknownSector() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "actors.csv", "id,name,sector\ngov,Gov,ministry\n"
                + "tax,Tax,government\nbigdata,B,government\nent:cloud,C,government\njv,J,government\npublic,P,public\n");
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("ministry");
        assertThat(p.expected()).contains("government");
        assertThat(p.message()).isEqualTo("an unknown sector");
    }

    @Test
    void unknownSectorIsOnlyForActorsStillToCode() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "actors.csv", replaceLine(Fixtures.ACTORS, 8, "public,Citizens,,unknown,,,,,"));
        Problem p = only(d);
        // no event log is imported as a case (case-format.md, "Interchange: other logs"): the message says what it is for
        assertThat(p.message()).contains("still to code", ".qdpx").doesNotContain("event log");
    }

    @Test
    void sourceIdsCitedWithoutSourcesCsvAreUnknownAtTheirCells() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "sources.csv", null);
        List<Problem> e = errorsOf(d);
        // as when sources.csv exists and lacks the id: every citation, at its file, line and column
        assertThat(e).extracting(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ":" + p.column() + ":" + p.found())
                .containsExactlyInAnyOrder("ties.csv:2:7:s1", "ties.csv:5:7:s1", "ties.csv:5:7:s2",
                        "events.csv:2:10:s1", "events.csv:3:10:s2", "indicators.csv:2:5:s3", "indicators.csv:3:5:s3");
        assertThat(e).allSatisfy(p -> assertThat(p.message()).isEqualTo("an unknown source id (the case has no sources.csv)"));
        // a case that cites no source needs no sources.csv
        String events = Fixtures.EVENTS.replace(",s1,,early", ",,,early").replace(",s2,,", ",,,");
        Map<String, String> files = Fixtures.files();
        files.remove("sources.csv");
        files.put("ties.csv", Fixtures.TIES.replace(",s1,", ",,").replace(",s1;s2,", ",,"));
        files.put("events.csv", events);
        files.put("indicators.csv", Fixtures.INDICATORS.replace(",s3", ","));
        assertThat(errorsOf(Fixtures.write(tmp.resolve("d"), files))).isEmpty();
    }

    @Test
    void unknownLevel() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "actors.csv",
                replaceLine(Fixtures.ACTORS, 4, "tax,Tax Office,税务局,government,district,line-department,,,"));
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("district");
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("an unknown level");
    }

    @Test
    void unknownLevelInCaseYamlHasItsLine() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "case.yaml", Fixtures.CASE_YAML.replace("level: prefectural", "level: metro"));
        Problem p = only(d);
        assertThat(p.file()).endsWith("case.yaml");
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.found()).isEqualTo("metro");
    }

    @Test
    void levelFromCodebookIsAccepted() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "case.yaml", Fixtures.CASE_YAML.replace("level: prefectural", "level: metro"));
        Files.writeString(d.resolve("codebook.yaml"), "levels: [metro]\n");
        assertThat(errorsOf(d)).isEmpty();
    }

    @Test
    void unknownTieType() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "ties.csv", "from,to,type\ngov,tax,friendship\n");
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("friendship");
        assertThat(p.message()).isEqualTo("an unknown tie type");
    }

    @Test
    void unknownEventType() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 9, "e7,2019,hackathon,,gov,bigdata,,,,,,"));
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("hackathon");
        assertThat(p.line()).isEqualTo(9);
        assertThat(p.column()).isEqualTo(3);
        // a codebook that defines it makes it valid
        Files.writeString(d.resolve("codebook.yaml"), "event_types:\n  hackathon: {category: collaborative, mechanism: collaborative}\n");
        assertThat(errorsOf(d)).isEmpty();
    }

    @Test
    void unknownMechanism() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 9, "e7,2019,assessment,bureaucratic,gov,bigdata,,,,,,"));
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("bureaucratic");
        assertThat(p.column()).isEqualTo(4);
    }

    @Test
    void badDate() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 9, "e7,2019-13-01,assessment,,gov,bigdata,,,,,,"));
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("2019-13-01");
        assertThat(p.expected()).contains("YYYY-MM-DD");
        assertThat(p.column()).isEqualTo(2);
    }

    @Test
    void tieEndingBeforeItStarts() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "ties.csv", "id,from,to,type,start,end\nt1,gov,tax,command,2018-05,2017\n");
        Problem p = only(d);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.field()).isEqualTo("end");
        assertThat(p.message()).isEqualTo("the tie ends before it starts");
    }

    @Test
    void tieEndingInTheYearItStartsIsFine() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "ties.csv", "id,from,to,type,start,end\nt1,gov,tax,command,2018-05-03,2018\n");
        assertThat(errorsOf(d)).isEmpty();
    }

    @Test
    void actorLeavingBeforeJoining() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "actors.csv",
                replaceLine(Fixtures.ACTORS, 4, "tax,Tax Office,税务局,government,prefectural,line-department,2019,2018-12,"));
        Problem p = only(d);
        assertThat(p.field()).isEqualTo("left");
        assertThat(p.message()).isEqualTo("the actor leaves before it joins");
    }

    @Test
    void duplicateIdNamesTheLineOfTheFirst() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 8, "e2,2019,assessment,,gov,bigdata,,,,,,"));
        Problem p = only(d);
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.found()).isEqualTo("e2");
        assertThat(p.message()).contains("first at line 3");
    }

    @Test
    void duplicateIdAfterAMultiLineRowCountsPhysicalLines() throws Exception {
        // e5's title spans two lines, so the row after it starts on line 8 and e7 is on line 9
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv", Fixtures.EVENTS + "e5,2020,plan,,gov,,,,,,,\n");
        Problem p = only(d);
        assertThat(p.line()).isEqualTo(10);
        assertThat(p.message()).contains("first at line 6");
    }

    @Test
    void duplicateActorId() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "actors.csv", Fixtures.ACTORS + "tax,Other,,government,,,,,\n");
        Problem p = only(d);
        assertThat(p.file()).endsWith("actors.csv");
        assertThat(p.message()).contains("first at line 4");
    }

    @Test
    void emptyListItem() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 9, "e7,2019,assessment,,gov,bigdata;;tax,,,,,,"));
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("bigdata;;tax");
        assertThat(p.message()).contains("empty item");
    }

    @Test
    void identifierWithSurroundingSpaces() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 9, "\" e7\",2019,assessment,,gov,bigdata,,,,,,"));
        Problem p = only(d);
        assertThat(p.field()).isEqualTo("id");
        assertThat(p.message()).contains("surrounding spaces");
    }

    @Test
    void objectThatIsNotKindColonId() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "events.csv",
                replaceLine(Fixtures.EVENTS, 9, "e7,2019,assessment,,gov,bigdata,,gov-app,,,,"));
        Problem p = only(d);
        assertThat(p.found()).isEqualTo("gov-app");
        assertThat(p.expected()).contains("kind:id");
    }

    @Test
    void unterminatedQuoteReportedAtTheRowStart() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "sources.csv", "id,title\ns1,ok\ns2,\"never closed\nmore\nlines\n");
        Problem p = only(d);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("never closed");
    }

    @Test
    void allProblemsOfAllFilesReportedTogether() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        Files.writeString(d.resolve("actors.csv"), Fixtures.ACTORS.replace("public,Citizens,市民,public", "public,Citizens,市民,pubic"));
        Files.writeString(d.resolve("ties.csv"), Fixtures.TIES.replace("t3,bigdata,tax,guidance", "t3,bigdata,tax,guidence"));
        Files.writeString(d.resolve("events.csv"), Fixtures.EVENTS.replace("e6,2018-02,", "e6,2018-2,"));
        Files.writeString(d.resolve("indicators.csv"), Fixtures.INDICATORS.replace("0.35", "35%"));
        Files.writeString(d.resolve("case.yaml"), Fixtures.CASE_YAML.replace("period: {start: 2015, end: 2021}", "period: {start: 2015, end: 2011}"));
        CaseFormatException ex = org.junit.jupiter.api.Assertions.assertThrows(CaseFormatException.class, () -> Cases.read(d));
        assertThat(ex.errors()).hasSize(5);
        assertThat(ex.errors()).extracting(p -> Path.of(p.file()).getFileName().toString())
                .containsExactlyInAnyOrder("case.yaml", "actors.csv", "ties.csv", "events.csv", "indicators.csv");
    }

    @Test
    void caseWithErrorsIsNeverReturned() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "ties.csv", "from,to,type\ngov,tax,friendship\n");
        assertThatThrownBy(() -> Cases.read(d)).isInstanceOf(CaseFormatException.class)
                .hasMessageContaining("ties.csv:2:3: an unknown tie type");
    }

    @Test
    void otherFilesAreNotesNotProblems() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        Files.writeString(d.resolve("notes.md"), "field notes");
        Files.writeString(d.resolve("Events.CSV"), "x");
        ValidationReport r = Cases.validate(d);
        assertThat(r.isClean()).isTrue();
        assertThat(Fixtures.otherNotes(r)).hasSize(2);
        assertThat(r.notes()).anySatisfy(p -> assertThat(p.message()).contains("did you mean events.csv"));
    }

    @Test
    void nothingIsWrittenToTheUsersFolder() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        Files.writeString(d.resolve("ties.csv"), "from,to,type\ngov,tax,friendship\n");
        java.util.Map<String, String> before = FolderDigest.of(d);
        Cases.validate(d);
        try {
            Cases.read(d);
        } catch (CaseFormatException expected) {
            // the case is bad on purpose
        }
        Files.writeString(d.resolve("ties.csv"), "from,to,type\ngov,tax,command\n");
        java.util.Map<String, String> before2 = FolderDigest.of(d);
        Cases.read(d);
        assertThat(FolderDigest.of(d)).isEqualTo(before2);
        assertThat(before.keySet()).isEqualTo(before2.keySet());
    }

    @Test
    void unknownColumnsAreKeptAsAttributes() throws Exception {
        Path d = Fixtures.write(tmp.resolve("c"));
        var c = Cases.read(d);
        assertThat(c.events().attribute("stage")).isNotNull();
        assertThat(c.events().event(4).attributes()).containsEntry("stage", "late");
    }

    @Test
    void caseYamlMissingNameAndBadPhase() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "case.yaml", "id: x\nphases:\n  - {id: p1, start: 2019, end: 2018}\n");
        List<Problem> e = errorsOf(d);
        assertThat(e).extracting(Problem::message).containsExactlyInAnyOrder(
                "a missing required key 'name'", "the phase ends before it starts");
        assertThat(e).filteredOn(p -> p.message().startsWith("the phase")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void brokenYamlHasItsLine() throws Exception {
        Path d = Fixtures.writeWith(tmp.resolve("c"), "case.yaml", "id: x\nname: [unclosed\nlevel: county\n");
        Problem p = only(d);
        assertThat(p.message()).contains("not valid YAML");
        assertThat(p.line()).isGreaterThan(1);
    }
}
