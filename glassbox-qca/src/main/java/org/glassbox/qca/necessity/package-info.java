/** Necessity: parameters of fit (inclN, RoN, covN) and the superSubset search for necessary conjunctions and disjunctions. */
package org.glassbox.qca.necessity;
