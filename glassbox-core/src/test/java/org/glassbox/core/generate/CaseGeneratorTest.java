package org.glassbox.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Codebook;
import org.glassbox.core.model.EventStore;
import org.glassbox.core.model.Role;
import org.glassbox.core.model.Side;
import org.glassbox.core.model.TieTable;
import org.junit.jupiter.api.Test;

class CaseGeneratorTest {

    private static Case gen(GeneratingProcess p, long seed, double noise) {
        return CaseGenerator.generate(CaseGenerator.Options.of(20_000, 600).withProcess(p).withSeed(seed).withNoise(noise));
    }

    @Test
    void sameOptionsGiveTheSameCase() {
        Case a = gen(GeneratingProcess.MARKET, 5, 0.1);
        Case b = gen(GeneratingProcess.MARKET, 5, 0.1);
        assertThat(a.actors()).isEqualTo(b.actors());
        assertThat(a.ties().ties()).isEqualTo(b.ties().ties());
        for (int i = 0; i < a.events().size(); i += 97) {
            assertThat(a.events().event(i)).isEqualTo(b.events().event(i));
        }
        Case c = gen(GeneratingProcess.MARKET, 6, 0.1);
        assertThat(c.ties().ties()).isNotEqualTo(a.ties().ties());
    }

    @Test
    void sizesYearsAndGroundTruthAreAsAsked() {
        Random r = new Random(42);
        for (int k = 0; k < 5; k++) {
            int events = r.nextInt(5000);
            int actors = CaseGenerator.MIN_ACTORS + r.nextInt(300);
            int years = 1 + r.nextInt(12);
            Case c = CaseGenerator.generate(CaseGenerator.Options.of(events, actors).withYears(years).withSeed(r.nextLong())
                    .withProcess(GeneratingProcess.ADMINISTRATIVE));
            assertThat(c.events().size()).isEqualTo(events);
            assertThat(c.actors()).hasSize(actors);
            assertThat(c.info().phases()).hasSize(Math.min(3, years));
            for (int i = 0; i < c.events().size(); i++) {
                int y = c.events().date(i).year();
                assertThat(y).isBetween(c.info().periodStart(), c.info().periodEnd());
            }
            assertThat(c.info().extra()).containsEntry("generated.process", "administrative")
                    .containsEntry("generated.expected.structure", "linear-functional");
        }
    }

    @Test
    void bothProcessesDrawEventTypesFromTheSameDistribution() {
        Case admin = gen(GeneratingProcess.ADMINISTRATIVE, 3, 0);
        Case market = gen(GeneratingProcess.MARKET, 3, 0.2);
        // a seed gives both processes the very same events (date, type, coded mechanism); only actors differ
        for (int i = 0; i < admin.events().size(); i++) {
            assertThat(market.events().typeName(i)).isEqualTo(admin.events().typeName(i));
            assertThat(market.events().date(i)).isEqualTo(admin.events().date(i));
            assertThat(market.events().codedMechanism(i)).isEqualTo(admin.events().codedMechanism(i));
        }
        Map<String, Integer> counts = typeCounts(admin);
        assertThat(counts.keySet()).isEqualTo(CaseGenerator.TYPE_WEIGHTS.keySet());
        assertThat(counts.get("directive")).isGreaterThan(counts.get("award") * 5);
    }

    private static Map<String, Integer> typeCounts(Case c) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < c.events().size(); i++) {
            m.merge(c.events().typeName(i), 1, Integer::sum);
        }
        return m;
    }

    /** Share of government–enterprise interactions (gov→ent or ent→gov) initiated by an enterprise, in the last phase. */
    private static double enterpriseInitiationLate(Case c) {
        Codebook cb = c.codebook();
        EventStore ev = c.events();
        var last = c.info().phases().get(c.info().phases().size() - 1);
        int ent = 0;
        int all = 0;
        for (int i : ev.between(last.startMillis(), last.endMillisExclusive())) {
            Side init = null;
            boolean govOther = false;
            boolean entOther = false;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                Side s = cb.side(c.actor(ev.actorAt(k)).sector());
                if (ev.roleAt(k) == Role.INITIATOR) {
                    init = s;
                } else {
                    govOther |= s == Side.GOVERNMENT;
                    entOther |= s == Side.ENTERPRISE;
                }
            }
            if (init == Side.ENTERPRISE && govOther) {
                ent++;
                all++;
            } else if (init == Side.GOVERNMENT && entOther) {
                all++;
            }
        }
        return (double) ent / all;
    }

    /** Share of actors with a line or ownership superior that also have a coordinator, at the end of the period. */
    private static double dualAuthority(Case c) {
        TieTable t = c.ties();
        long at = c.info().phases().get(c.info().phases().size() - 1).endMillisExclusive() - 1;
        Map<Integer, Set<Integer>> line = new HashMap<>();
        Map<Integer, Set<Integer>> cross = new HashMap<>();
        for (int i : t.validAt(at)) {
            String type = t.typeName(i);
            if (type.equals("command") || type.equals("equity")) {
                line.computeIfAbsent(t.to(i), k -> new HashSet<>()).add(t.from(i));
            } else if (type.equals("coordination")) {
                cross.computeIfAbsent(t.to(i), k -> new HashSet<>()).add(t.from(i));
            }
        }
        int dual = 0;
        for (var e : line.entrySet()) {
            Set<Integer> cs = cross.getOrDefault(e.getKey(), Set.of());
            if (cs.stream().anyMatch(x -> !e.getValue().contains(x))) {
                dual++;
            }
        }
        return (double) dual / line.size();
    }

    @Test
    void processesDifferInWhoInitiatesAndHowActorsAreTied() {
        for (long seed = 1; seed <= 3; seed++) {
            Case admin = gen(GeneratingProcess.ADMINISTRATIVE, seed, 0);
            Case market = gen(GeneratingProcess.MARKET, seed, 0);
            assertThat(enterpriseInitiationLate(admin)).isLessThan(0.10);
            assertThat(enterpriseInitiationLate(market)).isBetween(0.40, 0.70);
            assertThat(dualAuthority(admin)).isLessThan(0.10);
            assertThat(dualAuthority(market)).isGreaterThan(0.40);
        }
    }

    @Test
    void noiseMovesTheCaseTowardsTheOtherProcess() {
        double clean = dualAuthority(gen(GeneratingProcess.MARKET, 9, 0));
        double noisy = dualAuthority(gen(GeneratingProcess.MARKET, 9, 0.5));
        double other = dualAuthority(gen(GeneratingProcess.ADMINISTRATIVE, 9, 0));
        assertThat(noisy).isLessThan(clean).isGreaterThan(other);
        double half = enterpriseInitiationLate(gen(GeneratingProcess.ADMINISTRATIVE, 9, 0.5));
        assertThat(half).isGreaterThan(enterpriseInitiationLate(gen(GeneratingProcess.ADMINISTRATIVE, 9, 0)));
    }

    @Test
    void interactionPartnersAverageAboutTen() {
        Case c = CaseGenerator.generate(CaseGenerator.Options.of(100_000, 5_000).withSeed(11));
        EventStore ev = c.events();
        List<Set<Integer>> partners = new java.util.ArrayList<>();
        for (int i = 0; i < c.actors().size(); i++) {
            partners.add(new HashSet<>());
        }
        for (int i = 0; i < ev.size(); i++) {
            int init = -1;
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                if (ev.roleAt(k) == Role.INITIATOR) {
                    init = ev.actorAt(k);
                }
            }
            for (int k = ev.actorsFrom(i); k < ev.actorsTo(i); k++) {
                int a = ev.actorAt(k);
                if (a != init && init >= 0) {
                    partners.get(init).add(a);
                    partners.get(a).add(init);
                }
            }
        }
        double mean = partners.stream().mapToInt(Set::size).average().orElse(0);
        assertThat(mean).isBetween(6.0, 14.0);
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> CaseGenerator.Options.of(10, 5)).hasMessageContaining("actors");
        assertThatThrownBy(() -> CaseGenerator.Options.of(10, 20).withNoise(-0.1)).hasMessageContaining("noise");
        assertThatThrownBy(() -> CaseGenerator.Options.of(-1, 20)).hasMessageContaining("events");
        assertThat(GeneratingProcess.ofWord("market")).isEqualTo(GeneratingProcess.MARKET);
        assertThat(GeneratingProcess.MARKET.other()).isEqualTo(GeneratingProcess.ADMINISTRATIVE);
    }
}
