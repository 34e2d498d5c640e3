/**
 * The lossless mapping between a coded case and an OCEL 2.0 log, one class a direction; it sits above
 * both {@code io.caseformat} and {@code io.ocel}, which know nothing of each other.
 */
package org.glassbox.io.interchange;
