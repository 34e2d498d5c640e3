package org.glassbox.cli.process;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glassbox.cli.CommandFailure;
import org.glassbox.core.model.EventLog;
import org.glassbox.core.process.ClusterEngine;
import org.glassbox.core.process.LogSource;
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

    @Mixin
    EngineOptions engine;

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

    /** Problems with this command's own options, named at once as a usage error (exit 2) before any log is read. */
    List<String> optionProblems() {
        return List.of();
    }

    /** The problem with an edge count to print, or none: {@code --top} counts edges, so it is 0 or more. */
    static List<String> topProblem(int top) {
        return top < 0 ? List.of("--top must be at least 0 edges, not " + top) : List.of();
    }

    @Override
    public final Integer call() throws IOException {
        try {
            List<String> bad = optionProblems();
            if (!bad.isEmpty()) {
                throw CommandFailure.usage(bad);
            }
            if (engine.cluster()) {
                return callCluster();
            }
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

    /** The same with {@code --engine spark}: the engine reads each LOG itself. */
    int runCluster(ClusterEngine cluster, List<LogSource> sources) throws IOException {
        throw CommandFailure.usage("--engine spark is not available for this command");
    }

    private int callCluster() throws IOException {
        List<String> problems = new ArrayList<>(input.clusterProblems());
        if (output.exportXes != null || output.exportCsv != null || output.exportParquet != null) {
            problems.add("--export-xes/--export-csv/--export-parquet need the embedded engine (--engine embedded)");
        }
        if (!problems.isEmpty()) {
            throw CommandFailure.usage(problems);
        }
        List<LogSource> sources = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (Path p : logs) {
            if (!java.nio.file.Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file");
            }
            if (!ClusterFormats.readable(p)) {
                unreadable.add(p + ": the Spark engine reads Parquet (a .parquet file or a folder of them) and CSV;"
                        + " convert this log first with 'glassbox convert " + p.getFileName() + " LOG.parquet'");
            }
            sources.add(input.source(p));
        }
        if (!unreadable.isEmpty()) {
            throw CommandFailure.badInput(unreadable);
        }
        try (ClusterEngine cluster = SparkEngines.open(engine.master)) {
            int rc = runCluster(cluster, sources);
            out().flush();
            return rc;
        }
    }

    /** The file kinds the cluster engine reads. */
    static final class ClusterFormats {
        private ClusterFormats() {
        }

        static boolean readable(Path p) {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return java.nio.file.Files.isDirectory(p) || n.endsWith(".parquet") || n.endsWith(".csv") || n.endsWith(".csv.gz");
        }
    }
}
