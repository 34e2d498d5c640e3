package org.glassbox.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glassbox.app.Conversion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code glassbox convert IN OUT [--force]}: the one converter ({@link Conversion}), by the names' formats —
 * a case (folder, .zip, .xlsx, .qdpx, OCEL 2.0 written from a case) to a folder, .zip, .qdpx or OCEL 2.0; an event log
 * (XES, CSV, OCEL 2.0) to another log format. An existing non-empty OUT is refused unless {@code --force}.
 * Exit 0 ok, 1 bad input, 2 usage.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert a case or an event log, by the names' extensions:",
                "CASE (folder, .zip, .xlsx, .qdpx, OCEL 2.0) -> a case folder, .zip, .qdpx, .jsonocel, .xmlocel or .sqlite;",
                "a .qdpx (REFI-QDA) of another tool becomes a case being coded (sectors and events still to code);",
                "LOG (.xes, .xes.gz, .csv, .csv.gz, OCEL 2.0) -> another of those."})
public final class ConvertCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "a case (folder, .zip, .xlsx, .qdpx, OCEL 2.0) or an event log")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT",
            description = "a folder, .zip, .qdpx, .jsonocel, .xmlocel or .sqlite for a case; .xes, .csv or OCEL 2.0 for a log")
    Path out;

    @Option(names = "--force", description = "replace OUT when it exists and is not empty")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        Conversion.Result r;
        try {
            r = Conversion.convert(in, out, force);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(in.toString());
        }
        for (String w : r.warnings()) {
            o.println("warning: " + w);
        }
        o.println("wrote " + out + " (" + r.what() + ")");
        o.flush();
        return Failures.OK;
    }
}
