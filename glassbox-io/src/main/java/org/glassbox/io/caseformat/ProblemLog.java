package org.glassbox.io.caseformat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of every file of a case. At most {@link #MAX_LISTED_PER_FILE} are listed
 * per file (a wrong column in a million-row file must not print a million lines); the rest are
 * counted and reported as one closing problem per file.
 */
final class ProblemLog {
    static final int MAX_LISTED_PER_FILE = 1000;

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, int[]> perFile = new LinkedHashMap<>();
    /** Files refused as a whole (a zip bomb): the refusal is their only listed problem. */
    private final java.util.Set<String> refused = new java.util.HashSet<>();
    private int errors;
    private final boolean strict;

    ProblemLog() {
        this(false);
    }

    /** @param strict whether the notes that doubt the coding ({@link #strictNote}) count as errors */
    ProblemLog(boolean strict) {
        this.strict = strict;
    }

    boolean strict() {
        return strict;
    }

    /** A doubt about the coding: a note, or an error when the log is strict. */
    void strictNote(Pos at, String field, String found, String expected, String message) {
        add(new Problem(at.file(), at.line(), at.column(), at.cell(), field, found, expected, message,
                strict ? Problem.Severity.ERROR : Problem.Severity.NOTE));
    }

    void add(Problem p) {
        add(p, false);
    }

    /** A problem that stops a file (always listed, past the cap: it says why reading stopped). */
    void fatal(Pos at, String found, String expected, String message) {
        add(new Problem(at.file(), at.line(), at.column(), at.cell(), null, found, expected, message,
                Problem.Severity.ERROR), true);
    }

    /**
     * A file refused as a whole (an entry that expands like a zip bomb): the refusal is listed as the file's only
     * problem, first among them; the problems of the part read before it, and any after, are counted, not listed —
     * they are of a file that was not read, and would bury the refusal (a bomb of repeated rows is a thousand
     * duplicate ids).
     */
    void refused(Pos at, String message) {
        int[] n = perFile.computeIfAbsent(at.file(), f -> new int[2]);
        for (java.util.Iterator<Problem> it = problems.iterator(); it.hasNext(); ) {
            if (it.next().file().equals(at.file())) {
                it.remove();
                n[0]--;
                n[1]++;
            }
        }
        refused.add(at.file());
        add(new Problem(at.file(), at.line(), at.column(), at.cell(), null, null, null, message, Problem.Severity.ERROR), true);
    }

    private void add(Problem p, boolean always) {
        if (p.isError()) {
            errors++;
        }
        int[] n = perFile.computeIfAbsent(p.file(), f -> new int[2]);
        if (refused.contains(p.file()) && !always) {
            n[1]++;
        } else if (always || n[0] < MAX_LISTED_PER_FILE) {
            n[0]++;
            problems.add(p);
        } else {
            n[1]++;
        }
    }

    /** An error at a position. */
    void error(Pos at, String field, String found, String expected, String message) {
        add(new Problem(at.file(), at.line(), at.column(), at.cell(), field, found, expected, message,
                Problem.Severity.ERROR));
    }

    void note(Pos at, String field, String message) {
        add(new Problem(at.file(), at.line(), at.column(), at.cell(), field, null, null, message,
                Problem.Severity.NOTE));
    }

    boolean hasErrors() {
        return errors > 0;
    }

    int errorCount() {
        return errors;
    }

    /** Every listed problem, plus one per file that had more than could be listed. */
    List<Problem> problems() {
        List<Problem> out = new ArrayList<>(problems);
        perFile.forEach((file, n) -> {
            if (n[1] > 0) {
                out.add(new Problem(file, 0, 0, null, null, null, null, refused.contains(file)
                        ? n[1] + " other problems of this file are not listed (of the part read before it was refused)"
                        : n[1] + " further problems in this file are not listed (the first " + MAX_LISTED_PER_FILE
                                + " are)", Problem.Severity.ERROR));
            }
        });
        return out;
    }
}
