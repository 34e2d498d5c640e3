package org.glassbox.core.agreement.cases;

import java.util.Objects;

/**
 * What of one field the coefficients leave out because it was the matching key: a version's event
 * matched to its unit by date + initiators + type agrees with it on those fields by construction
 * (see {@link CaseAgreement}).
 *
 * @param units  units not in the field's coefficients: fewer than two of their values were left
 *               after the matching key's values were taken out
 * @param values values taken out of units that still count (a version's event matched by key to a
 *               unit other versions share by id; three or more coders)
 */
public record LeftOut(String field, int units, int values) {
    public LeftOut {
        Objects.requireNonNull(field, "field");
    }

    /** The reason, in words. */
    public static final String REASON = "matched by date + initiator + type: the field is part of the matching key";
}
