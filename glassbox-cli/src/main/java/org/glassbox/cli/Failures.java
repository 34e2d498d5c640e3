package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.agreement.AgreementException;
import org.glassbox.cli.qca.QcaFlags;
import org.glassbox.io.OutputExistsException;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ReliabilityTableException;
import org.glassbox.io.guard.Inflation;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.QcaLimitException;
import org.glassbox.sim.ParameterException;
import picocli.CommandLine;

/**
 * The one place that turns what went wrong into an exit code and a message, for every command: the
 * commands throw the library's typed exceptions and this maps them — bad input (with its position) exit 1,
 * usage exit 2 — in one message format, {@code glassbox COMMAND: what}. The server maps the same types to
 * HTTP statuses. Running out of memory is one line too (exit 1, {@link #outOfMemory(CommandLine.ParseResult)}), never
 * an OutOfMemoryError's stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** Exit code of a run that ended well. */
    static final int OK = 0;
    /** Exit code for input that breaks a format, a file that cannot be read or written, work out of reach. */
    static final int BAD_INPUT = 1;
    /** Exit code for a command line that asks for something that is not there. */
    static final int USAGE = 2;
    /** The variable whose JVM options the {@code ./glassbox} launcher passes to Java. */
    static final String LAUNCHER_JAVA_OPTS = "GLASSBOX_JAVA_OPTS";

    @Override
    public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parsed) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                // out of memory in another thread, handed back wrapped (an ExecutionException)
                return outOfMemory(parsed);
            }
        }
        PrintWriter err = line.getErr();
        int code = report(ex, "glassbox " + qualifiedName(line), err);
        err.flush();
        return code;
    }

    /** A command line picocli cannot parse: usage, with the hint to the help of the command it reached. */
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine line = ex.getCommandLine();
        String name = qualifiedName(line);
        String who = name.isEmpty() ? "glassbox" : "glassbox " + name;
        PrintWriter err = line.getErr();
        err.println(who + ": " + message(ex));
        err.println("Try '" + who + " --help'.");
        err.flush();
        return USAGE;
    }

    /**
     * The command ran out of memory (reading its input or working on it): one line, {@code glassbox COMMAND: out of
     * memory with INPUT...}, saying how to give Java more memory through the launcher's variable; exit 1.
     */
    static int outOfMemory(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.hasSubcommand()) {
            p = p.subcommand();
        }
        List<Path> inputs = new ArrayList<>();
        // a positional is listed once for each argument it matched
        for (CommandLine.Model.PositionalParamSpec spec : new LinkedHashSet<>(p.matchedPositionals())) {
            Object v = spec.getValue();
            if (v instanceof Path path) {
                inputs.add(path);
            } else if (v instanceof Collection<?> c) {
                c.stream().filter(Path.class::isInstance).map(Path.class::cast).forEach(inputs::add);
            }
        }
        CommandLine line = p.commandSpec().commandLine();
        String name = qualifiedName(line);
        PrintWriter err = line.getErr();
        outOfMemory(name.isEmpty() ? "glassbox" : "glassbox " + name, inputs, Runtime.getRuntime().maxMemory(), err);
        err.flush();
        return BAD_INPUT;
    }

    /** The out-of-memory line for a heap of {@code maxMemory} bytes. */
    static int outOfMemory(String who, List<Path> inputs, long maxMemory, PrintWriter err) {
        StringBuilder sb = new StringBuilder(who).append(": out of memory");
        if (!inputs.isEmpty()) {
            sb.append(" with ").append(inputs.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        sb.append(" (a Java heap of ").append(Inflation.mib(maxMemory)).append("): give Java more memory, e.g. ")
                .append(LAUNCHER_JAVA_OPTS).append("=-Xmx").append(Inflation.largerHeap(maxMemory));
        err.println(sb);
        return BAD_INPUT;
    }

    /** Prints what {@code ex} says, prefixed with {@code who}; returns the exit code. */
    static int report(Throwable ex, String who, PrintWriter err) {
        if (ex instanceof CaseStudy.UnreadableCasesException e) {
            for (CaseStudy.Unreadable u : e.cases()) {
                if (u.failure() != null) {
                    err.println(u.path() + ": cannot be read: " + u.failure());
                    continue;
                }
                printProblems(u.problems(), err);
                err.println(u.path() + ": cannot be analysed (" + count(u.problems().size(), "problem")
                        + "; see 'glassbox validate')");
            }
            return BAD_INPUT;
        }
        if (ex instanceof CommandFailure e) {
            e.problems().forEach(p -> err.println(who + ": " + p));
            if (e.exitCode() == USAGE) {
                err.println("Try '" + who + " --help'.");
            }
            return e.exitCode();
        }
        if (ex instanceof ReliabilityTableException e) {
            printProblems(e.problems(), err);
            err.println(who + ": the table cannot be read (" + count(e.problems().size(), "problem") + "); nothing was computed");
            return BAD_INPUT;
        }
        if (ex instanceof AgreementException || ex instanceof ParameterException) {
            // the library's bad-input types that are also IllegalArgumentExceptions: input, not usage
            err.println(who + ": " + message(ex));
            return BAD_INPUT;
        }
        if (ex instanceof CaseFormatException e) {
            printProblems(e.errors(), err);
            err.println(who + ": " + count(e.errors().size(), "problem") + "; nothing was written");
            return BAD_INPUT;
        }
        if (ex instanceof NoSuchFileException e) {
            err.println(who + ": " + e.getFile() + ": no such file or folder");
            return BAD_INPUT;
        }
        if (ex instanceof OutputExistsException e) {
            err.println(who + ": " + e.getMessage() + (e.replaceable() ? "; use --force to replace it" : ""));
            return BAD_INPUT;
        }
        if (ex instanceof QcaInputException e) {
            err.println(who + ": " + QcaFlags.message(e));
            return BAD_INPUT;
        }
        if (ex instanceof QcaLimitException e) {
            err.println(who + ": out of reach: " + QcaFlags.message(e));
            return BAD_INPUT;
        }
        if (ex instanceof IllegalArgumentException) {
            err.println(who + ": " + message(ex));
            return USAGE;
        }
        if (ex instanceof IOException) {
            err.println(who + ": " + message(ex));
            return BAD_INPUT;
        }
        err.println(who + ": " + message(ex));
        return BAD_INPUT;
    }

    static void printProblems(List<Problem> problems, PrintWriter err) {
        for (Problem p : problems) {
            err.println(p.format());
        }
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String message(Throwable ex) {
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    /** {@code convert}, {@code process dfg}: the command's name below {@code glassbox}. */
    static String qualifiedName(CommandLine line) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = line; c != null && c.getParent() != null; c = c.getParent()) {
            sb.insert(0, sb.length() == 0 ? c.getCommandName() : c.getCommandName() + " ");
        }
        return sb.toString();
    }
}
