package org.glassbox.io.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ValidationReport;
import org.glassbox.io.ocel.OcelFormat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A case given as OCEL 2.0 is checked as a case folder is: the same vocabulary rules and messages, every problem
 * at once, each at its OCEL element (JSON/XML line:column, SQLite table#row). The hostile logs are made at test
 * time from the demo case written by the lossless mapping.
 */
class OcelCaseValidationTest {
    @TempDir
    Path dir;

    private static String ext(OcelFormat f) {
        return switch (f) {
            case JSON -> "jsonocel";
            case XML -> "xmlocel";
            case SQLITE -> "sqlite";
        };
    }

    private Path written(OcelFormat f, String name) throws Exception {
        Case c = Cases.read(CaseOcelMappingTest.example("province-a"));
        Path p = dir.resolve(name + "." + ext(f));
        assertThat(Cases.write(c, p, true)).isEmpty();
        return p;
    }

    /** Where each planted problem is: the line (JSON, XML) or table#row (SQLite) of the element it concerns. */
    private record Planted(Path file, String pc, String t01, String e001, String e002, String e003) {
    }

    /**
     * The demo case as OCEL with five problems planted: actor pc's sector 'partyy', tie t01's type 'comand', event
     * e001's type 'plann', event e003's date '2014-13-45', and e002's E2O target 'lg' turned into 'lgx' (an object
     * the log does not have).
     */
    private Planted planted(OcelFormat f) throws Exception {
        Path p = written(f, "bad");
        if (f == OcelFormat.SQLITE) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + p); Statement s = c.createStatement()) {
                assertThat(s.executeUpdate("UPDATE object_organization SET sector = 'partyy' WHERE ocel_id = 'pc'"))
                        .isOne();
                assertThat(s.executeUpdate("UPDATE object_tie SET type = 'comand' WHERE ocel_id = 't01'")).isOne();
                assertThat(s.executeUpdate("UPDATE event_meeting SET date = '2014-13-45' WHERE ocel_id = 'e003'"))
                        .isOne();
                assertThat(s.executeUpdate("UPDATE event_object SET ocel_object_id = 'lgx' WHERE ocel_event_id = 'e002'"
                        + " AND ocel_object_id = 'lg'")).isOne();
                // an event of a type the codebook does not have: its own event_<type> table, as OCEL 2.0 SQLite wants
                assertThat(s.executeUpdate("UPDATE event SET ocel_type = 'plann' WHERE ocel_id = 'e001'")).isOne();
                s.executeUpdate("INSERT INTO event_map_type VALUES ('plann', 'plann')");
                s.executeUpdate("CREATE TABLE event_plann AS SELECT * FROM event_plan WHERE ocel_id = 'e001'");
                assertThat(s.executeUpdate("DELETE FROM event_plan WHERE ocel_id = 'e001'")).isOne();
                // the rows: pc and t01 are the first of their object tables, e001 the only plann, e003 the first
                // meeting, e002 the first leading-group-formed (its E2O links are placed at the event)
                assertThat(rowOf(s, "object_organization", "pc")).isOne();
                assertThat(rowOf(s, "object_tie", "t01")).isOne();
                assertThat(rowOf(s, "event_meeting", "e003")).isOne();
                assertThat(rowOf(s, "event_leadinggroupformed", "e002")).isOne();
            }
            return new Planted(p, "object_organization#1", "object_tie#1", "event_plann#1",
                    "event_leadinggroupformed#1", "event_meeting#1");
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        Planted at;
        if (f == OcelFormat.JSON) {
            at = new Planted(p,
                    edit(lines, "{\"id\":\"pc\",", "\"value\":\"party\"", "\"value\":\"partyy\"") + ":1",
                    edit(lines, "{\"id\":\"t01\",", "\"value\":\"command\"", "\"value\":\"comand\"") + ":1",
                    edit(lines, "{\"id\":\"e001\",", "\"type\":\"plan\"", "\"type\":\"plann\"") + ":1",
                    edit(lines, "{\"id\":\"e002\",", "\"objectId\":\"lg\"", "\"objectId\":\"lgx\"") + ":1",
                    edit(lines, "{\"id\":\"e003\",", "\"value\":\"2014-06-18\"", "\"value\":\"2014-13-45\"") + ":1");
        } else {
            at = new Planted(p,
                    editAfter(lines, "<object id=\"pc\"", ">party<", ">partyy<") + ":",
                    editAfter(lines, "<object id=\"t01\"", ">command<", ">comand<") + ":",
                    editAfter(lines, "<event id=\"e001\"", "type=\"plan\"", "type=\"plann\"") + ":",
                    editAfter(lines, "<event id=\"e002\"", "object-id=\"lg\"", "object-id=\"lgx\"") + ":",
                    editAfter(lines, "<event id=\"e003\"", ">2014-06-18<", ">2014-13-45<") + ":");
        }
        Files.write(p, lines, StandardCharsets.UTF_8);
        return at;
    }

    private static int rowOf(Statement s, String table, String id) throws Exception {
        try (java.sql.ResultSet rs = s.executeQuery("SELECT ocel_id FROM " + table)) {
            for (int row = 1; rs.next(); row++) {
                if (rs.getString(1).equals(id)) {
                    return row;
                }
            }
        }
        return -1;
    }

    @ParameterizedTest
    @EnumSource(OcelFormat.class)
    void everyProblemOfTheCaseAtOnceEachAtItsElement(OcelFormat f) throws Exception {
        Planted at = planted(f);
        ValidationReport r = Cases.validate(at.file());
        List<String> said = r.errors().stream().map(Problem::format).toList();
        String file = at.file().toString();
        // JSON: line:1 (one object or event a line); XML: line:column of the element's start tag
        assertThat(said).as(String.join("\n", said)).hasSize(5);
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith(file + ":" + at.pc()).contains(
                "organization object 'pc', attribute 'sector': an unknown sector; did you mean 'party'?"
                        + " (found 'partyy', expected party, government,"));
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith(file + ":" + at.t01()).contains(
                "tie object 't01', attribute 'type': an unknown tie type; did you mean 'command'? (found 'comand',"));
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith(file + ":" + at.e001()).contains(
                "event 'e001', type: an unknown event type; did you mean 'plan'? (found 'plann',"));
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith(file + ":" + at.e003()).contains(
                "event 'e003', attribute 'date': not a partial ISO date (found '2014-13-45', expected a partial date"));
        assertThat(said).anySatisfy(m -> assertThat(m).startsWith(file + ":" + at.e002()).contains(
                "event 'e002', E2O target to 'lgx': an unknown actor id; did you mean 'lg'? (found 'lgx',"));
        for (Problem p : r.errors()) {
            assertThat(p.file()).isEqualTo(file);
            if (f == OcelFormat.SQLITE) {
                assertThat(p.line()).as(p.format()).isZero();
                assertThat(p.cell()).as(p.format()).matches("\\w+#\\d+ .*");
            } else {
                assertThat(p.line()).as(p.format()).isPositive();
                assertThat(p.column()).as(p.format()).isPositive();
                assertThat(p.cell()).as(p.format()).startsWith(p.line() + ":" + p.column() + " ");
            }
        }
        if (f != OcelFormat.SQLITE) { // in the order of the file
            assertThat(r.errors()).extracting(Problem::line).isSorted();
        }
        // nothing half-read: the case is refused with the same problems
        assertThatThrownBy(() -> Cases.read(at.file())).isInstanceOfSatisfying(CaseFormatException.class,
                e -> assertThat(e.problems().stream().filter(Problem::isError).map(Problem::format).toList())
                        .containsExactlyInAnyOrderElementsOf(said));
    }

    /** A tie's O2O end to an object the log does not have is an unknown actor id, as in a folder's ties.csv. */
    @org.junit.jupiter.api.Test
    void aTieToAnObjectNotInTheLogIsAnUnknownActorId() throws Exception {
        Path p = written(OcelFormat.JSON, "tie");
        List<String> lines = new ArrayList<>(Files.readAllLines(p, StandardCharsets.UTF_8));
        int line = edit(lines, "{\"id\":\"t01\",", "{\"objectId\":\"pc\",\"qualifier\":\"from\"}",
                "{\"objectId\":\"pcc\",\"qualifier\":\"from\"}");
        Files.write(p, lines, StandardCharsets.UTF_8);
        assertThat(Cases.validate(p).errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.format()).isEqualTo(p + ":" + line + ":1 tie object 't01', O2O from to 'pcc': an unknown actor"
                    + " id; did you mean 'pc'? (found 'pcc', expected an id of an organization object)");
        });
    }

    @ParameterizedTest
    @EnumSource(OcelFormat.class)
    void aValidLogHasNoProblemAndReadsAsTheCaseItWasWrittenFrom(OcelFormat f) throws Exception {
        Case c = Cases.read(CaseOcelMappingTest.example("province-a"));
        Path p = written(f, "ok");
        assertThat(Cases.validate(p).problems()).isEmpty();
        assertThat(Cases.validate(p, true).problems()).isEmpty();
        CaseFields.assertSameCase(Cases.read(p), c);
    }

    /** Replaces {@code from} by {@code to} in the line starting (after indentation) with {@code start}. */
    static int edit(List<String> lines, String start, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                assertThat(lines.get(i)).contains(from);
                lines.set(i, lines.get(i).replaceFirst(java.util.regex.Pattern.quote(from),
                        java.util.regex.Matcher.quoteReplacement(to)));
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    /** Replaces {@code from} by {@code to} in the first line containing it at or after the line starting with {@code start}. */
    static int editAfter(List<String> lines, String start, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                for (int k = i; k < lines.size(); k++) {
                    if (lines.get(k).contains(from)) {
                        lines.set(k, lines.get(k).replaceFirst(java.util.regex.Pattern.quote(from),
                                java.util.regex.Matcher.quoteReplacement(to)));
                        return i + 1;
                    }
                }
            }
        }
        throw new AssertionError("no line starts with " + start);
    }
}
