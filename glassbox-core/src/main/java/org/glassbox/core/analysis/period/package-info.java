/** Periods of a case: calendar years, coded phases, and phases found as change points (temporal bracketing). */
package org.glassbox.core.analysis.period;
