package org.glassbox.core.analysis.structure;

import java.util.Locale;

/** The organisational structure of a period (FRAMEWORK.md, layer 1). */
public enum StructureType {
    /** Unity of command; functional units guide but do not command. */
    LINEAR_FUNCTIONAL,
    /** A substantial share of actors under dual authority (line/ownership and a cross-cutting coordinator). */
    MATRIX,
    /** Mostly lateral ties, little authority. */
    NETWORK,
    /** No rule fired (e.g. no ties valid in the period). */
    UNCLASSIFIED;

    /** {@code linear-functional}, {@code matrix}, {@code network}, {@code unclassified}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
