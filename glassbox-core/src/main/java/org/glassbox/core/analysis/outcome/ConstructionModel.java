package org.glassbox.core.analysis.outcome;

import java.util.Locale;

/** The digital-government construction model a case arrives at. */
public enum ConstructionModel {
    ADMINISTRATIVE, MARKET, HYBRID;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
