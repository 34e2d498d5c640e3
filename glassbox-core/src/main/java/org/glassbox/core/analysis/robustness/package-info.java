/** Stability of the verdicts: a seeded bootstrap over events and ties re-weighting the per-period counts, and the data-side exclusions. */
package org.glassbox.core.analysis.robustness;
