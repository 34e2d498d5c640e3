/** Glassbox report. */
package org.glassbox.report;
