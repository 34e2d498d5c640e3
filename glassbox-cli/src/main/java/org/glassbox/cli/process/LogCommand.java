package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.core.model.EventLog;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * Common frame of the process commands: read each LOG with {@link LogOptions}, run; what goes wrong is
 * thrown and mapped once by the command line's handler (1 bad input with the file position, 2 bad option
 * value), never a stack trace.
 */
abstract class LogCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "LOG", description = "event logs: .xes, .xes.gz, .csv, .jsonocel, .xmlocel, .sqlite")
    List<Path> logs;

    @Mixin
    LogOptions input;

    @Mixin
    OutputOptions output;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Whether to print the terminal text (not when JSON goes to stdout). */
    boolean text() {
        return !output.jsonToStdout();
    }

    @Override
    public final Integer call() throws IOException {
        try {
            List<EventLog> read = new ArrayList<>();
            for (Path p : logs) {
                read.add(input.load(p, err()));
            }
            if (output.exportXes != null || output.exportCsv != null || output.exportParquet != null) {
                if (read.size() != 1) {
                    throw new IllegalArgumentException("--export-xes/--export-csv/--export-parquet need exactly one LOG");
                }
                output.export(read.get(0), err());
            }
            int rc = run(read);
            out().flush();
            return rc;
        } finally {
            err().flush();
        }
    }

    abstract int run(List<EventLog> logs) throws IOException;
}
