package org.glassbox.io.caseformat;

import java.util.List;

/**
 * A reliability table that cannot be read: every problem, each with its file, line and column.
 * Nothing of such a table is returned.
 */
public final class ReliabilityTableException extends Exception {
    private final transient List<Problem> problems;

    public ReliabilityTableException(List<Problem> problems) {
        super(problems.isEmpty() ? "the table has problems" : problems.get(0).format()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
