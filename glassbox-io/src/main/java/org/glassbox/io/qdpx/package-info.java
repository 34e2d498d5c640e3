/**
 * REFI-QDA exchange (QDA-XML 1.0, {@code .qdpx}): a case to a project other QDA tools open, and a project back
 * to a case — {@link org.glassbox.io.qdpx.Qdpx} is the facade.
 */
package org.glassbox.io.qdpx;
