package org.glassbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Event;
import org.glassbox.io.Cases;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The command hierarchy bounds who may direct whom (docs/simulation.md §4, ordering 2): a government agent's
 * directive to government goes to an actor under its command or guidance; one with no one under it does not
 * direct its superior or its peers.
 */
class DirectiveRuleTest {
    static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void directivesToGovernmentGoDownTheHierarchyOnly() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(EXAMPLES.resolve("province-a")), "examples not found; skipping");
        for (String name : new String[] {"province-a", "city-b"}) {
            Scenario sc = Simulation.calibrate(Cases.read(EXAMPLES.resolve(name)), null);
            Set<String> down = sc.initial().ties().stream().filter(t -> t.type().equals("command") || t.type().equals("guidance"))
                    .map(t -> t.from() + ">" + t.to()).collect(Collectors.toSet());
            Map<String, Character> side = new java.util.HashMap<>();
            for (int i = 0; i < sc.initial().actors().size(); i++) {
                side.put(sc.initial().actors().get(i).id(), sc.initial().side()[i]);
            }
            int directives = 0;
            for (long seed = 1; seed <= 10; seed++) {
                Case c = new Model(sc.initial(), sc.phaseParameters(), Map.of(), new SplittableRandom(seed)).run().toCase("t", seed);
                for (int i = 0; i < c.events().size(); i++) {
                    Event e = c.events().event(i);
                    if (!e.type().equals("directive") || e.initiators().isEmpty() || side.get(e.initiators().get(0)) == null
                            || side.get(e.initiators().get(0)) != 'G') {
                        continue;
                    }
                    for (String t : e.targets()) {
                        if (side.get(t) != null && side.get(t) == 'G') {
                            directives++;
                            assertThat(down).as("%s seed %d: %s directs %s", name, seed, e.initiators().get(0), t)
                                    .contains(e.initiators().get(0) + ">" + t);
                        }
                    }
                }
            }
            assertThat(directives).as(name + ": directives to government in 10 runs").isGreaterThan(10);
        }
    }
}
