/**
 * The Glassbox case format, version 1 and 1.1: reading a case folder, its zip or one workbook into a
 * {@link org.glassbox.core.model.Case} with every problem reported at once, and writing a case back.
 */
package org.glassbox.io.caseformat;
