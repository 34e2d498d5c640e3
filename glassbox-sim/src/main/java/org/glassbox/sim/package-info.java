/** "What if": an agent-based simulation of a case's governance subjects whose runs are cases (docs/simulation.md); facade {@link org.glassbox.sim.Simulation}. */
package org.glassbox.sim;
