/**
 * Synthetic cases: valid cases of any size for benchmarks, and cases drawn from a stated
 * generating process with known ground truth for accuracy experiments. Pure and seeded.
 */
package org.glassbox.core.generate;
