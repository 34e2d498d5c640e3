package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.junit.jupiter.api.Test;

class ReplicatorTest {
    /** A coordination game: both (D,X) and (C,I) strict equilibria. */
    static final Parameters BISTABLE = Parameters.defaults().with(Parameter.CONTRACT_STRENGTH, 0.7)
            .with(Parameter.ADMINISTRATIVE_PRESSURE, 0.1).with(Parameter.SUBSIDY, 0).with(Parameter.REPUTATION, 0)
            .with(Parameter.PUBLIC_PARTICIPATION, 0).with(Parameter.MUTATION, 0);

    @Test
    void theJacobianTestFindsTwoAttractorsAndASaddle() {
        Payoffs g = Payoffs.of(BISTABLE);
        // hand-computed: q = 0.1 / 0.25 = 0.4; G(D,X) = 0.3 + 0.4·1.5 = 0.9, G(C,X) = 0.7, G(D,I) = 0.75, G(C,I) = 0.9;
        // E(D,X) = 0.2, E(D,I) = −0.15·0.3 = −0.045, E(C,X) = 0.35, E(C,I) = 0.7
        assertThat(g.government(Payoffs.DIRECTIVE, Payoffs.EXECUTE)).isCloseTo(0.9, within(1e-12));
        assertThat(g.government(Payoffs.CONTRACT, Payoffs.INITIATE)).isCloseTo(0.9, within(1e-12));
        assertThat(g.enterprise(Payoffs.DIRECTIVE, Payoffs.INITIATE)).isCloseTo(-0.045, within(1e-12));
        Replicator r = new Replicator(g);
        List<Replicator.RestPoint> rp = r.restPoints();
        assertThat(rp).hasSize(5);
        assertThat(r.attractors()).extracting(Replicator.RestPoint::x, Replicator.RestPoint::y)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0.0, 0.0), org.assertj.core.groups.Tuple.tuple(1.0, 1.0));
        Replicator.RestPoint saddle = rp.get(4);
        assertThat(saddle.kind()).isEqualTo(Replicator.Kind.SADDLE);
        // y* = 0.2 / (0.2 + 0.15), x* = 0.245 / (0.245 + 0.35)
        assertThat(saddle.y()).isCloseTo(0.2 / 0.35, within(1e-9));
        assertThat(saddle.x()).isCloseTo(0.245 / 0.595, within(1e-9));
        assertThat(rp.get(1).kind()).isEqualTo(Replicator.Kind.UNSTABLE); // (0,1): both would switch
    }

    @Test
    void theOdeEndsAtTheAttractorOnEachSideOfTheSaddle() {
        Replicator r = new Replicator(Payoffs.of(BISTABLE));
        Replicator.RestPoint s = r.restPoints().get(4);
        double[] up = r.integrate(Math.min(0.99, s.x() + 0.1), Math.min(0.99, s.y() + 0.1), 400, 0.05);
        double[] down = r.integrate(Math.max(0.01, s.x() - 0.1), Math.max(0.01, s.y() - 0.1), 400, 0.05);
        assertThat(up[0]).isGreaterThan(0.99);
        assertThat(up[1]).isGreaterThan(0.99);
        assertThat(down[0]).isLessThan(0.01);
        assertThat(down[1]).isLessThan(0.01);
    }

    /**
     * The mean-field check: the agent model's imitation step in a large well-mixed population
     * (every agent's partners are the whole other population, no mutation) ends where the
     * replicator equations' stable rest points say, from either side of the saddle.
     */
    @Test
    void theSimulationsStableRestPointsAreThoseTheJacobianTestPredicts() {
        Replicator r = new Replicator(Payoffs.of(BISTABLE));
        Replicator.RestPoint s = r.restPoints().get(4);
        for (double d : new double[] {0.2, -0.2}) {
            double[] end = wellMixed(BISTABLE, s.x() + d, s.y() + d, 120, 42);
            double[] ode = r.integrate(s.x() + d, s.y() + d, 1000, 0.05);
            assertThat(end[0]).isCloseTo(Math.rint(ode[0]), within(0.05));
            assertThat(end[1]).isCloseTo(Math.rint(ode[1]), within(0.05));
        }
        // a single attractor: strong contracts, no pressure → (C,I) from anywhere, as the Jacobian test says
        Parameters market = BISTABLE.with(Parameter.CONTRACT_STRENGTH, 0.9).with(Parameter.ADMINISTRATIVE_PRESSURE, 0);
        assertThat(new Replicator(Payoffs.of(market)).attractors()).extracting(Replicator.RestPoint::x).containsExactly(1.0);
        double[] end = wellMixed(market, 0.15, 0.15, 240, 3);
        assertThat(end[0]).isGreaterThan(0.95);
        assertThat(end[1]).isGreaterThan(0.95);
    }

    /** Final (contract share, initiate share) of a well-mixed run: n governments, n enterprises, all partnered. */
    static double[] wellMixed(Parameters p, double x0, double y0, int years, long seed) {
        int n = 150;
        List<Actor> actors = new ArrayList<>();
        char[] side = new char[2 * n];
        double[] coop = new double[2 * n];
        int[][] partners = new int[2 * n][];
        int[] govs = new int[n];
        int[] ents = new int[n];
        for (int i = 0; i < n; i++) {
            actors.add(new Actor("g" + i, "g" + i, "government"));
            govs[i] = i;
            side[i] = 'G';
            coop[i] = i < Math.round(x0 * n) ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            actors.add(new Actor("e" + i, "e" + i, "private-enterprise"));
            ents[i] = n + i;
            side[n + i] = 'E';
            coop[n + i] = i < Math.round(y0 * n) ? 1 : 0;
        }
        for (int i = 0; i < n; i++) {
            partners[i] = ents;
            partners[n + i] = govs;
        }
        double[] prop = new double[2 * n];
        Arrays.fill(prop, 0.0);
        YearMonth start = YearMonth.of(2000, 1);
        Phase phase = new Phase("all", "all", PartialDate.ofMonth(2000, 1), PartialDate.ofMonth(2000 + years - 1, 12));
        InitialState s = new InitialState("wm", "well mixed", actors, side, List.of(), coop, partners, prop, 0.1, 0, 0, 0,
                0, -1, -1, start, List.of(phase), Codebook.defaults());
        Model m = new Model(s, p.with(Parameter.REVISION_RATE, 0.5), new SplittableRandom(seed)).run();
        int last = m.contractShare.length - 1;
        return new double[] {m.contractShare[last], m.initiateShare[last]};
    }
}
