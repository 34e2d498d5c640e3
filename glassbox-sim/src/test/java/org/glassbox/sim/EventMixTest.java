package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.glassbox.core.model.Case;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The event-type mix (docs/simulation.md §4–5): the Dirichlet-smoothed estimator, its draws, and
 * the channels a coded case's events are counted into, within the calibration window only.
 */
class EventMixTest {
    static final EventMix.Channel GDE = EventMix.Channel.GOVERNMENT_DIRECTIVE_TO_ENTERPRISE;

    @Test
    void withoutObservationsEachChannelIsItsFixedList() {
        EventMix m = EventMix.fixed();
        for (EventMix.Channel ch : EventMix.Channel.values()) {
            double sum = 0;
            for (String t : ch.prior()) {
                long listed = ch.prior().stream().filter(t::equals).count();
                assertThat(m.probability(ch, t)).isCloseTo((double) listed / ch.prior().size(), within(1e-12));
            }
            for (Map.Entry<String, Double> e : m.distribution(ch)) {
                sum += e.getValue();
            }
            assertThat(sum).isCloseTo(1, within(1e-12));
            assertThat(m.observed(ch)).isZero();
        }
    }

    @Test
    void theEstimateIsThePosteriorMeanWithTheFixedListAsPrior() {
        Map<EventMix.Channel, Map<String, Integer>> counts = new EnumMap<>(EventMix.Channel.class);
        counts.put(GDE, Map.of("platform-launch", 6, "directive", 2));
        EventMix m = EventMix.estimate(counts, 0.5, 0.25);
        double n = 8 + EventMix.ALPHA;
        double share = EventMix.ALPHA / GDE.prior().size(); // each listed entry's pseudo-events
        assertThat(m.probability(GDE, "platform-launch")).isCloseTo(6 / n, within(1e-12)); // not in the list: no prior mass
        assertThat(m.probability(GDE, "directive")).isCloseTo((2 + 2 * share) / n, within(1e-12)); // listed twice
        assertThat(m.probability(GDE, "approval")).isCloseTo(share / n, within(1e-12)); // unseen: the prior's share only
        assertThat(m.probability(GDE, "award")).isZero();
        assertThat(m.observed(GDE)).isEqualTo(8);
        assertThat(m.contractRecorded()).isEqualTo(0.5);
        assertThat(m.endRecorded()).isEqualTo(0.25);
        // the other channels are untouched
        assertThat(m.probability(EventMix.Channel.OTHER_TO_GOVERNMENT, "feedback")).isCloseTo(0.5, within(1e-12));
        // draws follow the probabilities
        SplittableRandom rnd = new SplittableRandom(7);
        Map<String, Integer> seen = new HashMap<>();
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            seen.merge(m.draw(GDE, rnd), 1, Integer::sum);
        }
        for (Map.Entry<String, Double> e : m.distribution(GDE)) {
            assertThat(seen.getOrDefault(e.getKey(), 0) / (double) draws).as(e.getKey()).isCloseTo(e.getValue(), within(0.005));
        }
    }

    @Test
    void ruleTypesAndBadCountsAreRejected() {
        assertThatThrownBy(() -> EventMix.estimate(Map.of(GDE, Map.of("contract", 1)), 1, 1)).hasMessageContaining("contract")
                .hasMessageContaining("rule");
        assertThatThrownBy(() -> EventMix.estimate(Map.of(GDE, Map.of("directive", -1)), 1, 1)).hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> EventMix.estimate(Map.of(), 1.5, 1)).hasMessageContaining("[0, 1]");
    }

    @Test
    void provinceAsFirstPhaseIsCountedIntoItsChannelsAndTheWindowIsRespected() throws Exception {
        Path dir = Path.of("..", "examples", "province-a");
        Assumptions.assumeTrue(Files.isDirectory(dir), "examples not found; skipping");
        Case c = Cases.read(dir);
        Map<String, Integer> p1 = basis(Calibration.of(c, "p1").estimates());
        // counted by hand from examples/province-a/events.csv, 2014–2016: government-initiated with an enterprise
        // only as target: procurement, data-sharing (the contract is T1's); with an enterprise taking part: 8;
        // enterprise-initiated: 7 (tie-formed is structure); within government: 4 (the leading group is T4's,
        // the assessment ordering 1's); towards others 1; from others 1
        assertThat(p1.get("eventMix.governmentDirectiveToEnterprise")).isEqualTo(2);
        assertThat(p1.get("eventMix.governmentContractToEnterprise")).isEqualTo(8);
        assertThat(p1.get("eventMix.enterpriseInitiate")).isEqualTo(7);
        assertThat(p1.get("eventMix.governmentDirectiveToGovernment")).isEqualTo(4);
        assertThat(p1.get("eventMix.governmentContractToGovernment")).isEqualTo(4);
        assertThat(p1.get("eventMix.governmentToOther")).isEqualTo(1);
        assertThat(p1.get("eventMix.otherToGovernment")).isEqualTo(1);
        Map<String, Integer> all = basis(Calibration.of(c, null).estimates());
        assertThat(all.get("eventMix.governmentDirectiveToEnterprise")).isGreaterThan(p1.get("eventMix.governmentDirectiveToEnterprise") + 5);
        // the mix the runs draw from is the window's: p3's platform launches under directives appear only with all phases
        EventMix whole = Calibration.of(c, null).initial().mix();
        EventMix first = Calibration.of(c, "p1").initial().mix();
        assertThat(whole.probability(GDE, "platform-launch")).isGreaterThan(0.1);
        assertThat(first.probability(GDE, "platform-launch")).isZero();
        assertThat(whole.probability(GDE, "contract")).isZero();
    }

    private static Map<String, Integer> basis(List<Estimate> est) {
        Map<String, Integer> m = new HashMap<>();
        for (Estimate e : est) {
            m.put(e.name(), e.basis());
        }
        return m;
    }
}
