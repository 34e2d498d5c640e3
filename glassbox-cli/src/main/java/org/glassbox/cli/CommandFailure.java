package org.glassbox.cli;

import java.util.List;

/**
 * A command's own refusal, for what no library type says: a usage error (exit 2, with the help hint) or bad
 * input found by the command itself (exit 1, every problem at once). {@link Failures} prints it in the one
 * message format.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;
    private final List<String> problems;

    private CommandFailure(int exitCode, List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failure names at least one problem");
        }
        this.exitCode = exitCode;
        this.problems = List.copyOf(problems);
    }

    /** The command line asks for something that is not there (exit 2). */
    public static CommandFailure usage(String problem) {
        return new CommandFailure(Failures.USAGE, List.of(problem));
    }

    /** The input breaks a rule the command checks itself (exit 1); all problems at once. */
    public static CommandFailure badInput(List<String> problems) {
        return new CommandFailure(Failures.BAD_INPUT, problems);
    }

    /** One bad-input problem (exit 1). */
    public static CommandFailure badInput(String problem) {
        return badInput(List.of(problem));
    }

    int exitCode() {
        return exitCode;
    }

    List<String> problems() {
        return problems;
    }
}
