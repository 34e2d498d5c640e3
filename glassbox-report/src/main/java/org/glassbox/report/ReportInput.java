package org.glassbox.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glassbox.core.analysis.CaseAnalysis;
import org.glassbox.core.analysis.Comparison;
import org.glassbox.core.model.Case;

/**
 * What a report shows: one or more cases, each with its analysis when there is one, and the
 * comparison when the cases are compared. Sections that need the analysis say so when it is absent.
 *
 * @param cases      the cases in the order shown (side by side when more than one)
 * @param comparison the comparison of the cases' analyses, or null
 */
public record ReportInput(List<Entry> cases, Comparison comparison) {

    /** One case and its analysis (null when not analysed). */
    public record Entry(Case kase, CaseAnalysis analysis) {
        public Entry {
            Objects.requireNonNull(kase, "kase");
            if (analysis != null && !analysis.caseId().equals(kase.id())) {
                throw new IllegalArgumentException("analysis of " + analysis.caseId() + " given for case " + kase.id());
            }
        }
    }

    public ReportInput {
        cases = List.copyOf(cases);
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one case");
        }
    }

    /** One case, not analysed: the sections that need only the case. */
    public static ReportInput of(Case kase) {
        return new ReportInput(List.of(new Entry(kase, null)), null);
    }

    /** One analysed case. */
    public static ReportInput of(Case kase, CaseAnalysis analysis) {
        return new ReportInput(List.of(new Entry(kase, analysis)), null);
    }

    /**
     * Compared cases: {@code cases.get(i)} is the case of {@code comparison.cases().get(i)}.
     *
     * @throws IllegalArgumentException when the lists do not match
     */
    public static ReportInput of(List<Case> cases, Comparison comparison) {
        if (cases.size() != comparison.cases().size()) {
            throw new IllegalArgumentException(cases.size() + " cases for a comparison of " + comparison.cases().size());
        }
        List<Entry> e = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            e.add(new Entry(cases.get(i), comparison.cases().get(i)));
        }
        return new ReportInput(e, comparison);
    }
}
