package org.glassbox.core.process;

/**
 * Variant overlap of two logs: distinct variants of each, variants in both, Jaccard index
 * (shared / union), and the share of each log's cases that follow a shared variant.
 */
public record VariantOverlap(int logA, int logB, int variantsA, int variantsB, int shared, double jaccard,
                             double casesOfACovered, double casesOfBCovered) {
}
