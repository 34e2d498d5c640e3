package org.glassbox.sim;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Tie;

/**
 * Where every run starts (docs/simulation.md, "Initialization"): the agents with their sides,
 * the ties valid at the start, each agent's probability of starting with the cooperative
 * strategy (contract for a government agent, initiate for an enterprise agent: 1 or 0 when the
 * first phase shows it, the population share otherwise), interaction partners, monthly event
 * propensities, and the calendar the runs are cut into.
 *
 * @param side            per actor: 'G' government side, 'E' enterprise side, 'O' other
 * @param cooperative     per actor: probability of starting with C (government) or I (enterprise); ignored for 'O'
 * @param partners        per actor: interaction partners (codes), the other side first for G and E
 * @param propensity      per actor: events initiated per month with the cooperative strategy
 * @param executePropensity events per month of an execute-only enterprise, relative to its propensity
 * @param toEnterprise    share of a government agent's initiations that go to an enterprise partner
 * @param toOther         share that go to an actor of neither side
 * @param invite          probability that a contracting government brings an enterprise into an internal decision event
 * @param head            the government actor at the top of the command hierarchy
 * @param coordinator     an existing cross-cutting coordinator (leading group, JV operator), or −1
 * @param anchorEnterprise the state-owned enterprise that co-founds a joint venture (or the first enterprise), or −1
 * @param start           the first month of the runs
 * @param phases          the phases a run case is cut into (the run's horizon ends with the last)
 * @param mix             which event type an initiation is, per channel (estimated from the calibration window)
 */
public record InitialState(String caseId, String caseName, List<Actor> actors, char[] side, List<Tie> ties,
                           double[] cooperative, int[][] partners, double[] propensity, double executePropensity,
                           double toEnterprise, double toOther, double invite, int head, int coordinator, int anchorEnterprise,
                           YearMonth start, List<Phase> phases, Codebook codebook, EventMix mix) {
    public InitialState {
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseName, "caseName");
        actors = List.copyOf(actors);
        ties = List.copyOf(ties);
        phases = List.copyOf(phases);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(codebook, "codebook");
        int n = actors.size();
        if (side.length != n || cooperative.length != n || partners.length != n || propensity.length != n) {
            throw new IllegalArgumentException("per-actor arrays must have one entry per actor (" + n + ")");
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("at least one phase");
        }
        if (!(invite >= 0 && invite <= 1)) {
            throw new IllegalArgumentException("invite must be in [0, 1]: " + invite);
        }
        if (head < 0 || head >= n || side[head] != 'G') {
            throw new IllegalArgumentException("head must be a government-side actor");
        }
        side = side.clone();
        cooperative = cooperative.clone();
        propensity = propensity.clone();
        partners = partners.clone();
    }

    /** With the fixed event-type lists of §4 (a hand-made initial state). */
    public InitialState(String caseId, String caseName, List<Actor> actors, char[] side, List<Tie> ties,
                        double[] cooperative, int[][] partners, double[] propensity, double executePropensity,
                        double toEnterprise, double toOther, double invite, int head, int coordinator, int anchorEnterprise,
                        YearMonth start, List<Phase> phases, Codebook codebook) {
        this(caseId, caseName, actors, side, ties, cooperative, partners, propensity, executePropensity, toEnterprise, toOther,
                invite, head, coordinator, anchorEnterprise, start, phases, codebook, EventMix.fixed());
    }

    /** Months from the start to the end of the last phase. */
    public int months() {
        Phase last = phases.get(phases.size() - 1);
        YearMonth end = YearMonth.from(last.end().endExclusive().minusDays(1));
        return (int) (java.time.temporal.ChronoUnit.MONTHS.between(start, end) + 1);
    }

    /** The same state cut into other phases (another horizon). */
    public InitialState withPhases(List<Phase> p) {
        return new InitialState(caseId, caseName, actors, side, ties, cooperative, partners, propensity,
                executePropensity, toEnterprise, toOther, invite, head, coordinator, anchorEnterprise, start, p, codebook, mix);
    }
}
