package org.glassbox.report;

import java.util.Objects;

/**
 * How a report is written.
 *
 * @param language        language of every label and generated sentence; actor names use name_zh in {@code ZH}
 * @param lanes           timeline swimlanes by sector or by actor
 * @param maxEvents       most events per case drawn and listed (larger cases are cut, and the report says so)
 * @param glassboxVersion shown in the footer when the report holds no analysis provenance
 */
public record ReportOptions(Language language, Lanes lanes, int maxEvents, String glassboxVersion) {
    public ReportOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(lanes, "lanes");
        Objects.requireNonNull(glassboxVersion, "glassboxVersion");
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be ≥ 1, was " + maxEvents);
        }
    }

    /** English, lanes by sector, at most 5,000 events per case drawn and listed. */
    public static ReportOptions defaults(String glassboxVersion) {
        return new ReportOptions(Language.EN, Lanes.SECTOR, 5_000, glassboxVersion);
    }

    public ReportOptions withLanguage(Language l) {
        return new ReportOptions(l, lanes, maxEvents, glassboxVersion);
    }

    public ReportOptions withLanes(Lanes l) {
        return new ReportOptions(language, l, maxEvents, glassboxVersion);
    }

    public ReportOptions withMaxEvents(int n) {
        return new ReportOptions(language, lanes, n, glassboxVersion);
    }
}
