package org.glassbox.core.analysis.outcome;

import java.util.Locale;

/** The links of the evidence chain structure → subjects → mechanism → model. */
public enum EvidenceLayer {
    STRUCTURE, SUBJECTS, MECHANISM, MODEL;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
