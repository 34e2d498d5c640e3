package org.glassbox.store;

import java.util.List;

/** A write or an import that would break the case format; nothing was written. */
public final class InvalidCaseException extends StoreException {
    private static final long serialVersionUID = 1L;
    private final transient List<RowProblem> problems;

    public InvalidCaseException(List<RowProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the case"
                + (problems.isEmpty() ? "" : ": " + problems.get(0).message()));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
