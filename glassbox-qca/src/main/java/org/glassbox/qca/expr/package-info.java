/** Boolean expressions in the reference notation ({@code A*~B + C}, multi-value {@code A[1]}): implicants, parsing, printing, evaluation. */
package org.glassbox.qca.expr;
