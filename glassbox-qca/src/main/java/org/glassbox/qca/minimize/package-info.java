/** Boolean minimisation of truth tables: prime implicants, prime implicant charts, complex, parsimonious and intermediate solutions. */
package org.glassbox.qca.minimize;
