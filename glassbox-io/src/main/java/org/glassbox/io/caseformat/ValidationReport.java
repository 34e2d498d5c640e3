package org.glassbox.io.caseformat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CaseReader#validate(Path)} found in one case: every problem (errors and notes) in
 * file order.
 */
public record ValidationReport(Path path, List<Problem> problems) {
    public ValidationReport {
        Objects.requireNonNull(path, "path");
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> notes() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** True when nothing would stop the case from loading (notes allowed). */
    public boolean isClean() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
