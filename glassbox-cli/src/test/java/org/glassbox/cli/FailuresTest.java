package org.glassbox.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.glassbox.app.CaseStudy;
import org.glassbox.io.UnknownFormatException;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
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
}
