package org.glassbox.core.analysis.subjects;

/**
 * How betweenness was computed in a period: exactly (all sources) or from a seeded sample of
 * sources (Brandes &amp; Pich 2007), with the estimated standard error.
 *
 * @param nodes         actors in the interaction network
 * @param sources       sources used (= nodes when exact)
 * @param sampled       whether the sources were sampled
 * @param seed          seed of the sample
 * @param standardError largest estimated standard error of a listed subject's normalised betweenness (0 when exact)
 */
public record BetweennessEstimate(int nodes, int sources, boolean sampled, long seed, double standardError) {
}
