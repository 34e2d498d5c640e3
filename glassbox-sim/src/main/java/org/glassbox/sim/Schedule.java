package org.glassbox.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The discrete-time schedule of one run (after MASON's {@code sim.engine.Schedule}): time is a
 * month index 0, 1, 2, …; every month each registered {@link Steppable} is stepped once.
 *
 * <p><b>Ordering and tie-breaking.</b> Within a month, steppables run by ascending
 * <em>ordering</em> (an int given at registration). Steppables of the same ordering run in an
 * order drawn afresh each month by a Fisher–Yates shuffle with the run's own generator (the
 * shuffle draws exactly n−1 numbers for n steppables, so the run's random stream does not depend
 * on anything but the seed and the registrations). A steppable registered with
 * {@code shuffled = false} is stepped in registration order instead, after nothing and before
 * nothing else of its ordering changes (used for the single-steppable orderings). There is no
 * global state: two schedules never share a generator.
 */
final class Schedule {
    private final SplittableRandom random;
    private final TreeMap<Integer, List<Steppable>> byOrdering = new TreeMap<>();
    private final TreeMap<Integer, Boolean> shuffle = new TreeMap<>();
    private int month;

    Schedule(SplittableRandom random) {
        this.random = random;
    }

    /** Registers {@code s} to be stepped every month at {@code ordering}. */
    void add(int ordering, boolean shuffled, Steppable s) {
        byOrdering.computeIfAbsent(ordering, k -> new ArrayList<>()).add(s);
        shuffle.merge(ordering, shuffled, (a, b) -> a && b);
    }

    /** The month the next {@link #step} runs. */
    int month() {
        return month;
    }

    /** Runs one month: every ordering in ascending order, each one's steppables shuffled (or in registration order). */
    void step() {
        for (var e : byOrdering.entrySet()) {
            List<Steppable> list = e.getValue();
            if (shuffle.get(e.getKey()) && list.size() > 1) {
                Steppable[] a = list.toArray(new Steppable[0]);
                for (int i = a.length - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    Steppable t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                }
                for (Steppable s : a) {
                    s.step(month);
                }
            } else {
                for (Steppable s : list) {
                    s.step(month);
                }
            }
        }
        month++;
    }
}
