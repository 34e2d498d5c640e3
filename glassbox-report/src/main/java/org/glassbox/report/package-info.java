/** The self-contained HTML report of a case or a comparison: {@link org.glassbox.report.HtmlReport} is the facade. */
package org.glassbox.report;
