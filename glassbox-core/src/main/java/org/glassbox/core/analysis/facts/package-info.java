/**
 * The case resolved once for the analyses ({@link org.glassbox.core.analysis.facts.CaseFacts}) and the slice of one
 * period they read ({@link org.glassbox.core.analysis.facts.PeriodSlice}); internal to glassbox-core (not exported).
 */
package org.glassbox.core.analysis.facts;
