/** Tables for a paper: one {@link org.glassbox.io.table.Table}, written as CSV, LaTeX (booktabs) and Word (.docx). */
package org.glassbox.io.table;
