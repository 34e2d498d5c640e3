/** The structure layer: vertical supervision, horizontal information barriers, unity of command vs dual authority, and the structure type, from the ties valid in a period. */
package org.glassbox.core.analysis.structure;
