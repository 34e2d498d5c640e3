package org.glassbox.core.analysis.subjects;

import java.util.Locale;

/**
 * Gould &amp; Fernandez (1989) brokerage roles of b on a two-path a → b → c (a and c not tied
 * a → c), by the sectors of a, b and c.
 */
public enum BrokerageRole {
    /** a, b, c in one sector. */
    COORDINATOR,
    /** a and c in one sector, b outside it (itinerant broker). */
    CONSULTANT,
    /** b and c in one sector, a outside: b guards access to its sector. */
    GATEKEEPER,
    /** a and b in one sector, c outside: b speaks for its sector. */
    REPRESENTATIVE,
    /** a, b, c in three different sectors. */
    LIAISON;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
