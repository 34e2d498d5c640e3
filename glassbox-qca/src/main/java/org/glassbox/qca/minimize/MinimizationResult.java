package org.glassbox.qca.minimize;

import java.util.List;

/**
 * A minimised truth table: every minimal model, with evidence.
 *
 * @param outcome       outcome as written (e.g. {@code ~SURV})
 * @param models        all equally minimal models, in the reference's order (M1, M2, ...)
 * @param overall       fit of the union of the models' terms (covU within that union)
 * @param essential     essential prime implicants
 * @param primes        all prime implicants, in the reference's order
 * @param initials      the positive configurations minimised, as terms, by row number
 * @param casesOut1     number of cases in positive rows
 * @param casesOut0     number of cases in negative rows
 * @param casesOutC     number of cases in contradictory rows
 * @param casesTotal    number of cases
 * @param intermediate  intermediate solutions, one per pair of complex and parsimonious model
 * @param truncated     true when {@link MinimizeOptions#modelLimit()} stopped the enumeration of models
 */
public record MinimizationResult(String outcome, List<Model> models, List<TermFit> overall,
                                 List<String> essential, List<String> primes, List<String> initials,
                                 int casesOut1, int casesOut0, int casesOutC, int casesTotal,
                                 List<IntermediateSolution> intermediate, boolean truncated) {
    public MinimizationResult {
        models = List.copyOf(models);
        overall = List.copyOf(overall);
        essential = List.copyOf(essential);
        primes = List.copyOf(primes);
        initials = List.copyOf(initials);
        intermediate = List.copyOf(intermediate);
    }
}
