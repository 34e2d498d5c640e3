package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.agreement.AgreementException;
import org.glassbox.io.UnknownFormatException;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ReliabilityTableException;
import org.glassbox.sim.CalibrationException;
import org.glassbox.sim.ParameterException;
import org.junit.jupiter.api.Test;

/** The one mapping from what went wrong to an exit code and a message. */
class FailuresTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text, true);

    private static Problem problem(String file, int line) {
        return new Problem(file, line, 3, null, "date", "2020-13", "a date", "not a date", Problem.Severity.ERROR);
    }

    @Test
    void badInputIsOneWithEveryProblemAtItsPosition() {
        int code = Failures.report(new CaseFormatException(List.of(problem("events.csv", 4), problem("ties.csv", 9))),
                "glassbox convert", err);
        assertThat(code).isEqualTo(1);
        assertThat(text.toString()).contains("events.csv:4:3").contains("ties.csv:9:3")
                .contains("glassbox convert: 2 problems; nothing was written");
    }

    @Test
    void unreadableCasesSayWhichAndWhy() {
        var u = new CaseStudy.UnreadableCasesException(List.of(
                new CaseStudy.Unreadable(Path.of("a"), List.of(problem("a/events.csv", 2)), null),
                new CaseStudy.Unreadable(Path.of("b"), List.of(), "boom")));
        assertThat(Failures.report(u, "glassbox compare", err)).isEqualTo(1);
        assertThat(text.toString()).contains("a/events.csv:2:3").contains("a: cannot be analysed (1 problem;")
                .contains("b: cannot be read: boom");
    }

    @Test
    void usageIsTwoAndOtherIoIsOne() {
        assertThat(Failures.report(new UnknownFormatException(Path.of("x.xyz"), "x.xyz: no format"), "glassbox convert",
                err)).isEqualTo(2);
        assertThat(Failures.report(new IllegalArgumentException("--phases must be auto"), "glassbox analyze", err))
                .isEqualTo(2);
        assertThat(Failures.report(new NoSuchFileException("missing.xes"), "glassbox process dfg", err)).isEqualTo(1);
        assertThat(Failures.report(new IOException("disk full"), "glassbox analyze", err)).isEqualTo(1);
        assertThat(text.toString()).contains("glassbox convert: x.xyz: no format")
                .contains("glassbox process dfg: missing.xes: no such file or folder")
                .contains("glassbox analyze: disk full");
    }

    @Test
    void theCommandIsNamedAsTheUserTypedIt() {
        CapturedCli cli = new CapturedCli();
        assertThat(cli.run("process", "dfg", "no-such-log.xes")).isEqualTo(1);
        assertThat(cli.err()).contains("glassbox process dfg: no-such-log.xes: no such file");
    }

    @Test
    void theLibrarysBadInputIsOneEvenWhereItIsAnIllegalArgument() {
        assertThat(Failures.report(new AgreementException("values", "a unit needs two coders"), "glassbox agreement", err))
                .isEqualTo(1);
        assertThat(Failures.report(new ParameterException("contracting", 2, "contracting must lie in [0, 1]"),
                "glassbox simulate", err)).isEqualTo(1);
        assertThat(Failures.report(new CalibrationException("p", List.of("no phases")), "glassbox simulate", err))
                .isEqualTo(1);
        assertThat(Failures.report(new ReliabilityTableException(List.of(problem("t.csv", 2), problem("t.csv", 5))),
                "glassbox agreement", err)).isEqualTo(1);
        assertThat(text.toString()).contains("glassbox agreement: values: a unit needs two coders")
                .contains("glassbox simulate: contracting must lie in [0, 1]")
                .contains("glassbox simulate: case p is too thin to calibrate: no phases")
                .contains("t.csv:2:3").contains("t.csv:5:3")
                .contains("glassbox agreement: the table cannot be read (2 problems); nothing was computed");
    }

    @Test
    void aCommandsOwnRefusalIsUsageWithTheHintOrBadInputWithEveryProblem() {
        assertThat(Failures.report(CommandFailure.usage("--port must be 0-65535, not 70000"), "glassbox serve", err))
                .isEqualTo(2);
        assertThat(Failures.report(CommandFailure.badInput(List.of("--set a=1: no such parameter", "--sweep b: no range")),
                "glassbox simulate", err)).isEqualTo(1);
        assertThat(text.toString()).isEqualTo("glassbox serve: --port must be 0-65535, not 70000\n"
                + "Try 'glassbox serve --help'.\n"
                + "glassbox simulate: --set a=1: no such parameter\n"
                + "glassbox simulate: --sweep b: no range\n");
    }

    @Test
    void everyNewerCommandSpeaksThroughTheMapper() {
        CapturedCli serve = new CapturedCli();
        assertThat(serve.run("serve", "--port", "70000")).isEqualTo(2);
        assertThat(serve.err()).startsWith("glassbox serve: --port must be 0-65535, not 70000");
        CapturedCli sim = new CapturedCli();
        assertThat(sim.run("simulate", "--preset", "market", "--set", "nosuch=1", "--set", "also-not")).isEqualTo(1);
        assertThat(sim.err().lines().filter(l -> l.startsWith("glassbox simulate: ")).count()).isEqualTo(2);
        CapturedCli agree = new CapturedCli();
        assertThat(agree.run("agreement", "--table", "t.csv")).isEqualTo(2);
        assertThat(agree.err()).isEqualTo("glassbox agreement: --table needs --level nominal|ordinal|interval|ratio|masi\n"
                + "Try 'glassbox agreement --help'.\n");
    }

    @Test
    void aLinePicocliCannotParseHintsAtTheHelpOfTheCommandItReached() {
        CapturedCli unknown = new CapturedCli();
        assertThat(unknown.run("analyse", "x")).isEqualTo(2);
        assertThat(unknown.err()).startsWith("glassbox: ").endsWith("Try 'glassbox --help'.\n");
        CapturedCli nested = new CapturedCli();
        assertThat(nested.run("process", "dfg", "--no-such-flag", "log.xes")).isEqualTo(2);
        assertThat(nested.err()).startsWith("glassbox process dfg: Unknown option: '--no-such-flag'")
                .endsWith("Try 'glassbox process dfg --help'.\n");
    }
}
