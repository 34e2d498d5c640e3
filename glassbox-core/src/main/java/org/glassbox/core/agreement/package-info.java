/**
 * Coder agreement (reliability) coefficients: percent agreement, Cohen's κ, Krippendorff's α at
 * every level of measurement (and with the MASI distance for sets), its bootstrap interval, and
 * Krippendorff's unitized α for coded passages of a continuum. Pure arithmetic, no I/O.
 */
package org.glassbox.core.agreement;
