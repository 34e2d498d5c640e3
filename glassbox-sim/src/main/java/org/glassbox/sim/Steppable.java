package org.glassbox.sim;

/** Something the {@link Schedule} steps once per month (MASON's {@code sim.engine.Steppable}). */
@FunctionalInterface
interface Steppable {
    void step(int month);
}
