package org.glassbox.sim;

import org.glassbox.core.model.Case;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.EventType;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Side;

/**
 * The strategy rule of the initial state (docs/simulation.md §5), tallied per actor over the events {@link #add}ed:
 * the one place the rule is written, read by {@link Calibration} for the first phase's agents and by
 * {@link PhaseFigures} for every phase of the coded case and of each run.
 * <ul>
 * <li>a government-side actor's initiations with an enterprise, and how many of them were not top-down (an
 *     enterprise took part other than as a target); it is <em>contracting</em> when at least half were;</li>
 * <li>an enterprise-side actor is <em>initiating</em> when it initiated an event with a government-side actor or
 *     took part (not as a target) in a decision event; <em>active</em> when it took part in any event.</li>
 * </ul>
 * Only the actors marked present count, as initiators and as participants; an event whose initiator is not present
 * is not read (the calibration's agents are the actors present by the first phase's end). Indexed by the case's
 * actor index.
 */
final class StrategyTally {
    private final Case c;
    private final Side[] side;
    private final boolean[] present;
    private final int[] towardsEnterprise;
    private final int[] notTopDown;
    private final boolean[] active;
    private final boolean[] initiating;

    /** An empty tally over {@code c}'s actors, counting those {@code present} marks (null: all). */
    StrategyTally(Case c, boolean[] present) {
        this.c = c;
        int n = c.actors().size();
        this.side = new Side[n];
        for (int k = 0; k < n; k++) {
            side[k] = c.codebook().side(c.actors().get(k).sector());
        }
        if (present == null) {
            present = new boolean[n];
            java.util.Arrays.fill(present, true);
        }
        this.present = present;
        this.towardsEnterprise = new int[n];
        this.notTopDown = new int[n];
        this.active = new boolean[n];
        this.initiating = new boolean[n];
    }

    /** The tally over the events of {@code c} dated in [from, to), counting the actors {@code present} marks. */
    static StrategyTally over(Case c, boolean[] present, long from, long to) {
        StrategyTally s = new StrategyTally(c, present);
        EventStore ev = c.events();
        for (int i = 0; i < ev.size(); i++) {
            long t = ev.time(i);
            if (t != EventStore.MISSING_TIME && t >= from && t < to) {
                s.add(i);
            }
        }
        return s;
    }

    /** Adds event {@code i} of the case's event store. */
    void add(int i) {
        EventStore ev = c.events();
        int init = -1;
        for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
            int a = ev.actorAt(k);
            if (!present[a]) {
                continue;
            }
            active[a] = true;
            if (ev.roleAt(k) == Role.INITIATOR) {
                init = a;
            }
        }
        if (init < 0) {
            return;
        }
        EventType et = c.codebook().eventType(ev.typeName(i));
        boolean decision = et != null && et.decision();
        boolean enterprise = false;
        boolean enterpriseTakesPart = false;
        boolean government = false;
        for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
            int a = ev.actorAt(k);
            if (a == init || !present[a]) {
                continue;
            }
            if (side[a] == Side.ENTERPRISE) {
                enterprise = true;
                if (ev.roleAt(k) != Role.TARGET) {
                    enterpriseTakesPart = true;
                    initiating[a] |= decision;
                }
            } else if (side[a] == Side.GOVERNMENT) {
                government = true;
            }
        }
        if (side[init] == Side.GOVERNMENT && enterprise) {
            towardsEnterprise[init]++;
            notTopDown[init] += enterpriseTakesPart ? 1 : 0;
        } else if (side[init] == Side.ENTERPRISE && government) {
            initiating[init] = true;
        }
    }

    /** Actor {@code a}'s initiations with an enterprise (government side). */
    int towardsEnterprise(int a) {
        return towardsEnterprise[a];
    }

    /** How many of {@link #towardsEnterprise} had an enterprise taking part other than as a target. */
    int notTopDown(int a) {
        return notTopDown[a];
    }

    /** Whether at least half of {@code a}'s initiations with an enterprise were not top-down (false when it had none). */
    boolean contracting(int a) {
        return towardsEnterprise[a] > 0 && 2 * notTopDown[a] >= towardsEnterprise[a];
    }

    /** Whether {@code a} took part in an event. */
    boolean active(int a) {
        return active[a];
    }

    /** Whether {@code a} initiated with government or took part, not as a target, in a decision (enterprise side). */
    boolean initiating(int a) {
        return initiating[a];
    }

    /**
     * {@link PhaseFigures#STRATEGIES}: the share of government-side actors with an initiation towards an enterprise
     * that are contracting, and of active enterprise-side actors that are initiating; NaN when there is no such actor.
     */
    double[] shares() {
        int govs = 0;
        int contracting = 0;
        int ents = 0;
        int initiatingEnts = 0;
        for (int k = 0; k < side.length; k++) {
            if (side[k] == Side.GOVERNMENT && towardsEnterprise[k] > 0) {
                govs++;
                contracting += contracting(k) ? 1 : 0;
            } else if (side[k] == Side.ENTERPRISE && active[k]) {
                ents++;
                initiatingEnts += initiating[k] ? 1 : 0;
            }
        }
        return new double[] {govs == 0 ? Double.NaN : (double) contracting / govs, ents == 0 ? Double.NaN : (double) initiatingEnts / ents};
    }
}
