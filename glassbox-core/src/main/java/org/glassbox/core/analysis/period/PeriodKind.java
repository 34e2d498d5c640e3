package org.glassbox.core.analysis.period;

import java.util.Locale;

/** What a period is: a calendar year, a phase of case.yaml, or a phase found by change-point detection. */
public enum PeriodKind {
    YEAR, CODED_PHASE, DETECTED_PHASE;

    /** {@code year}, {@code coded-phase}, {@code detected-phase}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
