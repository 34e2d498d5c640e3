package org.glassbox.qca.minimize;

import java.util.List;
import org.glassbox.qca.SufficiencyFit;

/**
 * One minimal sum of prime implicants (a model, M1..Mn in the reference).
 *
 * @param terms                   terms in the reference's notation and order
 * @param termFits                fit of each term, covU within this model
 * @param fit                     inclS, PRI and covS of the whole model (covU NaN)
 * @param simplifyingAssumptions  row numbers of the logical remainders the model covers
 */
public record Model(List<String> terms, List<TermFit> termFits, SufficiencyFit fit, List<Long> simplifyingAssumptions) {
    public Model {
        terms = List.copyOf(terms);
        termFits = List.copyOf(termFits);
        simplifyingAssumptions = simplifyingAssumptions instanceof RowNumbers ? simplifyingAssumptions : List.copyOf(simplifyingAssumptions);
    }

    /** The model as an expression, e.g. {@code A*B + ~C}. */
    public String expression() {
        return String.join(" + ", terms);
    }
}
