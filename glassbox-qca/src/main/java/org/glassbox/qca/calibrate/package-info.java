/** Calibration of raw values into set memberships: crisp and multi-value thresholds, the direct method (logistic, linear, bell, trapezoid, ecdf), the indirect method, threshold finding. */
package org.glassbox.qca.calibrate;
