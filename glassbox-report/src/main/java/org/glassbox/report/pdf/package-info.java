/** The report as a PDF: the self-contained HTML printed by headless Chromium with the report's print stylesheet. */
package org.glassbox.report.pdf;
