package org.glassbox.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glassbox.core.analysis.facts.CaseFacts;
import org.glassbox.core.analysis.facts.PeriodSlice;
import org.glassbox.core.analysis.period.Period;
import org.glassbox.core.analysis.period.PeriodKind;
import org.glassbox.core.analysis.period.Periods;
import org.glassbox.core.analysis.structure.PeriodNetwork;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Phase;

/**
 * The periods the report steps through and the export writes, each with its network — the one
 * place that chooses them.
 *
 * <ul>
 * <li><b>Phases</b>: the analysis's phases when it has any, else case.yaml's.</li>
 * <li><b>Years</b>: the analysis's years, else the calendar years of the case ({@link Periods#years}:
 * case.yaml's period, else the years of its dated events).</li>
 * <li><b>Steps</b> (the report's timeline): the phases, else the years.</li>
 * </ul>
 * With an analysis the periods and networks are the analysis's own ({@link PeriodAnalysis#network()});
 * without one (a case shown before it is analysed) they are computed from the case under its codebook.
 */
public final class ShownPeriods {
    private ShownPeriods() {
    }

    /** The phases of {@code c}: {@code analysis}'s (may be null) when it has any, else case.yaml's. */
    public static List<ShownPeriod> phases(Case c, CaseAnalysis analysis) {
        Objects.requireNonNull(c, "case");
        if (analysis != null && !analysis.phases().isEmpty()) {
            return of(analysis.phases());
        }
        List<Phase> coded = c.info().phases();
        if (coded.isEmpty()) {
            return List.of();
        }
        CaseFacts f = new CaseFacts(c, c.codebook());
        List<ShownPeriod> out = new ArrayList<>();
        for (Phase p : coded) {
            out.add(shown(f, Periods.period(f, p.id(), p.name() == null ? p.id() : p.name(), PeriodKind.CODED_PHASE,
                    p.start(), p.end())));
        }
        return out;
    }

    /** The calendar years of {@code c}: {@code analysis}'s (may be null), else {@link Periods#years}. */
    public static List<ShownPeriod> years(Case c, CaseAnalysis analysis) {
        Objects.requireNonNull(c, "case");
        if (analysis != null) {
            return of(analysis.years());
        }
        CaseFacts f = new CaseFacts(c, c.codebook());
        List<ShownPeriod> out = new ArrayList<>();
        for (Period p : Periods.years(f)) {
            out.add(shown(f, p));
        }
        return out;
    }

    /** The report's steps: the {@link #phases} when there are any, else the {@link #years}. */
    public static List<ShownPeriod> steps(Case c, CaseAnalysis analysis) {
        List<ShownPeriod> phases = phases(c, analysis);
        return phases.isEmpty() ? years(c, analysis) : phases;
    }

    private static List<ShownPeriod> of(List<PeriodAnalysis> periods) {
        return periods.stream().map(p -> new ShownPeriod(p.period(), p.network())).toList();
    }

    private static ShownPeriod shown(CaseFacts f, Period p) {
        return new ShownPeriod(p, PeriodNetwork.of(f, new PeriodSlice(f, p)));
    }
}
