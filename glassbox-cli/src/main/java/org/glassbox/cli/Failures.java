package org.glassbox.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.glassbox.app.CaseStudy;
import org.glassbox.core.agreement.AgreementException;
import org.glassbox.cli.qca.QcaFlags;
import org.glassbox.io.OutputExistsException;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.io.caseformat.Problem;
import org.glassbox.io.caseformat.ReliabilityTableException;
import org.glassbox.qca.QcaInputException;
import org.glassbox.qca.QcaLimitException;
import org.glassbox.sim.ParameterException;
import picocli.CommandLine;

/**
 * The one place that turns what went wrong into an exit code and a message, for every command: the
 * commands throw the library's typed exceptions and this maps them — bad input (with its position) exit 1,
 * usage exit 2 — in one message format, {@code glassbox COMMAND: what}. The server maps the same types to
 * HTTP statuses.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {
    /** Exit code of a run that ended well. */
    static final int OK = 0;
    /** Exit code for input that breaks a format, a file that cannot be read or written, work out of reach. */
    static final int BAD_INPUT = 1;
    /** Exit code for a command line that asks for something that is not there. */
    static final int USAGE = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parsed) {
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

    static void printProblems(java.util.List<Problem> problems, PrintWriter err) {
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
