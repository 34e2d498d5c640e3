/** Sensitivity of the verdicts: each codebook threshold moved ±20 %, the verdicts re-run, the flips listed. */
package org.glassbox.core.analysis.sensitivity;
