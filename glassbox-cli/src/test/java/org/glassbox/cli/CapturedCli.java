package org.glassbox.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs {@code glassbox} commands in-process with the output captured, as the CLI tests need:
 * the same {@link Main#commandLine(String...)} (error handlers, exit codes, the start-up tree) a user gets. Output of every
 * run is kept, so a test can run several commands and read what they printed together.
 */
public final class CapturedCli {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command line and returns its exit code. */
    public int run(String... args) {
        CommandLine cl = Main.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Everything printed to standard output so far. */
    public String out() {
        return out.toString();
    }

    /** Everything printed to standard error so far. */
    public String err() {
        return err.toString();
    }
}
