package org.glassbox.qca.minimize;

import org.glassbox.qca.SufficiencyFit;

/**
 * One term of a solution with its parameters of fit.
 *
 * @param term  the term in the reference's notation
 * @param fit   inclS, PRI, covS and covU (covU NaN for a model's only term)
 * @param cases cases of the positive rows the term covers: a row's cases joined by ",", rows by "; "
 */
public record TermFit(String term, SufficiencyFit fit, String cases) {}
