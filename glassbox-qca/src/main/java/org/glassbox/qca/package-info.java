/**
 * Qualitative Comparative Analysis (crisp, multi-value, fuzzy): calibration, truth tables, Boolean
 * minimisation, necessity. {@link org.glassbox.qca.Qca} is the facade; results are immutable records.
 */
package org.glassbox.qca;
