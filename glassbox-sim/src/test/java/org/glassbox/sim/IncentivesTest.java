package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glassbox.core.model.Actor;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Event;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Incentives aimed at one type of organisation (docs/simulation.md §7): a sector's public-participation lever
 * opens that sector's own events to the public, the public has a lever of its own, and a formalism target ranks
 * the levers by the score they move when no run crosses the bound.
 */
class IncentivesTest {
    static final Path EXAMPLES = Path.of("..", "examples");
    static Scenario provinceA;

    @BeforeAll
    static void calibrate() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES.resolve("province-a")), "examples not found; skipping");
        provinceA = Simulation.calibrate(Cases.read(EXAMPLES.resolve("province-a")), null);
    }

    /** Per initiating sector: {events its agents initiated, those with the public taking part or addressed}. */
    static Map<String, int[]> publicShareBySector(Case c) {
        Map<String, String> sector = c.actors().stream().collect(Collectors.toMap(Actor::id, Actor::sector));
        java.util.Set<String> publics = c.actors().stream().filter(a -> a.sector().equals("public")).map(Actor::id)
                .collect(Collectors.toSet());
        Map<String, int[]> n = new java.util.TreeMap<>();
        for (int i = 0; i < c.events().size(); i++) {
            Event e = c.events().event(i);
            if (e.initiators().isEmpty() || publics.contains(e.initiators().get(0))) {
                continue;
            }
            int[] k = n.computeIfAbsent(sector.get(e.initiators().get(0)), s -> new int[2]);
            k[0]++;
            if (e.participants().stream().anyMatch(publics::contains) || e.targets().stream().anyMatch(publics::contains)) {
                k[1]++;
            }
        }
        return n;
    }

    @Test
    void aSectorsPublicParticipationLeverOpensItsOwnEventsOnly() {
        Function<Map<String, Map<Parameter, Double>>, Map<String, int[]>> run = levers -> {
            Map<String, int[]> total = new java.util.TreeMap<>();
            for (long seed = 1; seed <= 5; seed++) {
                Model m = new Model(provinceA.initial(), provinceA.phaseParameters(), levers, new SplittableRandom(seed)).run();
                publicShareBySector(m.toCase("t", seed)).forEach((s, k) -> {
                    int[] t = total.computeIfAbsent(s, x -> new int[2]);
                    t[0] += k[0];
                    t[1] += k[1];
                });
            }
            return total;
        };
        Map<String, int[]> lever = run.apply(Map.of("government", Map.of(Parameter.PUBLIC_PARTICIPATION, 1.0)));
        Map<String, int[]> none = run.apply(Map.of());
        // with the lever at 1 every event a government-sector agent initiates has the public taking part (or addresses it)
        assertThat(lever.get("government")[0]).isGreaterThan(100);
        assertThat(lever.get("government")[1]).isEqualTo(lever.get("government")[0]);
        // the other government-side sectors' events keep the calibrated participation (0.055, and the events addressing the
        // public): far from all of them
        for (String other : new String[] {"party", "public-institution"}) {
            double with = lever.get(other)[1] / (double) lever.get(other)[0];
            double without = none.get(other)[1] / (double) none.get(other)[0];
            assertThat(with).as(other).isLessThan(0.5);
            assertThat(without).as(other).isLessThan(0.5);
        }
        assertThat(none.get("government")[1] / (double) none.get("government")[0]).isLessThan(0.5);
    }

    @Test
    void aFormalismTargetRanksTheLeversByTheScoreTheyMove() {
        Incentives.Table t = Incentives.rank(provinceA, Incentives.Target.parse("formalism.people-centredness<0.5"),
                new Simulation.Options(10, 1, 2), null);
        // Province A's runs exclude the public from most events: no lever within its bound carries most runs below 0.5
        // (the public's own carries one of ten, docs/simulation.md §8)
        assertThat(t.baseline()).isZero();
        assertThat(t.baselineMean()).isGreaterThan(0.8);
        assertThat(t.levers()).allSatisfy(l -> assertThat(l.shift()).isLessThan(0.5));
        // the public's own lever and the government departments' opening of their events move the score most
        assertThat(t.levers()).extracting(Incentives.Lever::sector).contains("public");
        Incentives.Lever first = t.levers().get(0);
        assertThat(first.parameter()).isEqualTo(Parameter.PUBLIC_PARTICIPATION);
        assertThat(first.sector()).isEqualTo("public");
        assertThat(first.mean()).isLessThan(t.baselineMean() - 0.15);
        Incentives.Lever government = t.levers().stream()
                .filter(l -> l.sector().equals("government") && l.parameter() == Parameter.PUBLIC_PARTICIPATION).findFirst().orElseThrow();
        assertThat(government.mean()).isLessThan(t.baselineMean() - 0.05);
        // equal shifts: ordered by the mean score, lowest (furthest towards a '<' bound) first
        for (int i = 1; i < t.levers().size(); i++) {
            assertThat(t.levers().get(i).mean()).isGreaterThanOrEqualTo(t.levers().get(i - 1).mean());
        }
        // a crossable bound: the public's lever carries runs across it
        Incentives.Table reachable = Incentives.rank(provinceA, Incentives.Target.parse("formalism.people-centredness<0.8"),
                new Simulation.Options(10, 1, 2), null);
        assertThat(reachable.levers().get(0).shift()).isGreaterThan(0.5);
    }

    @Test
    void aModelTargetHasNoScore() {
        Incentives.Target t = Incentives.Target.parse("model=market");
        assertThat(t.score()).isNull();
        assertThat(Incentives.mean(java.util.List.of(), t)).isNull();
    }

    @Test
    void aLeverAlreadyAtItsBoundIsNotRunAndKeepsTheBaseline() {
        // contract strength set to 1, past the government's lever (0.9): that row is the baseline's, unmoved
        Scenario strong = provinceA.with(Parameter.CONTRACT_STRENGTH, 1.0);
        Incentives.Table t = Incentives.rank(strong, Incentives.Target.parse("model=market"), new Simulation.Options(4, 1, 1), null);
        Incentives.Lever cs = t.levers().stream()
                .filter(l -> l.sector().equals("government") && l.parameter() == Parameter.CONTRACT_STRENGTH).findFirst().orElseThrow();
        assertThat(cs.from()).isEqualTo(1.0);
        assertThat(cs.to()).isEqualTo(1.0);
        assertThat(cs.share()).isEqualTo(t.baseline());
        assertThat(cs.shift()).isZero();
        // a lever that moves something is run: pressure to 0 for the government departments
        assertThat(t.levers()).anySatisfy(l -> assertThat(l.from()).isNotEqualTo(l.to()));
    }
}
