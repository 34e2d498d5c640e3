package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.PartialDate;
import org.glassbox.core.model.Phase;
import org.glassbox.core.model.Tie;
import org.junit.jupiter.api.Test;

/**
 * Rule T1's commitment (docs/simulation.md §4): a contract binds its government party for its
 * term — a contracting government whose revisions choose directing keeps contracting until its
 * last contract has ended, then directs; and an agent alone in its population still learns, by
 * comparing with its own other strategy.
 */
class TieRulesTest {
    /** Directing pays against everything: weak contracts, heavy assessment. */
    static final Parameters DIRECTING = Parameters.defaults().with(Parameter.CONTRACT_STRENGTH, 0.1)
            .with(Parameter.ADMINISTRATIVE_PRESSURE, 2).with(Parameter.MUTATION, 0).with(Parameter.REVISION_RATE, 1)
            .with(Parameter.CONTRACT_TERM, 2);

    static InitialState state(boolean contract) {
        return state(contract, 0);
    }

    /** One government bound (or not) by a contract with one enterprise that starts initiating with probability {@code firmInitiates}. */
    static InitialState state(boolean contract, double firmInitiates) {
        List<Actor> actors = List.of(new Actor("g", "Gov", "government"), new Actor("e", "Firm", "private-enterprise"));
        List<Tie> ties = contract ? List.of(new Tie("c1", "g", "e", "contract", PartialDate.ofMonth(2019, 6), null, "s", java.util.Map.of()))
                : List.of();
        Phase phase = new Phase("p1", "all", PartialDate.ofMonth(2020, 1), PartialDate.ofMonth(2023, 12));
        return new InitialState("t", "t", actors, new char[] {'G', 'E'}, ties, new double[] {1, firmInitiates},
                new int[][] {{1}, {0}}, new double[] {0, 0}, 0.1, 1, 0, 0, 0, -1, -1, YearMonth.of(2020, 1), List.of(phase),
                Codebook.defaults());
    }

    @Test
    void aBoundGovernmentContractsUntilItsContractEndsAndDirectsAfter() {
        for (long seed = 1; seed <= 5; seed++) {
            Model m = new Model(state(true), DIRECTING, new SplittableRandom(seed)).run();
            Case c = m.toCase("t", seed);
            int ended = -1;
            for (int i = 0; i < c.events().size(); i++) {
                if (c.events().typeName(i).equals("contract-ended")) {
                    ended = (c.events().date(i).year() - 2020) * 12 + c.events().date(i).month() - 1;
                }
            }
            assertThat(ended).as("the contract in force at the start ends within one term").isBetween(1, 24);
            for (int k = 0; k < ended; k++) {
                assertThat(m.contractShare[k]).as("seed %d month %d, contract ends in month %d", seed, k, ended).isEqualTo(1.0);
            }
            // once free it directs: alone in its population it compares with its own other strategy
            assertThat(m.contractShare[ended + 2]).as("seed %d", seed).isEqualTo(0.0);
        }
    }

    @Test
    void anEnterpriseReadsABoundGovernmentThatChoseDirectingAsDirectingBeforeItsContractEnds() {
        // under these payoffs initiating pays against a contracting government (c + s + r = 0.1 > c/2) and executing
        // against a directing one; the firm stops initiating while the contract still binds the government (T1)
        int checked = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Model m = new Model(state(true, 1), DIRECTING, new SplittableRandom(seed)).run();
            Case c = m.toCase("t", seed);
            int ended = -1;
            for (int i = 0; i < c.events().size(); i++) {
                if (c.events().typeName(i).equals("contract-ended")) {
                    ended = (c.events().date(i).year() - 2020) * 12 + c.events().date(i).month() - 1;
                }
            }
            if (ended < 8) {
                continue;
            }
            checked++;
            assertThat(m.contractShare[ended - 1]).as("seed %d: still bound", seed).isEqualTo(1.0);
            assertThat(m.initiateShare[ended - 1]).as("seed %d: the firm executes before the contract ends", seed).isEqualTo(0.0);
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anExecuteOnlyContractorTakesPartInTheWorkUnderItsContract() {
        // a contracting government that works with its contracted, execute-only firm every month; no one revises
        Parameters frozen = Parameters.defaults().with(Parameter.CONTRACT_STRENGTH, 0.9).with(Parameter.ADMINISTRATIVE_PRESSURE, 0)
                .with(Parameter.MUTATION, 0).with(Parameter.REVISION_RATE, 0).with(Parameter.CONTRACT_TERM, 5);
        InitialState base = state(true, 0);
        InitialState busy = new InitialState(base.caseId(), base.caseName(), base.actors(), base.side(), base.ties(), base.cooperative(),
                base.partners(), new double[] {2, 0}, base.executePropensity(), 1, 0, 0, base.head(), base.coordinator(),
                base.anchorEnterprise(), base.start(), base.phases(), base.codebook(), base.mix());
        int work = 0;
        for (long seed = 1; seed <= 3; seed++) {
            Case c = new Model(busy, frozen, new SplittableRandom(seed)).run().toCase("t", seed);
            for (int i = 0; i < c.events().size(); i++) {
                org.glassbox.core.model.Event e = c.events().event(i);
                if (!e.initiators().equals(List.of("g")) || e.type().startsWith("contract")
                        || !e.targets().contains("e") && !e.participants().contains("e")) {
                    continue;
                }
                work++;
                // the channel's mix is estimated from coded events an enterprise takes part in (Calibration.mix)
                assertThat(e.participants()).as("seed %d %s %s", seed, e.id(), e.type()).contains("e");
                assertThat(e.targets()).as("seed %d %s %s", seed, e.id(), e.type()).doesNotContain("e");
            }
        }
        assertThat(work).as("work events in 3 runs").isGreaterThan(30);
    }

    @Test
    void anUnboundGovernmentAloneInItsPopulationLearnsAtOnce() {
        Model m = new Model(state(false), DIRECTING, new SplittableRandom(3)).run();
        assertThat(m.contractShare[0]).isEqualTo(0.0); // revision rate 1: it compares with directing in the first month
    }
}
