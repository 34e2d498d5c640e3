/** Governance subjects: who is active, their position in the interaction network (degree, betweenness, initiation, Gould–Fernandez brokerage) and when they enter, change role and leave. */
package org.glassbox.core.analysis.subjects;
