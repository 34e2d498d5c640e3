package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, items 12 and 14: what a user meets in the first minutes of the command line. */
class FirstContactTest {
    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    /** Runs with System.err captured too: picocli's own warnings go there, past the command line's writers. */
    private static String[] runCapturingSystemErr(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CapturedCli cli = new CapturedCli();
        int code;
        try {
            System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            code = cli.run(args);
        } finally {
            System.setErr(old);
        }
        return new String[] {String.valueOf(code), cli.out(), cli.err(), bytes.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void helpPrintsNoPicocliWarningsAndNoRegularExpression() {
        for (String cmd : new String[] {"analyze", "compare", "demo", "agreement"}) {
            String[] r = runCapturingSystemErr(cmd, "--help");
            assertThat(r[0]).as(cmd).isEqualTo("0");
            assertThat(r[3]).as(cmd).doesNotContain("WARN");
            assertThat(r[2]).as(cmd).doesNotContain("WARN");
            assertThat(r[1]).as(cmd).doesNotContain("(?!");
        }
        String[] compare = runCapturingSystemErr("compare", "--help");
        assertThat(compare[1]).contains("±20 % and list the flips").contains("--conditions=[NAME:]PATH,...");
    }

    @Test
    void aCaseThatDoesNotExistIsAUsageError() {
        CapturedCli cli = new CapturedCli();
        Path none = tmp.resolve("no-such-case");
        assertThat(cli.run("analyze", none.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("glassbox analyze: " + none + ": no such file or folder")
                .contains("Try 'glassbox analyze --help'");
        assertThat(new CapturedCli().run("compare", EXAMPLES.resolve("province-a").toString(), none.toString())).isEqualTo(2);
    }

    @Test
    void jsonToAFileSaysWhereItWrote() {
        CapturedCli cli = new CapturedCli();
        Path json = tmp.resolve("a.json");
        assertThat(cli.run("analyze", EXAMPLES.resolve("province-a").toString(), "--json", json.toString())).isEqualTo(0);
        assertThat(json).isNotEmptyFile();
        assertThat(cli.out()).contains("JSON written to " + json.toAbsolutePath().normalize());
    }

    @Test
    void anUnknownCommandHintsAtGlassboxHelp() {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("analyse", "x")).isEqualTo(2);
        assertThat(cli.err()).contains("Try 'glassbox --help'").doesNotContain("glassbox glassbox");
    }

    @Test
    void strictValidationMakesTakingPartOutsideTheActorsSpanAnError() throws Exception {
        Path c = Files.createDirectory(tmp.resolve("c"));
        Files.writeString(c.resolve("case.yaml"), "id: c\nname: C\nlevel: prefectural\n");
        Files.writeString(c.resolve("actors.csv"), "id,name,sector,joined\ngov,Gov,government,\nbureau,Bureau,government,2018\n");
        Files.writeString(c.resolve("events.csv"), "id,date,type,initiator,targets\ne1,2016-05,plan,gov,bureau\n");
        CapturedCli lenient = new CapturedCli();
        assertThat(lenient.run("validate", c.toString())).isEqualTo(0);
        assertThat(lenient.out()).contains(c.resolve("events.csv") + ":2:5: note: actor 'bureau' takes part on 2016-05, "
                + "before it joined (2018); see actors.csv line 3");
        CapturedCli strict = new CapturedCli();
        assertThat(strict.run("validate", "--strict", c.toString())).isEqualTo(1);
        assertThat(strict.out()).contains(c.resolve("events.csv") + ":2:5: actor 'bureau' takes part on 2016-05")
                .contains(c + ": 1 problem");
    }

    /** The public event logs beside the repository; a fresh clone lacks them, and the tests that read them skip. */
    private static Path sharedLogs() {
        Path logs = Path.of("..", "..", "shared", "data", "process", "logs").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(logs), "shared data not found at " + logs + "; skipping");
        return logs;
    }

    @Test
    void processCompareSaysOnlyInThisLogAndPrintsTotals() {
        Path logs = sharedLogs();
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("process", "compare", logs.resolve("running-example.xes").toString(),
                logs.resolve("roadtraffic100traces.xes").toString())).isEqualTo(0);
        assertThat(cli.out()).doesNotContain("unique")
                .contains("[1] running-example.xes  6 cases, 16 edges (16 only in this log), 8 activities only in this log")
                .contains("edges shared by all: 0 of 34");
    }

    @Test
    void processActivityKeyWorksForXesAndAnUnknownKeyIsAnError() {
        Path log = sharedLogs().resolve("running-example.xes");
        CapturedCli byKey = new CapturedCli();
        assertThat(byKey.run("process", "dfg", log.toString(), "--activity", "Activity")).isEqualTo(0);
        assertThat(byKey.out()).contains("register request");
        CapturedCli unknown = new CapturedCli();
        assertThat(unknown.run("process", "dfg", log.toString(), "--activity", "activityNameEN")).isEqualTo(1);
        assertThat(unknown.err()).contains("no event has the attribute 'activityNameEN'").contains("Activity, Costs, Resource");
    }
}
