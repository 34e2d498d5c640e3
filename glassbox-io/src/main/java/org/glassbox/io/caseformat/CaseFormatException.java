package org.glassbox.io.caseformat;

import java.util.List;

/**
 * A case that cannot be loaded: carries every problem of every file (errors and notes), each with
 * its position. Nothing of such a case is returned.
 */
public final class CaseFormatException extends Exception {
    private final transient List<Problem> problems;

    public CaseFormatException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order (errors and notes). */
    public List<Problem> problems() {
        return problems;
    }

    /** Only the errors. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    private static String summary(List<Problem> problems) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (errors.isEmpty()) {
            return "the case has problems";
        }
        String first = errors.get(0).format();
        return errors.size() == 1 ? first : first + " (and " + (errors.size() - 1) + " more problems)";
    }
}
