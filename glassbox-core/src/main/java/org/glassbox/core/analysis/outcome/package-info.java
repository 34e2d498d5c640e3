/** Outcomes: the process evolution pattern, the construction model with its evidence chain, and indicator series against the phases. */
package org.glassbox.core.analysis.outcome;
