/**
 * From the analyses of many cases to a QCA solution: {@link org.glassbox.app.qca.ComparisonQca} builds the data table from
 * paths into each case's analysis JSON, calibrates it, and returns the truth table, the solutions and their XY plots.
 */
package org.glassbox.app.qca;
