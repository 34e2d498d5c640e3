package org.glassbox.core.agreement.cases;

import java.util.List;
import org.glassbox.core.agreement.FieldAgreement;

/**
 * The agreement of coders' versions of one case: the matching of their events, the coefficients
 * per field (in a fixed field order), and every disagreement.
 */
public record CaseAgreementReport(List<String> coders, EventMatching matching, List<FieldAgreement> fields,
                                  List<Disagreement> disagreements) {
    public CaseAgreementReport {
        coders = List.copyOf(coders);
        fields = List.copyOf(fields);
        disagreements = List.copyOf(disagreements);
    }
}
