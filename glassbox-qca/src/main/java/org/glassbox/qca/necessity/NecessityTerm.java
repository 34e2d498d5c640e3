package org.glassbox.qca.necessity;

import org.glassbox.qca.NecessityFit;

/** A set (condition, conjunction or disjunction) in the reference's notation with its necessity fit. */
public record NecessityTerm(String term, NecessityFit fit) {}
