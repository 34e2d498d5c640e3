package org.glassbox.qca.minimize;

import java.util.List;

/**
 * The intermediate solution derived from one complex model Ci and one parsimonious model Pj
 * ("CiPj" in the reference).
 *
 * @param label       e.g. {@code C1P2}
 * @param complex     terms of the complex model
 * @param parsimonious terms of the parsimonious model
 * @param primes      the intermediate implicants
 * @param essential   the essential ones among them
 * @param models      the minimal intermediate models
 * @param overall     fit of the union of the models' terms, covU within that union (when several models)
 * @param easy        easy counterfactuals: remainders the intermediate models use
 * @param difficult   difficult counterfactuals: remainders of the parsimonious model not used
 */
public record IntermediateSolution(String label, List<String> complex, List<String> parsimonious,
                                   List<String> primes, List<String> essential, List<Model> models,
                                   List<TermFit> overall, List<Long> easy, List<Long> difficult) {
    public IntermediateSolution {
        complex = List.copyOf(complex);
        parsimonious = List.copyOf(parsimonious);
        primes = List.copyOf(primes);
        essential = List.copyOf(essential);
        models = List.copyOf(models);
        overall = List.copyOf(overall);
        easy = List.copyOf(easy);
        difficult = List.copyOf(difficult);
    }
}
