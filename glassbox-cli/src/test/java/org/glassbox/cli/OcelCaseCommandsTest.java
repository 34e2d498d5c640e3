package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate}, {@code analyze} and {@code convert} of a case given as OCEL 2.0 check it as they check a folder. */
class OcelCaseCommandsTest {
    @TempDir
    Path tmp;

    /** Where the planted problems are: the lines of pc, t01, e001, e002 and e003 (JSON: one element a line). */
    private final int[] lineOf = new int[5];

    /** The demo case as .jsonocel (written by convert) with five problems planted by editing its text. */
    private Path bad() throws Exception {
        Path f = tmp.resolve("bad.jsonocel");
        CapturedCli conv = new CapturedCli();
        assertThat(conv.run("convert", ConvertCommandTest.example("province-a").toString(), f.toString()))
                .as(conv.err()).isZero();
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
        lineOf[0] = edit(lines, "{\"id\":\"pc\",", "\"value\":\"party\"", "\"value\":\"partyy\"");
        lineOf[1] = edit(lines, "{\"id\":\"t01\",", "\"value\":\"command\"", "\"value\":\"comand\"");
        lineOf[2] = edit(lines, "{\"id\":\"e001\",", "\"type\":\"plan\"", "\"type\":\"plann\"");
        lineOf[3] = edit(lines, "{\"id\":\"e002\",", "\"objectId\":\"lg\"", "\"objectId\":\"lgx\"");
        lineOf[4] = edit(lines, "{\"id\":\"e003\",", "\"value\":\"2014-06-18\"", "\"value\":\"2014-13-45\"");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static int edit(List<String> lines, String start, String from, String to) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                assertThat(lines.get(i)).contains(from);
                lines.set(i, lines.get(i).replace(from, to));
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private List<String> expected(Path f) {
        return List.of(
                f + ":" + lineOf[0] + ":1 organization object 'pc', attribute 'sector': an unknown sector;"
                        + " did you mean 'party'? (found 'partyy', expected party, government,",
                f + ":" + lineOf[1] + ":1 tie object 't01', attribute 'type': an unknown tie type; did you mean"
                        + " 'command'? (found 'comand', expected command, guidance,",
                f + ":" + lineOf[2] + ":1 event 'e001', type: an unknown event type; did you mean 'plan'?"
                        + " (found 'plann', expected an event type of the codebook",
                f + ":" + lineOf[3] + ":1 event 'e002', E2O target to 'lgx': an unknown actor id; did you mean 'lg'?"
                        + " (found 'lgx', expected an id of an organization object)",
                f + ":" + lineOf[4] + ":1 event 'e003', attribute 'date': not a partial ISO date (found '2014-13-45',"
                        + " expected a partial date (YYYY, YYYY-MM or YYYY-MM-DD))");
    }

    @Test
    void validateListsEveryProblemWithItsPositionAndExitsOne() throws Exception {
        Path f = bad();
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("validate", f.toString())).as(cli.out() + cli.err()).isEqualTo(1);
        List<String> printed = cli.out().lines().toList();
        for (String e : expected(f)) {
            assertThat(printed).as(cli.out()).anySatisfy(l -> assertThat(l).startsWith(e));
        }
        assertThat(printed).hasSize(6).last().isEqualTo(f + ": 5 problems");
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validateJsonGivesLineAndColumn() throws Exception {
        Path f = bad();
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("validate", "--json", f.toString())).isEqualTo(1);
        JsonNode list = new ObjectMapper().readTree(cli.out());
        assertThat(list).hasSize(5);
        List<Integer> lines = new ArrayList<>();
        list.forEach(p -> {
            assertThat(p.get("file").asText()).isEqualTo(f.toString());
            assertThat(p.get("column").asInt()).isEqualTo(1);
            lines.add(p.get("line").asInt());
        });
        assertThat(lines).containsExactlyInAnyOrder(lineOf[0], lineOf[1], lineOf[2], lineOf[3], lineOf[4]);
    }

    @Test
    void analyzeRefusesItWithTheSameProblems() throws Exception {
        Path f = bad();
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("analyze", f.toString())).isEqualTo(1);
        for (String e : expected(f)) {
            assertThat(cli.err().lines()).as(cli.err()).anySatisfy(l -> assertThat(l).startsWith(e));
        }
        assertThat(cli.err()).contains(f + ": cannot be analysed (5 problems; see 'glassbox validate')")
                .doesNotContain("Exception", "\tat ");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void convertRefusesItAndWritesNothing() throws Exception {
        Path f = bad();
        Path out = tmp.resolve("out");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("convert", f.toString(), out.toString())).isEqualTo(1);
        assertThat(cli.err()).contains(expected(f).get(0), "5 problems; nothing was written")
                .doesNotContain("Exception", "\tat ");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void theValidLogIsOk() throws Exception {
        Path f = tmp.resolve("ok.sqlite");
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("convert", ConvertCommandTest.example("province-a").toString(), f.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.run("validate", f.toString())).as(cli.out()).isZero();
        assertThat(cli.out()).contains(f + ": ok");
    }
}
