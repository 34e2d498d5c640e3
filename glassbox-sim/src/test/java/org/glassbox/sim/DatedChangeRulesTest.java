package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Tie;
import org.junit.jupiter.api.Test;

/**
 * The rules added on 2026-12-03 (docs/simulation.md §4): reassessment after a dated change of constraints
 * (governments in the month it comes into force, enterprises the month after), coordination ties read on the
 * governments' chosen strategies (T2), and a joint venture taken under command that stops coordinating (T3b).
 */
class DatedChangeRulesTest {
    /** Contracting pays against everything: strong contracts, no assessment; nobody revises unless reassessing. */
    static final Parameters MARKET = Parameters.defaults().with(Parameter.CONTRACT_STRENGTH, 1).with(Parameter.ADMINISTRATIVE_PRESSURE, 0)
            .with(Parameter.MUTATION, 0).with(Parameter.REVISION_RATE, 0).with(Parameter.CONTRACT_TERM, 1);
    /** Directing pays against everything (as in TieRulesTest); still no ordinary revision. */
    static final Parameters DIRECTING = TieRulesTest.DIRECTING.with(Parameter.REVISION_RATE, 0);

    static final List<Phase> TWO_PHASES = List.of(new Phase("p1", "first", PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2020, 12)),
            new Phase("p2", "second", PartialDate.ofMonth(2021, 1), PartialDate.ofMonth(2021, 12)));

    /** Four governments starting contracting (or directing) and one firm starting initiating (or executing); no tie. */
    static InitialState population(double governmentsContract, double firmInitiates) {
        List<Actor> actors = List.of(new Actor("g0", "Head", "government"), new Actor("g1", "Dept 1", "government"),
                new Actor("g2", "Dept 2", "government"), new Actor("g3", "Dept 3", "government"), new Actor("e", "Firm", "private-enterprise"));
        double c = governmentsContract;
        return new InitialState("t", "t", actors, new char[] {'G', 'G', 'G', 'G', 'E'}, List.of(), new double[] {c, c, c, c, firmInitiates},
                new int[][] {{4}, {4}, {4}, {4}, {0, 1, 2, 3}}, new double[5], 0.1, 1, 0, 0, 0, -1, -1, YearMonth.of(2020, 1), TWO_PHASES,
                Codebook.defaults());
    }

    @Test
    void governmentsReassessInTheMonthADatedChangeComesIntoForce() {
        for (long seed = 1; seed <= 3; seed++) {
            // revision rate 0: without the rule no government could ever leave contracting
            Model m = new Model(population(1, 0), List.of(MARKET, DIRECTING), Map.of(), new SplittableRandom(seed)).run();
            assertThat(m.contractShare[11]).as("seed %d, last month of p1", seed).isEqualTo(1.0);
            // against an executing firm directing gains the whole payoff range: every government switches at once
            assertThat(m.contractShare[12]).as("seed %d, first month of p2", seed).isEqualTo(0.0);
            // the same constraints in both phases are no change: nobody reassesses
            Model same = new Model(population(1, 0), List.of(DIRECTING, DIRECTING), Map.of(), new SplittableRandom(seed)).run();
            assertThat(same.contractShare).as("seed %d, no dated change", seed).containsOnly(1.0);
        }
    }

    @Test
    void enterprisesReassessTheMonthAfterReadingTheGovernmentsNewChoices() {
        for (long seed = 1; seed <= 3; seed++) {
            Model m = new Model(population(0, 1), List.of(MARKET, DIRECTING), Map.of(), new SplittableRandom(seed)).run();
            assertThat(m.initiateShare[12]).as("seed %d: not in the month of the change", seed).isEqualTo(1.0);
            // against directing governments executing gains the whole range of the firm's payoffs
            assertThat(m.initiateShare[13]).as("seed %d: the month after", seed).isEqualTo(0.0);
        }
        // governments that contract until the change and turn at it (each with probability 0.84 against an initiating
        // firm): the firm, which initiates against contracting governments, answers their new choices a month later
        int turned = 0;
        for (long seed = 1; seed <= 10; seed++) {
            Model m = new Model(population(1, 1), List.of(MARKET, DIRECTING), Map.of(), new SplittableRandom(seed)).run();
            assertThat(m.contractShare[11]).as("seed %d", seed).isEqualTo(1.0);
            assertThat(m.contractShare[12]).as("seed %d: the governments turn", seed).isLessThan(1.0);
            assertThat(m.initiateShare[12]).as("seed %d: the firm has not yet read them", seed).isEqualTo(1.0);
            turned += m.initiateShare[13] == 0.0 ? 1 : 0;
        }
        assertThat(turned).as("seeds in which the firm executes the month after the change").isGreaterThanOrEqualTo(6);
    }

    @Test
    void aBoundGovernmentThatChoseDirectingWeighsContractingAgainWhenTheConstraintsChange() {
        // p1 (one month) pays directing: the bound government chooses it in the first month and honours its contract
        // (T1); from p2 contracting pays and nobody revises but by reassessment, which cancels the move
        List<Phase> phases = List.of(new Phase("p1", "first", PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2020, 1)),
                new Phase("p2", "second", PartialDate.ofMonth(2020, 2), PartialDate.ofMonth(2023, 12)));
        InitialState s = TieRulesTest.state(true).withPhases(phases);
        for (long seed = 1; seed <= 6; seed++) {
            Model m = new Model(s, List.of(TieRulesTest.DIRECTING, MARKET), Map.of(), new SplittableRandom(seed)).run();
            assertThat(m.contractShare[m.contractShare.length - 1]).as("seed %d: contracting after its contract has ended", seed)
                    .isEqualTo(1.0);
        }
    }

    @Test
    void coordinationTiesFollowTheGovernmentsChosenStrategiesNotTheContractsTheyHonour() {
        // the head contracts, bound by a contract with the firm, and chooses directing in the first month's learning;
        // the department directs; so from the second month the chosen share is 0 while the strategy share stays ½
        List<Actor> actors = List.of(new Actor("g", "Head", "government"), new Actor("d", "Dept", "government"),
                new Actor("e", "Firm", "private-enterprise"), new Actor("lg", "Leading group", "government"));
        List<Tie> ties = List.of(new Tie("c1", "g", "e", "contract", PartialDate.ofMonth(2019, 6), null, "s", Map.of()),
                new Tie("k1", "g", "d", "command", null, null, "s", Map.of()));
        Phase phase = new Phase("p1", "all", PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2021, 12));
        InitialState s = new InitialState("t", "t", actors, new char[] {'G', 'G', 'E', 'O'}, ties, new double[] {1, 0, 0, 0},
                new int[][] {{2}, {2}, {0, 1}, {}}, new double[4], 0.1, 1, 0, 0, 0, 3, -1, YearMonth.of(2020, 1), List.of(phase),
                Codebook.defaults());
        Parameters p = TieRulesTest.DIRECTING.with(Parameter.CONTRACT_TERM, 2);
        int formed = 0;
        for (long seed = 1; seed <= 60; seed++) {
            Model m = new Model(s, p, new SplittableRandom(seed)).run();
            Case c = m.toCase("t", seed);
            for (int i = 0; i < c.ties().size(); i++) {
                Tie t = c.ties().tie(i);
                if (t.type().equals("coordination")) {
                    formed++;
                    assertThat(t.start()).as("seed %d: a coordination tie forms only while the chosen strategies are mostly contracting", seed)
                            .isEqualTo(PartialDate.ofMonth(2020, 1));
                }
            }
        }
        // in the first month, before the head's choice, the rule may form one (probability 1/12 a run): it is not idle
        assertThat(formed).as("coordination ties formed in the first month over the seeds").isPositive();
    }

    @Test
    void onceDirectingPrevailsTheHeadEndsTheLeadingGroupsCoordinationInOneAct() {
        // a head commanding three departments and a government leading group, all contracting in p1 (T2 forms the
        // leading group's coordination ties); from p2 directing pays, every government turns in its first month, and
        // the head ends the leading group's coordination (T4b): the ties still open end in that month, together
        List<Actor> actors = List.of(new Actor("g", "Head", "government"), new Actor("d1", "Dept 1", "government"),
                new Actor("d2", "Dept 2", "government"), new Actor("d3", "Dept 3", "government"),
                new Actor("lg", "Leading group", "government"), new Actor("e", "Firm", "private-enterprise"),
                new Actor("d4", "Agency", "government"));
        // and a coordination tie of another actor's (d1 → d4, an agency under no one, so T2 leaves it), which the act
        // does not end, nor repeat itself for
        List<Tie> ties = List.of(new Tie("k1", "g", "d1", "command", null, null, "s", Map.of()),
                new Tie("k2", "g", "d2", "command", null, null, "s", Map.of()), new Tie("k3", "g", "d3", "command", null, null, "s", Map.of()),
                new Tie("x1", "d1", "d4", "coordination", PartialDate.ofMonth(2019, 6), null, "s", Map.of()));
        List<Phase> phases = List.of(new Phase("p1", "first", PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2022, 12)),
                new Phase("p2", "second", PartialDate.ofMonth(2023, 1), PartialDate.ofMonth(2027, 12)));
        InitialState st = new InitialState("t", "t", actors, new char[] {'G', 'G', 'G', 'G', 'G', 'E', 'G'}, ties,
                new double[] {1, 1, 1, 1, 1, 0, 1}, new int[][] {{5}, {5}, {5}, {5}, {5}, {0, 1, 2, 3, 4, 6}, {5}}, new double[7], 0.1, 1, 0, 0, 0,
                4, -1, YearMonth.of(2020, 1), phases, Codebook.defaults());
        long p2 = PartialDate.ofMonth(2023, 1).startMillis();
        int together = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Case c = new Model(st, List.of(MARKET, DIRECTING), Map.of(), new SplittableRandom(seed)).run().toCase("t", seed);
            PartialDate ended = null;
            for (int i = 0; i < c.events().size(); i++) {
                if (c.events().typeName(i).equals("org-restructured")) {
                    assertThat(ended).as("seed %d: one act", seed).isNull();
                    ended = c.events().date(i);
                    assertThat(c.events().event(i).targets()).containsExactly("lg");
                    assertThat(ended.startMillis()).as("seed %d: only once directing prevails", seed).isGreaterThanOrEqualTo(p2);
                }
            }
            if (ended == null) { // T2 ended every tie of the leading group's one by one before the act: nothing left to end
                for (int i = 0; i < c.ties().size(); i++) {
                    Tie t = c.ties().tie(i);
                    assertThat(t.type().equals("coordination") && t.from().equals("lg") && t.end() == null).as("seed %d", seed).isFalse();
                }
                continue;
            }
            int thatMonth = 0;
            for (int i = 0; i < c.ties().size(); i++) {
                Tie t = c.ties().tie(i);
                if (t.type().equals("coordination") && t.from().equals("lg")) {
                    assertThat(t.end()).as("seed %d: no coordination of the leading group's outlives the act", seed).isNotNull();
                    assertThat(t.end().startMillis()).as("seed %d", seed).isLessThanOrEqualTo(ended.startMillis());
                    // a tie is written with the last month it held: the month before the act
                    int last = (t.end().year() - 2020) * 12 + t.end().month() - 1;
                    int act = (ended.year() - 2020) * 12 + ended.month() - 1;
                    thatMonth += last == act - 1 ? 1 : 0;
                }
            }
            together += thatMonth >= 2 ? 1 : 0;
        }
        assertThat(together).as("runs in which two or more coordination ties ended in the act's month").isGreaterThanOrEqualTo(10);
    }

    @Test
    void aJointVentureTakenUnderCommandStopsCoordinating() {
        // head and state-owned firm both cooperative under strong contracts: a joint venture is founded and coordinates
        // the department (T3, T2); from p2 directing pays, the head turns once its contract with the venture ends, and
        // takes the venture under command (T3b), whose coordination ties end in that month
        // a leading group (an actor of neither side here, so it holds no strategy) coordinates before the venture
        List<Actor> actors = List.of(new Actor("g", "Head", "government"), new Actor("d", "Dept", "government"),
                new Actor("s", "State firm", "state-owned-enterprise"), new Actor("lg", "Leading group", "government"));
        List<Tie> ties = List.of(new Tie("k1", "g", "d", "command", null, null, "s", Map.of()));
        List<Phase> phases = List.of(new Phase("p1", "first", PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2022, 12)),
                new Phase("p2", "second", PartialDate.ofMonth(2023, 1), PartialDate.ofMonth(2027, 12)));
        InitialState st = new InitialState("t", "t", actors, new char[] {'G', 'G', 'E', 'O'}, ties, new double[] {1, 1, 1, 0},
                new int[][] {{2}, {2}, {0, 1}, {}}, new double[4], 0.1, 1, 0, 0, 0, 3, 2, YearMonth.of(2020, 1), phases, Codebook.defaults());
        int checked = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Model model = new Model(st, List.of(MARKET, DIRECTING), Map.of(), new SplittableRandom(seed)).run();
            Case c = model.toCase("t", seed);
            PartialDate underCommand = null;
            for (int i = 0; i < c.events().size(); i++) {
                if (c.events().typeName(i).equals("org-restructured")) {
                    underCommand = c.events().date(i);
                }
            }
            if (underCommand == null) {
                continue;
            }
            int fromVenture = 0;
            for (int i = 0; i < c.ties().size(); i++) {
                Tie t = c.ties().tie(i);
                if (t.type().equals("coordination") && t.from().equals("sim-joint-venture")) {
                    fromVenture++;
                    assertThat(t.end()).as("seed %d: the venture's coordination ends when it is taken under command", seed).isNotNull();
                    assertThat(t.end().startMillis()).as("seed %d", seed).isLessThanOrEqualTo(underCommand.startMillis());
                }
            }
            // the leading group that coordinated before the venture coordinates again
            assertThat(model.coordinator()).as("seed %d", seed).isEqualTo(3);
            if (fromVenture > 0) {
                checked++;
            }
        }
        assertThat(checked).as("runs in which a coordinating venture was taken under command").isGreaterThanOrEqualTo(6);
    }
}
