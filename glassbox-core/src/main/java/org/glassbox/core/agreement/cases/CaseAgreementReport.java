package org.glassbox.core.agreement.cases;

import java.util.List;
import org.glassbox.core.agreement.FieldAgreement;

/**
 * The agreement of coders' versions of one case: the matching of their events, the coefficients
 * per field (in a fixed field order), every disagreement on a field of a matched event, and per
 * field (in the order of {@code fields}) what the coefficients leave out as the matching key.
 */
public record CaseAgreementReport(List<String> coders, EventMatching matching, List<FieldAgreement> fields,
                                  List<Disagreement> disagreements, List<LeftOut> leftOut) {
    public CaseAgreementReport {
        coders = List.copyOf(coders);
        fields = List.copyOf(fields);
        disagreements = List.copyOf(disagreements);
        leftOut = List.copyOf(leftOut);
        if (leftOut.size() != fields.size()) {
            throw new IllegalArgumentException(leftOut.size() + " left-out counts for " + fields.size() + " fields");
        }
    }

    /** What the coefficients of {@code field} leave out. */
    public LeftOut leftOut(String field) {
        return leftOut.stream().filter(l -> l.field().equals(field)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + field));
    }

    /**
     * Every disagreement to adjudicate: on a field of a matched event ({@link #disagreements()}) or on
     * whether an event exists ({@link EventMatching#unitizingDisagreements()}).
     */
    public long allDisagreements() {
        return disagreements.size() + matching.unitizingDisagreements();
    }
}
