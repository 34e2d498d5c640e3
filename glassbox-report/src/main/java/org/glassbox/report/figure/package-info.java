/** The report's charts as files for a paper: SVG and 300 dpi PNG drawn in Java from the data the report's page draws. */
package org.glassbox.report.figure;
